import { z } from 'zod';
import { consumablesConfigSchema } from './consumables-config.js';

/** 技术员 may test, refill, maintain and diagnose; 管理员 may also change settings and enrol technicians. */
export const adminRoleSchema = z.enum(['technician', 'administrator']);
export type AdminRole = z.infer<typeof adminRoleSchema>;

export const enrolmentIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,19}$/, 'enrolmentId: 2–20 letters, digits or hyphens');

/** A keyed hash of an ID number (HMAC-SHA256 with admin.identityKey): the number itself is never kept. */
export const idHashSchema = z.string().regex(/^hmac-sha256:[0-9a-f]{64}$/, 'idHash: hmac-sha256:<64 hex digits>');

/** scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>: a slow salted hash; the PIN is never kept. */
export const pinHashSchema = z
  .string()
  .regex(/^scrypt\$\d{2}\$\d{1,2}\$\d{1,2}\$[A-Za-z0-9+/=]{16,64}\$[A-Za-z0-9+/=]{40,100}$/, 'pinHash: scrypt$…');

/** A masked name as the console shows it ("王*国"): never the full name. */
export const maskedNameSchema = z.string().min(1).max(20).regex(/\*/, 'maskedName must be masked (contain *)');

export const technicianEntrySchema = z
  .object({
    enrolmentId: enrolmentIdSchema,
    role: adminRoleSchema,
    idHash: idHashSchema,
    pinHash: pinHashSchema,
    maskedName: maskedNameSchema,
  })
  .strict();
export type TechnicianEntry = z.infer<typeof technicianEntrySchema>;

/**
 * The technician's console (design §7). Made by `npm run admin:enrol`, which asks for the number and the PIN
 * and prints the entry: the file holds hashes and keys, never a number or a PIN in clear.
 */
export const adminConfigSchema = z
  .object({
    /** Enrolled by the deployment (the first administrator comes from here); the console may enrol more. */
    technicians: z.array(technicianEntrySchema).max(50).default([]),
    /** Key of the ID-number hash, 32 random bytes in base64. Without it no card can sign in. */
    identityKey: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'identityKey: 32 bytes in base64')
      .optional(),
    /** RFC 6238 secret (base32) for the one-time code that opens the console when the card reader is broken. */
    totpSecret: z
      .string()
      .regex(/^[A-Z2-7]{32,64}$/, 'totpSecret: 32–64 base32 characters')
      .optional(),
    lockout: z
      .object({
        /** Wrong PINs in a row before that technician is locked out. */
        maxAttempts: z.number().int().min(3).max(10).default(5),
        /** The first lockout; each further one doubles, up to maxSeconds. */
        firstSeconds: z.number().int().min(30).max(3600).default(60),
        maxSeconds: z.number().int().min(60).max(86_400).default(3600),
      })
      .strict()
      .default({ maxAttempts: 5, firstSeconds: 60, maxSeconds: 3600 }),
    /** A console left untouched this long signs out. */
    idleSeconds: z.number().int().min(30).max(900).default(180),
    /** However busy, a console session ends after this long. */
    sessionMinutes: z.number().int().min(5).max(240).default(30),
    /** Paper the console counts against: tray and roll sizes, and when it warns (shared/config/consumables-config.ts). */
    consumables: consumablesConfigSchema.default(consumablesConfigSchema.parse({})),
    /** Commands the System page may run (argv, no shell), e.g. ["systemctl", "reboot"]. Absent: not offered. */
    machineCommands: z
      .object({
        reboot: z.array(z.string().min(1).max(200)).min(1).max(10).optional(),
        shutdown: z.array(z.string().min(1).max(200)).min(1).max(10).optional(),
      })
      .strict()
      .default({}),
    /**
     * Settings the console may not change on this machine: keys of the console's allow-list
     * (shared/config/settings-layer.ts), e.g. ["platform.baseUrl", "devices.documentPrinter"].
     */
    lockedSettings: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9.]{0,79}$/, 'lockedSettings: a setting key such as "idle.warnAfterSeconds"'),
      )
      .max(100)
      .default([]),
  })
  .strict();
export type AdminConfig = z.infer<typeof adminConfigSchema>;
