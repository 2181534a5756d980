import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type SigningKey, signingKeyFrom } from '../../electron/services/platform/certificate-codec.js';

/**
 * The platform's Ed25519 signing key as a PKCS#8 PEM file (0600), created on first run. The embedded
 * platform keeps it in the kiosk's data folder and marks everything it signs as a sample; a real platform
 * keeps its key in an HSM, which is no business of the kiosk.
 */
export function loadOrCreateSigningKey(path: string, issuer: string, sample: boolean): SigningKey {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return signingKeyFrom(createPrivateKey(readFileSync(path, 'utf8')), issuer, sample);
}
