import type { FieldValue, FormField } from '../../../../../shared/catalog/schema.js';
import type { Bill, BillQuery } from '../../../../../shared/platform/index.js';

/** Pure helpers of the pay flow (bill, QR code, receipt): no React, unit-tested in node. */

export interface BillInputs {
  readonly itemCode: string;
  readonly fields: readonly FormField[];
  readonly answers: Readonly<Record<string, string>>;
  /** Values entered and values known (prefills), by field id. */
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly idCardNumber?: string;
}

const personalTypes = new Set<FormField['type']>(['name', 'idNumber', 'phone', 'address']);

const filled = (values: Readonly<Record<string, FieldValue>>, field: FormField) => {
  const v = values[field.id];
  return typeof v === 'string' && v.trim() !== '';
};

/** The field whose value identifies the bill: an account number, else the first required text field (plate, decision). */
export function referenceField(
  fields: readonly FormField[],
  values: Readonly<Record<string, FieldValue>>,
): FormField | undefined {
  return (
    fields.find((f) => f.type === 'account' && filled(values, f)) ??
    fields.find((f) => f.type === 'text' && !f.optional && filled(values, f))
  );
}

/**
 * What the platform needs to find a bill: the reference the citizen typed (an account number, else the first
 * text field such as a number plate or a decision number), the person (an ID number field, such as the insured
 * family member's, else the card), and the answers and non-personal form values that decide the amount.
 */
export function billQueryFor(inputs: BillInputs): BillQuery {
  const text = (field: FormField) => {
    const v = inputs.values[field.id];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const referenceFrom = referenceField(inputs.fields, inputs.values);
  const reference = referenceFrom ? text(referenceFrom) : undefined;
  const personField = inputs.fields.find((f) => f.type === 'idNumber' && text(f));
  const idNumber = personField ? text(personField) : inputs.idCardNumber;
  const choices: Array<{ id: string; value: string }> = Object.entries(inputs.answers).map(([id, value]) => ({
    id,
    value,
  }));
  for (const field of inputs.fields) {
    if (personalTypes.has(field.type) || field === referenceFrom) continue;
    const v = inputs.values[field.id];
    const value = Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v.trim() : '';
    if (value) choices.push({ id: field.id, value: value.slice(0, 100) });
  }
  return {
    itemCode: inputs.itemCode,
    ...(reference ? { reference: reference.slice(0, 40) } : {}),
    ...(idNumber ? { idNumber } : {}),
    choices: choices.slice(0, 20),
  };
}

/** 8640 → "86.40" */
export function formatYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** The order's description (≤ 60 characters): the item and what the bill is for, nothing personal. */
export function paymentDescription(itemName: string, bill: Pick<Bill, 'period' | 'referenceMasked'>): string {
  const parts = [itemName, bill.referenceMasked, bill.period].filter((p): p is string => Boolean(p));
  return parts.join(' ').slice(0, 60);
}

/** Seconds left until `expiresAt` (never negative). */
export function secondsLeft(expiresAt: string, nowMs: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - nowMs) / 1000));
}

/** 899 → "14:59" */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** How often the pay page asks the platform whether the order is paid. */
export const PAYMENT_POLL_MS = 2000;
