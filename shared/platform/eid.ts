import { z } from 'zod';
import { idCardSchema } from '../devices/id-card.js';
import { idempotencyKeySchema, idNumberSchema, isoDateTimeSchema, kioskIdSchema } from './common.js';

/**
 * The e-ID code (居民身份证电子证照二维码): a short-lived, one-use QR code the citizen's phone shows instead of the
 * card. Opaque to the kiosk: `GKEID1.<body>.<signature>`, the body 16 random bytes and the expiry (seconds,
 * big-endian) in base64url, the signature the platform's Ed25519 signature over `GKEID1.<body>`. Nothing of
 * the person is in it; only the platform that issued it can say whose it is, once.
 */
export const EID_PREFIX = 'GKEID1';
/** How long a shown code can be used: the phone shows a fresh one after that. */
export const EID_CODE_VALID_MS = 3 * 60_000;

export const eIdCodeSchema = z
  .string()
  .max(128)
  .regex(/^GKEID1\.[A-Za-z0-9_-]{27}\.[A-Za-z0-9_-]{86}$/, 'an e-ID code GKEID1.<body>.<signature>')
  .describe('The text of the e-ID QR code as scanned; valid for a few minutes and once.');

/** A scan meant as an e-ID (its prefix), even if damaged: such a scan is verified, not called "not an e-ID". */
export function looksLikeEIdCode(text: string): boolean {
  return text.trim().startsWith(`${EID_PREFIX}.`);
}

export const eIdVerifyRequestSchema = z
  .object({
    code: eIdCodeSchema,
    kioskId: kioskIdSchema,
    /** A retry with the same key (lost answer) gets the same identity; any other use of a used code is refused. */
    idempotencyKey: idempotencyKeySchema,
  })
  .strict();
export type EIdVerifyRequest = z.infer<typeof eIdVerifyRequestSchema>;

/** The person behind a verified code: what the ID card reader gives, without the photo. Personal data. */
export const eIdPersonSchema = idCardSchema.omit({ photo: true }).extend({ idNumber: idNumberSchema });
export type EIdPerson = z.infer<typeof eIdPersonSchema>;

export const eIdIdentitySchema = z
  .object({
    person: eIdPersonSchema,
    verifiedAt: isoDateTimeSchema,
    /** Demo data of the embedded platform. */
    sample: z.boolean(),
  })
  .strict();
export type EIdIdentity = z.infer<typeof eIdIdentitySchema>;

/** What the embedded platform gives its demo citizens' phones (developer mode and tests only). */
export const eIdIssuedSchema = z.object({ code: eIdCodeSchema, expiresAt: isoDateTimeSchema }).strict();
export type EIdIssued = z.infer<typeof eIdIssuedSchema>;
