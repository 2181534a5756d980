import type { RecordChoices } from '../platform/record-choices.js';
import { err, ok, type Result } from '../result.js';
import { validateField } from './field-validation.js';
import { resolveSituation } from './resolve-situation.js';
import type { FormField, Item } from './schema.js';

/**
 * Fields about a person (spouse's name and ID number, phones, addresses) never travel as record choices: they
 * do not shape which record is printed, and keeping them out keeps personal data out of certificate keys.
 */
export const personalFieldTypes: ReadonlySet<FormField['type']> = new Set(['name', 'idNumber', 'phone', 'address']);

/**
 * Checks the choices sent with a print or query item against its catalog definition: every answer names a
 * question that applies and one of its options, every applicable question is answered, every value names a
 * field that applies (not a personal one) and passes that field's validation, and every applicable required
 * field is there. Messages name ids, never values (they may be personal).
 */
export function checkRecordChoices(
  item: Pick<Item, 'code' | 'situations' | 'materials' | 'fields'>,
  choices: RecordChoices,
  today: Date = new Date(),
): Result<void, 'invalidChoices'> {
  const resolution = resolveSituation(item, choices.answers);
  const ignored = resolution.ignoredAnswers[0];
  if (ignored !== undefined) {
    const known = item.situations.some((q) => q.id === ignored);
    return err(
      'invalidChoices',
      known
        ? `${item.code}: the answer to "${ignored}" is not one of its options or the question does not apply.`
        : `${item.code} has no question "${ignored}".`,
    );
  }
  const missing = resolution.unanswered[0];
  if (missing) return err('invalidChoices', `${item.code}: the question "${missing.id}" is not answered.`);

  const applicable = new Map(resolution.fields.map((f) => [f.id, f]));
  for (const [id, value] of Object.entries(choices.values)) {
    const field = applicable.get(id);
    if (!field) {
      const known = item.fields.some((f) => f.id === id);
      return err(
        'invalidChoices',
        known
          ? `${item.code}: the field "${id}" does not apply to these answers.`
          : `${item.code} has no field "${id}".`,
      );
    }
    if (personalFieldTypes.has(field.type))
      return err('invalidChoices', `${item.code}: the field "${id}" is personal and is not sent with the choices.`);
    const checked = validateField(field, field.type === 'choice' && field.multiple ? value.split(',') : value, today);
    if (!checked.ok)
      return err(
        'invalidChoices',
        `${item.code}: the field "${id}" is ${checked.problem === 'required' ? 'empty' : 'not valid'}.`,
      );
  }
  for (const field of resolution.fields) {
    if (field.optional || personalFieldTypes.has(field.type) || Object.hasOwn(choices.values, field.id)) continue;
    return err('invalidChoices', `${item.code}: the field "${field.id}" is missing.`);
  }
  return ok(undefined);
}
