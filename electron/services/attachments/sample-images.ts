import { createHash } from 'node:crypto';
import type { AttachmentMediaType } from '../../../shared/platform/index.js';

/** Small real images for tests of uploads: bytes, base64, SHA-256 and blobRef of each. */
export interface SampleImage {
  readonly mediaType: AttachmentMediaType;
  readonly bytes: Buffer;
  readonly base64: string;
  readonly sha256: string;
  readonly blobRef: string;
}

function sample(mediaType: AttachmentMediaType, bytes: Buffer): SampleImage {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { mediaType, bytes, base64: bytes.toString('base64'), sha256, blobRef: `sha256:${sha256}` };
}

/** A 1×1 PNG; `variant` changes a byte after the header so each variant has its own hash. */
export function samplePng(variant = 0): SampleImage {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  return sample('image/png', Buffer.concat([png, Buffer.from([variant & 0xff])]));
}

/** The start of a JPEG (SOI and an APP0 marker) with filler: enough for hash and magic-byte checks. */
export function sampleJpeg(variant = 0): SampleImage {
  return sample(
    'image/jpeg',
    Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
      Buffer.alloc(64, variant & 0xff),
      Buffer.from([0xff, 0xd9]),
    ]),
  );
}
