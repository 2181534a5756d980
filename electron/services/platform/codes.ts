import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O, U, so a code read aloud or typed from paper is not misread. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "7K3Q-M2XD-94PA": 60 random bits, for query codes and certificate verification codes. */
export function newVerificationCode(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(12);
  let out = '';
  for (let i = 0; i < 12; i += 1) out += CROCKFORD[(bytes[i] ?? 0) & 31];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`;
}

/**
 * The random tail of a local acceptance number ("K7QM", 20 bits): the number a citizen holds is still read in
 * order (kiosk, day, counter) but one cannot be guessed from another (issue 12: local numbers are not guessable).
 */
export function newLocalNumberTail(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(4);
  let out = '';
  for (let i = 0; i < 4; i += 1) out += CROCKFORD[(bytes[i] ?? 0) & 31];
  return out;
}

/** Normalises a code a person typed: upper case, O→0, I/L→1, hyphens where they belong. */
export function normaliseVerificationCode(input: string): string {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return cleaned.length === 12 ? `${cleaned.slice(0, 4)}-${cleaned.slice(4, 8)}-${cleaned.slice(8, 12)}` : input;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Check character of a unified social credit code (GB 32100) from its first 17 characters. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_CHARS.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error('not a credit code character');
    sum += value * (3 ** i % 31);
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? '0';
}

/** Check character of an organisation code (GB 11714) from its first 8 characters. */
export function orgCodeCheckChar(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += USCC_CHARS.indexOf(first8[i] ?? '') * (weights[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A valid credit code for a sole proprietor (92) or company (91) registered in the given region. */
export function makeUscc(kind: '91' | '92', region: string, org8: string): string {
  const first17 = `${kind}${region}${org8}${orgCodeCheckChar(org8)}`;
  return first17 + usccCheckChar(first17);
}
