import { createHash } from 'node:crypto';
import { type CatalogLookup, chinaCompactDate } from '../../../shared/platform/index.js';
import { err } from '../../../shared/result.js';
import { canonicalJson, type SigningKey } from '../../../electron/services/platform/certificate-codec.js';
import type { Clock } from '../../../electron/services/store/clock.js';
import type { PlatformTables } from '../platform-store.js';

/** What every domain module of the embedded platform is built from. */
export interface PlatformContext {
  readonly tables: PlatformTables;
  readonly clock: Clock;
  /** The catalog as it is now (it may be replaced while the platform runs). */
  readonly catalog: () => CatalogLookup;
  readonly signingKey: SigningKey;
  /** Everything the embedded platform issues is a sample (样本). */
  readonly sample: boolean;
  readonly random: (n: number) => Buffer;
  /** The next number of a kind for today, e.g. `PAY-20250301-000007`: counted per kind and day in the store. */
  readonly nextNumber: (kind: string, width: number) => string;
}

export const DAY_MS = 24 * 3600 * 1000;

export const iso = (ms: number) => new Date(ms).toISOString();

/** A request's fingerprint: the same request (in any key order) has the same hash. */
export const hashOf = (value: unknown) => createHash('sha256').update(canonicalJson(value), 'utf8').digest('base64url');

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const noSuchItem = (itemCode: string) =>
  err('unknownItem', `There is no item with the code ${itemCode} in the catalog.`);

export function platformContext(parts: Omit<PlatformContext, 'nextNumber'>): PlatformContext {
  const { tables, clock } = parts;
  const nextNumber = (kind: string, width: number) => {
    const day = chinaCompactDate(clock.now());
    return `${kind}-${day}-${pad(tables.nextCounter(`p.${kind}.${day}`), width)}`;
  };
  return { ...parts, nextNumber };
}
