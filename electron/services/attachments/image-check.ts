import { createHash } from 'node:crypto';
import type { AttachmentMediaType } from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';

export type ImageCheckError = 'hashMismatch' | 'wrongMediaType';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);

/** What the first bytes say the image is; undefined for anything that is neither JPEG nor PNG. */
export function sniffImageType(bytes: Uint8Array): AttachmentMediaType | undefined {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return undefined;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Decodes an uploaded image and checks it is what it claims: the SHA-256 it is named by, and the media type
 * its magic bytes show. Messages name what did not match, never the bytes (a scan is personal data).
 */
export function checkImage(input: {
  sha256: string;
  mediaType: AttachmentMediaType;
  base64: string;
}): Result<Buffer, ImageCheckError> {
  const bytes = Buffer.from(input.base64, 'base64');
  // Buffer.from skips characters that are not base64; a round trip shows the text was clean.
  if (bytes.length === 0 || bytes.toString('base64').replace(/=+$/, '') !== input.base64.replace(/=+$/, '')) {
    return err('hashMismatch', 'The image is not valid base64, so its SHA-256 cannot match.');
  }
  if (sha256Hex(bytes) !== input.sha256)
    return err('hashMismatch', 'The image bytes do not have the SHA-256 they were sent under; nothing was stored.');
  const actual = sniffImageType(bytes);
  if (actual !== input.mediaType) {
    return err(
      'wrongMediaType',
      `The image was sent as ${input.mediaType} but its bytes are ${actual ?? 'neither JPEG nor PNG'}; nothing was stored.`,
    );
  }
  return ok(bytes);
}
