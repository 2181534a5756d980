import { randomBytes } from 'node:crypto';
import { EID_CODE_VALID_MS } from '../../shared/platform/eid.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { SigningKey } from '../../electron/services/platform/certificate-codec.js';
import { decodeEIdCode, encodeEIdCode } from './eid-code.js';

interface IssuedCode {
  readonly idNumber: string;
  readonly expiresAtMs: number;
  used?: { readonly key: string; readonly kioskId: string };
}

export type EIdRefusal = 'malformed' | 'notFound' | 'expired' | 'alreadyUsed';

export interface EIdRegistryOptions {
  readonly signingKey: SigningKey;
  readonly now: () => number;
  readonly random?: (n: number) => Buffer;
  readonly validMs?: number;
}

/**
 * The e-ID codes a platform has issued and not yet forgotten. Kept in memory only: a code lives three
 * minutes, and one the platform no longer knows (after a restart) is refused as unknown, so one use holds
 * across restarts too. Checks run signature first, so a forged or expired code changes nothing here.
 */
export class EIdRegistry {
  private readonly codes = new Map<string, IssuedCode>();
  private readonly random: (n: number) => Buffer;
  private readonly validMs: number;

  constructor(private readonly options: EIdRegistryOptions) {
    this.random = options.random ?? randomBytes;
    this.validMs = options.validMs ?? EID_CODE_VALID_MS;
  }

  /** A fresh code for the person (as their phone would show it). */
  issue(idNumber: string): { code: string; expiresAtMs: number } {
    this.prune();
    const { code, content } = encodeEIdCode(
      this.random(16),
      this.options.now() + this.validMs,
      this.options.signingKey,
    );
    this.codes.set(content.codeId, { idNumber, expiresAtMs: content.expiresAtMs });
    return { code, expiresAtMs: content.expiresAtMs };
  }

  /**
   * Uses a code: the person's ID number, once. The same idempotency key from the same kiosk gets the same
   * answer again (an answer lost on the way); any other second use is refused.
   */
  use(code: string, kioskId: string, idempotencyKey: string): Result<{ idNumber: string }, EIdRefusal> {
    this.prune();
    const decoded = decodeEIdCode(code, this.options.signingKey);
    if (!decoded.ok)
      return decoded.error.code === 'forged'
        ? err('notFound', decoded.error.message)
        : err('malformed', decoded.error.message);
    const issued = this.codes.get(decoded.value.codeId);
    if (issued?.used) {
      if (issued.used.key === idempotencyKey && issued.used.kioskId === kioskId)
        return ok({ idNumber: issued.idNumber });
      return err('alreadyUsed', 'This e-ID code has been used before; the phone shows a fresh one.');
    }
    if (this.options.now() >= decoded.value.expiresAtMs)
      return err('expired', 'This e-ID code is past its time; the phone shows a fresh one.');
    if (!issued) return err('notFound', 'This platform did not issue this e-ID code (or no longer knows it).');
    issued.used = { key: idempotencyKey, kioskId };
    return ok({ idNumber: issued.idNumber });
  }

  /** Forgets every code (platform reset). */
  clear(): void {
    this.codes.clear();
  }

  /** Codes held now (tests). */
  get size(): number {
    return this.codes.size;
  }

  /** Codes past their time are forgotten a minute later (a retry of a just-used code still finds it). */
  private prune(): void {
    const cutoff = this.options.now() - 60_000;
    for (const [id, issued] of this.codes) if (issued.expiresAtMs < cutoff) this.codes.delete(id);
  }
}
