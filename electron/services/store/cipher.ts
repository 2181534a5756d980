import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for personal data at rest. Each value is bound to where it is stored (table and row, as
 * associated data), so a blob copied to another row does not decrypt. Layout: version | iv | tag | ciphertext.
 * Also derives a keyed hash for looking rows up by a personal value (an ID number) without storing it.
 */
export class FieldCipher {
  private readonly encKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('FieldCipher needs a 32-byte key');
    this.encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'gov-kiosk/store/enc/v1', 32));
    this.indexKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'gov-kiosk/store/index/v1', 32));
  }

  seal(plaintext: string, context: string): Buffer {
    return this.sealBytes(Buffer.from(plaintext, 'utf8'), context);
  }

  /** Binary values (images) sealed the same way, without a detour through text. */
  sealBytes(plaintext: Uint8Array, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  /** The plaintext, or undefined when the blob is damaged, from another row, or sealed with another key. */
  open(blob: Uint8Array, context: string): string | undefined {
    return this.openBytes(blob, context)?.toString('utf8');
  }

  openBytes(blob: Uint8Array, context: string): Buffer | undefined {
    const data = Buffer.from(blob);
    if (data.length < 1 + IV_BYTES + TAG_BYTES || data[0] !== VERSION) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.encKey, data.subarray(1, 1 + IV_BYTES));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      return undefined;
    }
  }

  sealJson(value: unknown, context: string): Buffer {
    return this.seal(JSON.stringify(value), context);
  }

  openJson<T>(blob: Uint8Array, context: string): T | undefined {
    const text = this.open(blob, context);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  /** Keyed hash for equality lookups ("cases of this ID number"); not reversible without the key. */
  index(value: string): string {
    return createHmac('sha256', this.indexKey).update(value, 'utf8').digest('base64url');
  }
}
