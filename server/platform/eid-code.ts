import { createHash, createPublicKey, sign as edSign, verify as edVerify } from 'node:crypto';
import { EID_PREFIX, eIdCodeSchema } from '../../shared/platform/eid.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { SigningKey } from '../../electron/services/platform/certificate-codec.js';

const NONCE_BYTES = 16;

export interface EIdCodeContent {
  /** What the platform files the code under: SHA-256 of its random part, hex (the code itself is not stored). */
  readonly codeId: string;
  /** Whole seconds, as carried in the code. */
  readonly expiresAtMs: number;
}

const codeIdOf = (nonce: Buffer) => createHash('sha256').update(nonce).digest('hex');

/** Makes a code: random part and expiry, signed by the platform's key. */
export function encodeEIdCode(
  nonce: Buffer,
  expiresAtMs: number,
  key: SigningKey,
): { code: string; content: EIdCodeContent } {
  if (nonce.length !== NONCE_BYTES) throw new Error(`an e-ID code needs ${NONCE_BYTES} random bytes`);
  const seconds = Math.ceil(expiresAtMs / 1000);
  const expiry = Buffer.alloc(4);
  expiry.writeUInt32BE(seconds);
  const message = `${EID_PREFIX}.${Buffer.concat([nonce, expiry]).toString('base64url')}`;
  const signature = edSign(null, Buffer.from(message, 'ascii'), key.privateKey).toString('base64url');
  return { code: `${message}.${signature}`, content: { codeId: codeIdOf(nonce), expiresAtMs: seconds * 1000 } };
}

export type EIdCodeFailure = 'malformed' | 'forged';

/** Reads a code: its shape, then the signature. Only a code this platform signed comes back as content. */
export function decodeEIdCode(text: string, key: SigningKey): Result<EIdCodeContent, EIdCodeFailure> {
  if (!eIdCodeSchema.safeParse(text).success) return err('malformed', 'This is not an e-ID code.');
  const [prefix = '', body = '', signature = ''] = text.split('.');
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length !== NONCE_BYTES + 4 || bytes.toString('base64url') !== body)
    return err('malformed', 'The e-ID code cannot be decoded.');
  const good = edVerify(
    null,
    Buffer.from(`${prefix}.${body}`, 'ascii'),
    createPublicKey(key.privateKey),
    Buffer.from(signature, 'base64url'),
  );
  if (!good) return err('forged', 'The e-ID code was not signed by this platform: altered or forged.');
  return ok({ codeId: codeIdOf(bytes.subarray(0, NONCE_BYTES)), expiresAtMs: bytes.readUInt32BE(NONCE_BYTES) * 1000 });
}
