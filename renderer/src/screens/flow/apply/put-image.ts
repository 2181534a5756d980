import type { KioskClient } from '../../../../../shared/kiosk-client.js';
import type { Result } from '../../../../../shared/result.js';
import { sessionId } from '../../../session/session-id.js';

/** Base64 of a blob without a data: prefix, in chunks (a page photo is too big for one String.fromCharCode). */
export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Hands an image the application will name (a scanned page, a signature) to main before the page moves on,
 * so it is kept — encrypted — and delivered with the application rather than lost with the page's memory.
 */
export async function putImage(client: KioskClient, blob: Blob, blobRef: string): Promise<Result<unknown>> {
  const mediaType = blob.type === 'image/png' ? 'image/png' : 'image/jpeg';
  try {
    return await client.call('attachments.put', {
      blobRef,
      mediaType,
      base64: await base64Of(blob),
      sessionId: sessionId(),
    });
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'The image could not be handed to the kiosk.' } };
  }
}
