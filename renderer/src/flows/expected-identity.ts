import type { FieldValue, FormField } from '../../../shared/catalog/schema.js';
import { asksForBusiness, businessRecords, wantsContact } from '../screens/flow/steps/identify-logic.js';
import type { FlowTarget } from './flow-target.js';

/**
 * What identification will settle, for counting the steps before it happens (the values themselves are never
 * shown): the fields the ID card fills, the person's mobile number on record, and for a business item the
 * records of a licensed business (the likeliest path; "新开办的" opens the shop's own pages when it is chosen).
 */
const PLACEHOLDER = '·';

export function expectedRecords(target: FlowTarget): Record<string, string> {
  return {
    ...(asksForBusiness(target)
      ? businessRecords({ name: PLACEHOLDER, creditCode: PLACEHOLDER, address: PLACEHOLDER })
      : {}),
    // The platform's contact record, asked for at identification (a person it holds none for is asked).
    ...(wantsContact(target) ? { 'person.mobile': PLACEHOLDER } : {}),
  };
}

export function expectedFromCard(target: FlowTarget, fields: readonly FormField[]): Record<string, FieldValue> {
  if (!target.identityRequired) return {};
  return Object.fromEntries(
    fields.filter((f) => f.prefill?.source === 'idCard').map((f) => [f.id, PLACEHOLDER] as const),
  );
}
