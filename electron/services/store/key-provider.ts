import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Where the store's encryption key lives. The key never goes into the database: a copied database file
 * without the key is unreadable where it holds personal data.
 */
export interface KeyProvider {
  /** For health lines and the admin screen ("key file", "Electron safeStorage"). */
  readonly description: string;
  /** The 32-byte master key; created on first use. Throws when the key exists but cannot be read. */
  getKey(): Buffer;
}

export const KEY_BYTES = 32;

/**
 * A key file readable only by the kiosk's user (0600 in a 0700 folder on POSIX; on Windows the file sits in
 * the user's profile, whose ACL already limits it). Created atomically on first run.
 */
export class FileKeyProvider implements KeyProvider {
  readonly description: string;
  private key: Buffer | undefined;

  constructor(private readonly path: string) {
    this.description = `key file ${path}`;
  }

  getKey(): Buffer {
    if (this.key) return this.key;
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    let key: Buffer;
    try {
      writeFileSync(this.path, randomBytes(KEY_BYTES).toString('base64') + '\n', { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    key = Buffer.from(readFileSync(this.path, 'utf8').trim(), 'base64');
    if (key.length !== KEY_BYTES)
      throw new Error(`The key file ${this.path} is damaged (expected ${KEY_BYTES} bytes).`);
    if (process.platform !== 'win32' && (statSync(this.path).mode & 0o077) !== 0) chmodSync(this.path, 0o600);
    this.key = key;
    return key;
  }
}

/** A fixed key for tests and throwaway stores. */
export class StaticKeyProvider implements KeyProvider {
  readonly description = 'static key (tests)';
  constructor(private readonly key: Buffer = randomBytes(KEY_BYTES)) {
    if (key.length !== KEY_BYTES) throw new Error(`A store key has ${KEY_BYTES} bytes.`);
  }
  getKey(): Buffer {
    return this.key;
  }
}
