import { type PlatformErrorCode, type RecordChoices, recordPeriod } from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { demoRecord, type RecordShape } from '../demo-data.js';
import { demoPublicRecord } from '../demo-public-records.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { noSuchItem, type PlatformContext } from './platform-context.js';

/**
 * What the citizen's choices make of a record: checked against the item (its questions, options and fields,
 * when the catalog can tell) and turned into the period and kind. Bad choices are refused, nothing is issued.
 */
export function recordShape(
  ctx: PlatformContext,
  itemCode: string | undefined,
  record: string,
  choices: RecordChoices | undefined,
  now: number,
): Result<RecordShape, PlatformErrorCode> {
  if (!choices) return ok({});
  if (!itemCode) return err('invalidRequest', 'Choices need the itemCode they were made for.');
  const item = ctx.catalog().item(itemCode);
  if (!item) return noSuchItem(itemCode);
  if (item.platformRecord !== record)
    return err('invalidRequest', `The item ${itemCode} does not read the record ${record}.`);
  const checked = ctx.catalog().checkChoices?.(itemCode, choices, now);
  if (checked && !checked.ok)
    return err(checked.error.code === 'unknownItem' ? 'unknownItem' : 'invalidRequest', checked.error.message);
  const period = recordPeriod(choices, now);
  if (!period.ok) return err('invalidRequest', period.error.message);
  return ok({ answers: choices.answers, ...(period.value ? { period: period.value } : {}) });
}

/**
 * Records a print or query item reads (social insurance, housing fund, tax, …): a person's, computed for the
 * demo people, or a public one that needs no ID number.
 */
export function recordHandlers(ctx: PlatformContext): Pick<PlatformHandlers, 'records'> {
  return {
    records(query) {
      const now = ctx.clock.now();
      const shape = recordShape(ctx, query.itemCode, query.record, query.choices, now);
      if (!shape.ok) return shape;
      if (!query.idNumber) {
        const open = demoPublicRecord(query.record, query.choices, now);
        return open
          ? ok(open)
          : err('notAllowed', "This record is personal: the query needs the identified person's ID number.");
      }
      const record = demoRecord(query.idNumber, query.record, now, shape.value);
      return record ? ok(record) : err('notFound', 'The platform holds no records of this kind for this person.');
    },
  };
}
