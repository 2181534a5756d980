import {
  createHash,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  sign as edSign,
  verify as edVerify,
} from 'node:crypto';
import {
  type Certificate,
  type CertificateClaims,
  certificateClaimsSchema,
  type PublicKey,
} from '../../../shared/platform/index.js';
import { chinaIsoDate } from '../../../shared/platform/china-time.js';
import { err, ok, type Result } from '../../../shared/result.js';

/**
 * The signed QR code of a certificate: `GKC1.<claims>.<signature>`, both base64url, the signature an
 * Ed25519 signature by the platform over the ASCII text `GKC1.<claims>`. The claims carry what a
 * verifier shows (number, title, masked holder, dates, department, verification code) plus a digest of
 * the whole certificate, so neither the printed summary nor any other field can be altered undetected.
 */
export const QR_PREFIX = 'GKC1';

/** JSON with sorted keys and no spaces: the same object always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export type UnsignedCertificate = Omit<Certificate, 'signature' | 'qrPayload'>;

export function contentDigest(certificate: UnsignedCertificate): string {
  const { signature: _s, qrPayload: _q, ...content } = certificate as Certificate;
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest().subarray(0, 16).toString('base64url');
}

export function claimsOf(certificate: UnsignedCertificate, keyId: string): CertificateClaims {
  return {
    v: 1,
    n: certificate.certificateNumber,
    t: certificate.title,
    h: certificate.holderMasked,
    ...(certificate.subject ? { s: certificate.subject } : {}),
    i: chinaIsoDate(Date.parse(certificate.issuedAt)),
    ...(certificate.validUntil ? { u: certificate.validUntil } : {}),
    d: certificate.department,
    c: certificate.verificationCode,
    x: contentDigest(certificate),
    k: keyId,
    ...(certificate.sample ? { m: 1 as const } : {}),
    p: certificate.itemCode,
  };
}

/** An Ed25519 key pair of the platform; `keyId` is the first 8 bytes of SHA-256 of the raw public key, hex. */
export interface SigningKey {
  readonly keyId: string;
  readonly privateKey: KeyObject;
  readonly publicKey: PublicKey;
}

export function signingKeyFrom(privateKey: KeyObject, issuer: string, sample: boolean): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const keyId = createHash('sha256').update(raw).digest().subarray(0, 8).toString('hex');
  return {
    keyId,
    privateKey,
    publicKey: { keyId, alg: 'Ed25519', publicKey: raw.toString('base64url'), sample, issuer },
  };
}

/** A key from a 32-byte seed (tests and deterministic fixtures). */
export function signingKeyFromSeed(seed: Buffer, issuer: string, sample: boolean): SigningKey {
  if (seed.length !== 32) throw new Error('An Ed25519 seed has 32 bytes');
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  return signingKeyFrom(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }), issuer, sample);
}

/** Signs a certificate: fills in its signature and QR payload. */
export function signCertificate(unsigned: UnsignedCertificate, key: SigningKey): Certificate {
  const claimsText = Buffer.from(canonicalJson(claimsOf(unsigned, key.keyId)), 'utf8').toString('base64url');
  const message = `${QR_PREFIX}.${claimsText}`;
  const signature = edSign(null, Buffer.from(message, 'ascii'), key.privateKey).toString('base64url');
  return {
    ...unsigned,
    signature: { alg: 'Ed25519', keyId: key.keyId, value: signature },
    qrPayload: `${message}.${signature}`,
  };
}

export type VerifyFailure = 'malformed' | 'unknownKey' | 'badSignature' | 'contentMismatch';

function publicKeyObject(key: PublicKey): KeyObject {
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(key.publicKey, 'base64url')]);
  return createPublicKey({ key: spki, format: 'der', type: 'spki' });
}

/**
 * Checks a scanned QR text offline against the platform keys the kiosk knows. Accepts the bare payload or
 * any text (a URL) that contains it.
 */
export function verifyQrPayload(
  text: string,
  keys: readonly PublicKey[],
): Result<{ claims: CertificateClaims; key: PublicKey }, VerifyFailure> {
  const match = /GKC1\.([A-Za-z0-9_-]{1,1100})\.([A-Za-z0-9_-]{86})(?![A-Za-z0-9_-])/.exec(text.slice(0, 2000));
  if (!match) return err('malformed', 'This is not a certificate code.');
  const [, claimsText = '', signature = ''] = match;
  let claims: CertificateClaims;
  try {
    const parsed = certificateClaimsSchema.safeParse(JSON.parse(Buffer.from(claimsText, 'base64url').toString('utf8')));
    if (!parsed.success) return err('malformed', 'The certificate code has unexpected content.');
    claims = parsed.data;
  } catch {
    return err('malformed', 'The certificate code cannot be decoded.');
  }
  const key = keys.find((k) => k.keyId === claims.k);
  if (!key) return err('unknownKey', `The certificate was signed with a key this kiosk does not know (${claims.k}).`);
  const good = edVerify(
    null,
    Buffer.from(`${QR_PREFIX}.${claimsText}`, 'ascii'),
    publicKeyObject(key),
    Buffer.from(signature, 'base64url'),
  );
  if (!good) return err('badSignature', 'The signature does not match: the code was altered or forged.');
  return ok({ claims, key });
}

/** Checks a whole certificate object: its signature, and that every field still matches what was signed. */
export function verifyCertificate(
  certificate: Certificate,
  keys: readonly PublicKey[],
): Result<{ claims: CertificateClaims; key: PublicKey }, VerifyFailure> {
  const checked = verifyQrPayload(certificate.qrPayload, keys);
  if (!checked.ok) return checked;
  const expected = canonicalJson(claimsOf(certificate, checked.value.claims.k));
  if (
    expected !== canonicalJson(checked.value.claims) ||
    certificate.signature.value !== certificate.qrPayload.split('.')[2]
  ) {
    return err('contentMismatch', 'The certificate content differs from what the platform signed.');
  }
  return checked;
}
