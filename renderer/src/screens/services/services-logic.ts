import { caseNumberSchema } from '../../../../shared/platform/common.js';
import { normalizeNumber } from './progress-logic.js';

/**
 * An idempotency key kept for one content: sending the same content again (a double tap, a retry after a
 * network failure) reuses the key, so the platform records it once; changed content gets a new key.
 */
export interface KeptKey {
  readonly fingerprint: string;
  readonly key: string;
}

export function keyFor(
  content: unknown,
  kept: KeptKey | undefined,
  newKey: () => string = () => crypto.randomUUID(),
): KeptKey {
  const fingerprint = JSON.stringify(content);
  return kept && kept.fingerprint === fingerprint ? kept : { fingerprint, key: newKey() };
}

/** A case number (办件编号) typed for an evaluation: only the platform's case numbers can be rated. */
export function caseNumberProblem(text: string): 'empty' | 'format' | undefined {
  const number = normalizeNumber(text);
  if (number === '') return 'empty';
  return caseNumberSchema.safeParse(number).success ? undefined : 'format';
}
