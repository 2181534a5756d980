import { z } from 'zod';
import { deviceClassSchema } from '../devices/device-class.js';
import { isoDateTimeSchema, kioskIdSchema, limits, shortTextSchema } from './common.js';
import { publicKeySchema } from './certificates.js';

/** Device states as ARCHITECTURE.md, 'Devices', names them (after CEN/XFS). */
export const deviceStateSchema = z.enum([
  'online',
  'offline',
  'powerOff',
  'noDevice',
  'hardwareError',
  'userError',
  'busy',
]);

export const heartbeatSchema = z
  .object({
    kioskId: kioskIdSchema,
    at: isoDateTimeSchema,
    appVersion: z.string().max(32),
    devices: z
      .array(
        z
          .object({
            deviceClass: deviceClassSchema,
            state: deviceStateSchema,
            /** Paper and media, e.g. "paperLow", "jammed". Codes, no free text with personal data. */
            detail: z
              .string()
              .max(limits.shortText)
              .regex(/^[A-Za-z0-9 ,.:_-]*$/)
              .optional(),
          })
          .strict(),
      )
      .max(16),
    outbox: z.object({ pending: z.number().int().min(0), oldestPendingSeconds: z.number().min(0) }).strict(),
    catalogVersion: z.string().max(limits.code).optional(),
  })
  .strict();
export type Heartbeat = z.infer<typeof heartbeatSchema>;

export const heartbeatAckSchema = z
  .object({
    serverTime: isoDateTimeSchema,
    catalogVersion: z.string().max(limits.code),
    /** Present when the kiosk should refresh its copy of the platform's signing keys. */
    keys: z.array(publicKeySchema).max(20).optional(),
  })
  .strict();
export type HeartbeatAck = z.infer<typeof heartbeatAckSchema>;

/** Catalog sync: the kiosk says what it has; the platform answers with a newer catalog or "unchanged". */
export const catalogSyncRequestSchema = z.object({ knownVersion: z.string().max(limits.code).optional() }).strict();
export const catalogSyncSchema = z
  .object({
    version: z.string().max(limits.code),
    changed: z.boolean(),
    /** The catalog document; validated by the kiosk's catalog schema (shared/catalog) before it is used. */
    catalog: z.unknown().optional(),
    note: shortTextSchema.optional(),
  })
  .strict();
export type CatalogSync = z.infer<typeof catalogSyncSchema>;
