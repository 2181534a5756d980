import type { WltDecoderConfig } from '../../../shared/devices/device-config.js';
import type { IdCard } from '../../../shared/devices/id-card.js';
import type { Logger } from '../../services/log/logger.js';
import type { PhotoDecoder } from './id-card-reader.js';

/**
 * The card photo is 1024 bytes of WLT, a vendor-compressed format only a licensed library decodes. When the
 * profile names such a library, it is loaded through koffi (FFI) — in the reader's device-host process, so a
 * crash in vendor code ends that process only. Without one, or if it fails to load, cards come without a
 * photo: that is a configuration fact, not a read error.
 */
export const PHOTO_WIDTH = 102;
export const PHOTO_HEIGHT = 126;
const ROW_BYTES = PHOTO_WIDTH * 3;
const PADDED_ROW = (ROW_BYTES + 3) & ~3; // 308
export const BMP_BYTES = 54 + PADDED_ROW * PHOTO_HEIGHT; // 38862, the size vendor decoders write

/** Wraps bottom-up BGR rows (unpadded) into a 24-bit BMP file. */
export function bgrToBmp(bgr: Uint8Array): Uint8Array {
  const out = new Uint8Array(BMP_BYTES);
  const view = new DataView(out.buffer);
  out[0] = 0x42;
  out[1] = 0x4d;
  view.setUint32(2, BMP_BYTES, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, PHOTO_WIDTH, true);
  view.setInt32(22, PHOTO_HEIGHT, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  view.setUint32(34, PADDED_ROW * PHOTO_HEIGHT, true);
  for (let row = 0; row < PHOTO_HEIGHT; row += 1) {
    out.set(bgr.subarray(row * ROW_BYTES, (row + 1) * ROW_BYTES), 54 + row * PADDED_ROW);
  }
  return out;
}

export async function loadWltDecoder(config: WltDecoderConfig, logger: Logger): Promise<PhotoDecoder | undefined> {
  let decode: (wlt: Buffer, out: Buffer, flag: number) => number;
  try {
    const koffi = (await import('koffi')).default;
    const lib = koffi.load(config.library);
    decode = lib.func(config.symbol, 'int', ['uint8_t *', '_Out_ uint8_t *', 'int']) as typeof decode;
  } catch (error) {
    logger.warn(
      `WLT photo decoder ${config.library} not loaded (${(error as Error).message}); cards come without photo`,
    );
    return undefined;
  }
  logger.info(`WLT photo decoder loaded from ${config.library}`);
  return async (wlt) => {
    const out = Buffer.alloc(config.output === 'bmp' ? BMP_BYTES : ROW_BYTES * PHOTO_HEIGHT);
    const input = Buffer.from(wlt);
    const rc = decode(input, out, config.flag);
    input.fill(0);
    if (rc !== config.successCode) {
      logger.warn(`WLT photo decoder returned ${rc}; card reported without photo`);
      return undefined;
    }
    const bmp = config.output === 'bmp' ? out : Buffer.from(bgrToBmp(out));
    const photo: NonNullable<IdCard['photo']> = { mime: 'image/bmp', base64: bmp.toString('base64') };
    out.fill(0);
    return photo;
  };
}
