import type { FieldValue, FormField } from '../../../../../shared/catalog/schema.js';
import type { IdCard } from '../../../../../shared/devices/id-card.js';

/** Pure helper of the book flow: who the booking is for, from the ID card and the form. */
export interface BookingApplicant {
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
}

export function bookingApplicant(
  fields: readonly FormField[],
  values: Readonly<Record<string, FieldValue>>,
  idCard: IdCard | undefined,
): BookingApplicant | undefined {
  const text = (type: FormField['type']) => {
    for (const field of fields) {
      if (field.type !== type || field.id.startsWith('partner')) continue;
      const v = values[field.id];
      if (typeof v === 'string' && v.trim()) return v.trim();
    }
    return undefined;
  };
  const name = idCard?.name ?? text('name');
  const idNumber = idCard?.idNumber ?? text('idNumber');
  const phone = text('phone');
  return name && idNumber && phone ? { name, idNumber, phone } : undefined;
}
