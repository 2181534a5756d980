import { redact } from '../../log/redact.js';

/** What a secret becomes in the bundle: the reader sees it is set, never what it is. */
export const MASKED = '[set, masked]';

/**
 * Keys whose value is a secret or a hash of one: the platform token, admin.identityKey, admin.totpSecret,
 * technicians' idHash and pinHash, and anything named like them a later setting may add.
 */
const SECRET_KEY = /(token|secret|password|passphrase|hash|identitykey|apikey|privatekey|credential|pin)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** https://user:pass@host/… → https://[set, masked]@host/… */
function maskUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, `$1${MASKED}@`);
}

/**
 * A deep copy of a settings object with every secret masked (kept, so the reader sees it is set) and every
 * string passed through the log redactor. Arrays and nesting are followed; other values pass unchanged.
 */
export function maskSettings(value: unknown, key = ''): unknown {
  if (value === undefined || value === null) return value;
  if (key && isSecretKey(key)) {
    if (typeof value === 'string') return value === '' ? '' : MASKED;
    if (Array.isArray(value) || typeof value === 'object') return MASKED;
  }
  if (typeof value === 'string') return redact(maskUrlCredentials(value));
  if (Array.isArray(value)) return value.map((v) => maskSettings(v));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = maskSettings(v, k);
    return out;
  }
  return value;
}

/**
 * The last defence for every text that goes into the bundle: ID numbers, mobile numbers and long digit
 * runs masked by the log redactor (again: the log was redacted when written), and credentials in URLs.
 */
export function scrubText(text: string): string {
  return redact(maskUrlCredentials(text));
}
