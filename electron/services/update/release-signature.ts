import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import type { ReleaseKey } from '../../../shared/config/update-config.js';
import { err, ok, type Result } from '../../../shared/result.js';
import {
  MAX_MANIFEST_BYTES,
  type ReleaseManifest,
  releaseManifestSchema,
  type ReleaseSignature,
  releaseSignatureSchema,
} from './release-manifest.js';

/**
 * The release key: Ed25519 over the exact bytes of release.json, checked with node:crypto against the keys in
 * the kiosk's configuration, on every OS. electron-updater's own check (a SHA-512 from latest*.yml, a
 * signature on Windows NSIS only) comes on top of this, never instead.
 */
export type RefusalReason = 'malformed' | 'unknownKey' | 'badSignature';

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function keyIdOf(rawPublicKey: Buffer): string {
  return createHash('sha256').update(rawPublicKey).digest().subarray(0, 8).toString('hex');
}

function publicKeyObject(key: ReleaseKey): KeyObject {
  return createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, Buffer.from(key.publicKey, 'base64url')]),
    format: 'der',
    type: 'spki',
  });
}

/** The public half of a release key, as the configuration lists it. */
export function releaseKeyOf(privateKey: KeyObject): ReleaseKey {
  const raw = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
  return { keyId: keyIdOf(raw), publicKey: raw.toString('base64url') };
}

/** Signs release.json's bytes (scripts/release/sign-release.ts); returns release.json.sig's text. */
export function signRelease(manifestBytes: Buffer, privateKeyPem: string | KeyObject): string {
  const privateKey = typeof privateKeyPem === 'string' ? createPrivateKey(privateKeyPem) : privateKeyPem;
  const signature: ReleaseSignature = {
    alg: 'Ed25519',
    keyId: releaseKeyOf(privateKey).keyId,
    signature: sign(null, manifestBytes, privateKey).toString('base64url'),
  };
  return `${JSON.stringify(signature, null, 2)}\n`;
}

/** Checks release.json against release.json.sig and the configured keys; only then parses what it says. */
export function verifyRelease(
  manifestBytes: Buffer,
  signatureBytes: Buffer,
  keys: readonly ReleaseKey[],
): Result<ReleaseManifest, RefusalReason> {
  if (manifestBytes.length > MAX_MANIFEST_BYTES) return err('malformed', 'release.json is too large to be one.');
  let signature: ReleaseSignature;
  try {
    const parsed = releaseSignatureSchema.safeParse(JSON.parse(signatureBytes.subarray(0, 4096).toString('utf8')));
    if (!parsed.success) return err('malformed', 'release.json.sig is not a release signature.');
    signature = parsed.data;
  } catch {
    return err('malformed', 'release.json.sig is not JSON.');
  }
  const key = keys.find((k) => k.keyId === signature.keyId);
  if (!key)
    return err('unknownKey', `release.json is signed with key ${signature.keyId}, which this kiosk does not trust.`);
  if (!verify(null, manifestBytes, publicKeyObject(key), Buffer.from(signature.signature, 'base64url')))
    return err('badSignature', 'The signature does not match release.json: it was altered or signed by someone else.');
  try {
    const parsed = releaseManifestSchema.safeParse(JSON.parse(manifestBytes.toString('utf8')));
    if (!parsed.success) return err('malformed', 'release.json is signed but not a release manifest.');
    return ok(parsed.data);
  } catch {
    return err('malformed', 'release.json is signed but not JSON.');
  }
}
