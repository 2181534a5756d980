import { blobRefOf } from '../../../shared/platform/index.js';
import { ok } from '../../../shared/result.js';
import { checkImage } from '../../../electron/services/attachments/image-check.js';
import type { PlatformTables } from '../platform-store.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import type { PlatformContext } from './platform-context.js';

/** Whether the platform holds the image a blobRef (`sha256:<hex>`) names. */
export const holdsImage = (tables: PlatformTables, blobRef: string) =>
  tables.holdsAttachment(blobRef.replace(/^sha256:/, ''));

/**
 * Scanned pages and signatures, uploaded before the application that names them; idempotent by their hash
 * (an image held already is not stored again).
 */
export function attachmentHandlers(ctx: PlatformContext): Pick<PlatformHandlers, 'putAttachment'> {
  return {
    putAttachment(upload) {
      const checked = checkImage(upload);
      if (!checked.ok) return checked;
      const blobRef = blobRefOf(upload.sha256);
      if (ctx.tables.holdsAttachment(upload.sha256)) return ok({ blobRef, stored: false });
      ctx.tables.putAttachment(upload.sha256, upload.mediaType, checked.value, ctx.clock.now());
      return ok({ blobRef, stored: true });
    },
  };
}
