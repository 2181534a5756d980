import { z } from 'zod';
import { attachmentMediaTypeSchema, blobRefSchema, imageBase64Schema } from '../platform/index.js';
import { defineMethod } from './define.js';

/** The citizen's session, chosen by the page at its start: images belong to it until an application names them. */
export const sessionIdSchema = z.uuid().max(36);

/**
 * An image a citizen gives (a scanned page, a signature) reaches the kiosk's store as soon as it is taken, so
 * the application that names it by blobRef can be delivered with it. Main checks the SHA-256 against the bytes
 * and the media type against the magic bytes, and stores nothing otherwise.
 */
export const attachmentMethods = {
  'attachments.put': defineMethod({
    summary:
      'Keeps an image (scan page or signature) encrypted at the kiosk under its blobRef, for the session and then for the application that names it.',
    request: z
      .object({
        blobRef: blobRefSchema,
        mediaType: attachmentMediaTypeSchema,
        base64: imageBase64Schema,
        sessionId: sessionIdSchema,
      })
      .strict(),
    response: z.object({ blobRef: blobRefSchema, stored: z.boolean() }).strict(),
    errors: ['hashMismatch', 'wrongMediaType'],
  }),
} as const;
