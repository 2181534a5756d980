import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FileKeyProvider, KEY_BYTES, type KeyProvider } from './key-provider.js';

/**
 * The part of Electron's `safeStorage` this needs. Declared structurally so that this file does not import
 * electron (the main process passes `safeStorage` in) and can be tested with a fake.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, i.e. a hard-coded password — no better than a key file. */
  getSelectedStorageBackend?(): string;
}

/**
 * The store key wrapped by the operating system's credential store (DPAPI on Windows, the keyring on
 * Linux, Keychain on macOS) and kept in a file next to the database. Only the Electron main imports this.
 */
export class SafeStorageKeyProvider implements KeyProvider {
  readonly description = 'Electron safeStorage';
  private key: Buffer | undefined;

  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly path: string,
  ) {}

  getKey(): Buffer {
    if (this.key) return this.key;
    if (!existsSync(this.path)) {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      const fresh = randomBytes(KEY_BYTES);
      writeFileSync(this.path, this.safeStorage.encryptString(fresh.toString('base64')), { flag: 'wx', mode: 0o600 });
    }
    const key = Buffer.from(this.safeStorage.decryptString(readFileSync(this.path)), 'base64');
    if (key.length !== KEY_BYTES) throw new Error(`The wrapped key ${this.path} is damaged.`);
    this.key = key;
    return key;
  }
}

/**
 * Chooses safeStorage when the OS really protects it, otherwise a 0600 key file. A machine keeps using
 * whichever it started with, so a keyring that appears later does not orphan the existing database.
 */
export function chooseElectronKeyProvider(
  safeStorage: SafeStorageLike,
  paths: { wrappedKey: string; keyFile: string },
  warn: (message: string) => void,
): KeyProvider {
  if (existsSync(paths.wrappedKey)) return new SafeStorageKeyProvider(safeStorage, paths.wrappedKey);
  if (existsSync(paths.keyFile)) return new FileKeyProvider(paths.keyFile);
  const backend = safeStorage.getSelectedStorageBackend?.();
  if (safeStorage.isEncryptionAvailable() && backend !== 'basic_text')
    return new SafeStorageKeyProvider(safeStorage, paths.wrappedKey);
  warn(`safeStorage is not protected by the OS here (${backend ?? 'unavailable'}); using a 0600 key file`);
  return new FileKeyProvider(paths.keyFile);
}
