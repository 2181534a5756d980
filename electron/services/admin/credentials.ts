import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { maskName as maskCitizenName } from '../../../shared/validation/id-number.js';

/**
 * How a technician's identity and PIN are kept: the ID number only as an HMAC under the deployment's
 * identity key (an ID number has too little entropy for a plain hash), the PIN only as scrypt with a random
 * salt. Both are Node's own crypto; nothing here is home-made but the string format.
 */

const SCRYPT = { logN: 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export function idNumberHash(idNumber: string, identityKeyBase64: string): string {
  const key = Buffer.from(identityKeyBase64, 'base64');
  return `hmac-sha256:${createHmac('sha256', key).update(idNumber.trim().toUpperCase()).digest('hex')}`;
}

function scryptAsync(pin: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(pin, salt, SCRYPT.logN, SCRYPT.r, SCRYPT.p);
  return `scrypt$${SCRYPT.logN}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Constant-time check of a PIN against a stored hash; a malformed hash never matches. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (!logN || !r || !p || logN < 10 || logN > 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < 8 || expected.length !== KEY_LENGTH) return false;
  const actual = await scryptAsync(pin, salt, logN, r, p);
  return timingSafeEqual(actual, expected);
}

/** The citizen side's mask ("王*国"), always with a star: even a one-character name is never shown whole. */
export function maskName(name: string): string {
  const masked = maskCitizenName(name.trim());
  return masked.includes('*') ? masked : `${masked}*`;
}

export function newIdentityKey(): string {
  return randomBytes(32).toString('base64');
}

/** A console session token: 32 random bytes, base64url (43 characters). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}
