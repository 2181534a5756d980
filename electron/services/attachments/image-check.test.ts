import { describe, expect, it } from 'vitest';
import { checkImage, sha256Hex, sniffImageType } from './image-check.js';
import { sampleJpeg, samplePng } from '../../../test/fixtures/sample-images.js';

describe('checking an uploaded image', () => {
  it('accepts bytes with the SHA-256 and the media type they are sent under', () => {
    for (const image of [samplePng(), sampleJpeg()]) {
      const checked = checkImage(image);
      expect(checked.ok && checked.value.equals(image.bytes)).toBe(true);
    }
  });

  it('refuses a hash that does not match the bytes, and base64 that is not clean', () => {
    const png = samplePng();
    expect(checkImage({ ...png, sha256: samplePng(1).sha256 })).toMatchObject({
      ok: false,
      error: { code: 'hashMismatch' },
    });
    expect(checkImage({ ...png, base64: `${png.base64.slice(0, 8)}!!${png.base64.slice(8)}` })).toMatchObject({
      ok: false,
      error: { code: 'hashMismatch' },
    });
  });

  it('refuses a media type the magic bytes contradict, and bytes that are no image at all', () => {
    const png = samplePng();
    expect(checkImage({ ...png, mediaType: 'image/jpeg' })).toMatchObject({
      ok: false,
      error: { code: 'wrongMediaType', message: expect.stringContaining('image/png') },
    });
    const text = Buffer.from('%PDF-1.7 not an image');
    const sha256 = sha256Hex(text);
    expect(checkImage({ sha256, mediaType: 'image/png', base64: text.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'wrongMediaType' },
    });
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeUndefined();
  });
});
