import { err, ok, type Result } from '../../../shared/result.js';
import type { KeyedRow } from '../platform-store.js';

/**
 * A write whose idempotency key was seen before. The same request again (a retry after an answer was lost)
 * gets the first answer; another request under the same key is a conflict. Undefined when the key is new.
 */
export function replayed<Row, T>(
  existing: KeyedRow<Row> | undefined,
  requestHash: string,
  what: string,
  answer: (row: KeyedRow<Row>) => T,
): Result<T, 'idempotencyConflict'> | undefined {
  if (!existing) return undefined;
  if (existing.request_hash !== requestHash)
    return err('idempotencyConflict', `This idempotency key was used for a different ${what}.`);
  return ok(answer(existing));
}
