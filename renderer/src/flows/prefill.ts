import type { Answers, FieldValue, FormField, IdCardField } from '../../../shared/catalog/schema.js';
import type { IdCard } from '../../../shared/devices/id-card.js';

export interface PrefillSources {
  readonly idCard?: IdCard;
  readonly answers: Answers;
  readonly values: Readonly<Record<string, FieldValue>>;
  /** Records the platform holds for the identified person, by record path ("socialSecurity.cardNumber"). */
  readonly records?: Readonly<Record<string, string>>;
}

function fromIdCard(card: IdCard, field: IdCardField): string {
  switch (field) {
    case 'birthDate':
      return `${card.birthDate.slice(0, 4)}-${card.birthDate.slice(4, 6)}-${card.birthDate.slice(6, 8)}`;
    case 'validTo':
      return card.validTo;
    default:
      return card[field];
  }
}

/** The value a field starts with, if its prefill source has one. */
export function prefillValue(field: FormField, sources: PrefillSources): string | undefined {
  const prefill = field.prefill;
  if (!prefill) return undefined;
  switch (prefill.source) {
    case 'idCard':
      return sources.idCard ? fromIdCard(sources.idCard, prefill.field) : undefined;
    case 'answer':
      return sources.answers[prefill.question];
    case 'field': {
      const value = sources.values[prefill.field];
      return typeof value === 'string' ? value : undefined;
    }
    case 'platform':
      return sources.records?.[prefill.record];
  }
}

/** A field whose value the kiosk cannot let the citizen change: from the ID card, an earlier answer, or locked. */
export function settledField(field: FormField): boolean {
  const source = field.prefill?.source;
  return source === 'idCard' || source === 'answer' || field.locked;
}

/**
 * Values the kiosk knows without asking: what the ID card says and what earlier answers settle, any locked
 * prefill, and what the platform's records say (the business picked at identification: name, credit code,
 * address) — the last changeable on the check page, where the citizen's own value then stands. These fields
 * get no page of their own; they show on the check page ("known values are confirmed on the check page").
 */
export function knownValues(fields: readonly FormField[], sources: PrefillSources): Record<string, FieldValue> {
  const known: Record<string, FieldValue> = {};
  for (const field of fields) {
    if (settledField(field)) {
      const value = prefillValue(field, sources);
      if (value !== undefined && value !== '') known[field.id] = value;
    } else if (field.prefill?.source === 'platform') {
      const record = prefillValue(field, sources);
      if (record === undefined || record === '') continue;
      known[field.id] = sources.values[field.id] ?? record;
    }
  }
  return known;
}
