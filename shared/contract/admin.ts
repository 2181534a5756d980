import { z } from 'zod';
import { adminRoleSchema, enrolmentIdSchema, maskedNameSchema } from '../config/admin-config.js';
import { deviceClassSchema } from '../devices/device-class.js';
import { defineMethod } from './define.js';

/**
 * The technician's console: signing in and the console's own session (design §7). Every console call
 * carries the session token the sign-in returned; main checks it, the role and the idle and hard limits on
 * every call (electron/services/admin/admin-guard.ts), so a page that forgets to sign out is still signed out.
 */

export const adminTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a console session token');

/** The request of a console call: the session token plus the call's own fields. */
export function adminRequest<S extends z.ZodRawShape>(shape: S) {
  return z.object({ token: adminTokenSchema, ...shape }).strict();
}

/** Codes every console call may end in besides its own. */
export const adminSessionErrors = ['adminSessionEnded', 'adminForbidden'] as const;

export const pinSchema = z.string().regex(/^\d{6}$/, 'a PIN is 6 digits');
export const oneTimeCodeSchema = z.string().regex(/^\d{6}$/, 'a one-time code is 6 digits');

export const adminSessionSchema = z
  .object({
    token: adminTokenSchema,
    enrolmentId: enrolmentIdSchema,
    maskedName: maskedNameSchema,
    role: adminRoleSchema,
    /** The console signs out after this long without a touch. */
    idleSeconds: z.number().int().positive(),
    /** The hard end of this session, whatever happens. */
    endsAt: z.iso.datetime(),
  })
  .strict();
export type AdminSession = z.infer<typeof adminSessionSchema>;

/** What a card on the reader means at the attract screen. A citizen's card tells the page nothing else. */
export const cardIdentitySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('technician'),
      enrolmentId: enrolmentIdSchema,
      maskedName: maskedNameSchema,
      role: adminRoleSchema,
      lockedUntil: z.iso.datetime().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('citizen') }).strict(),
  z.object({ kind: z.literal('noCard') }).strict(),
]);
export type CardIdentity = z.infer<typeof cardIdentitySchema>;

export const signInOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('signedIn'), session: adminSessionSchema }).strict(),
  z.object({ outcome: z.literal('wrongPin'), attemptsLeft: z.number().int().nonnegative() }).strict(),
  z.object({ outcome: z.literal('locked'), until: z.iso.datetime() }).strict(),
  /** The one-time code was wrong or already used, or the card is no longer the one identified. */
  z.object({ outcome: z.literal('refused') }).strict(),
]);
export type SignInOutcome = z.infer<typeof signInOutcomeSchema>;

export const technicianSummarySchema = z
  .object({
    enrolmentId: enrolmentIdSchema,
    maskedName: maskedNameSchema,
    role: adminRoleSchema,
    source: z.enum(['deployment', 'console']),
    lockedUntil: z.iso.datetime().optional(),
  })
  .strict();

export const adminMethods = {
  'admin.identifyCard': defineMethod({
    summary:
      'At the attract screen: reads the card on the reader and says whether it belongs to an enrolled technician. A citizen card answers only "citizen"; the reading is kept in main for the PIN that follows.',
    request: z.object({}).strict(),
    response: cardIdentitySchema,
    errors: ['deviceNotReady', 'hardwareError', 'noDevice', 'timeOut', 'userError', 'adminUnavailable'],
  }),
  'admin.signIn': defineMethod({
    summary:
      'Signs a technician in: with the card just identified and the PIN, or (reader broken) with the enrolment id, the one-time code and the PIN. Wrong PINs count toward a lockout that grows.',
    request: z.discriminatedUnion('via', [
      z.object({ via: z.literal('card'), pin: pinSchema }).strict(),
      z
        .object({ via: z.literal('code'), enrolmentId: enrolmentIdSchema, code: oneTimeCodeSchema, pin: pinSchema })
        .strict(),
    ]),
    response: signInOutcomeSchema,
    errors: ['adminUnavailable'],
  }),
  'admin.session': defineMethod({
    summary: 'The console session the token belongs to (and a touch: it resets the idle limit).',
    request: adminRequest({}),
    response: adminSessionSchema,
    errors: adminSessionErrors,
  }),
  'admin.signOut': defineMethod({
    summary: 'Ends the console session (the page returns to the attract screen).',
    request: adminRequest({}),
    response: z.object({}).strict(),
    errors: adminSessionErrors,
  }),
  'admin.technicians.list': defineMethod({
    summary: '管理员: who may sign in, with role, where the enrolment comes from and any lockout.',
    request: adminRequest({}),
    response: z.object({ technicians: z.array(technicianSummarySchema).max(100) }).strict(),
    errors: adminSessionErrors,
  }),
  'admin.technicians.enrol': defineMethod({
    summary:
      '管理员: enrols the person whose card is on the reader now, with a role and a PIN (entered twice on the page). Only hashes are kept.',
    request: adminRequest({ enrolmentId: enrolmentIdSchema, role: adminRoleSchema, pin: pinSchema }),
    response: technicianSummarySchema,
    errors: [...adminSessionErrors, 'alreadyEnrolled', 'noCard', 'adminUnavailable'],
  }),
  'admin.technicians.remove': defineMethod({
    summary: '管理员: removes a technician enrolled on this console (a deployment enrolment is changed in the file).',
    request: adminRequest({ enrolmentId: enrolmentIdSchema }),
    response: z.object({}).strict(),
    errors: [...adminSessionErrors, 'notFound', 'fromDeployment', 'lastAdministrator'],
  }),
  'admin.devices.reset': defineMethod({
    summary:
      '技术员: drop the link to a device and find and open it again now (skips the reconnect back-off). Not a citizen call: a page could otherwise knock the reader off mid-session.',
    request: adminRequest({ device: deviceClassSchema }),
    response: z.object({}).strict(),
    errors: [...adminSessionErrors, 'noDevice', 'hardwareError', 'deviceNotReady', 'timeOut'],
  }),
  'admin.technicians.unlock': defineMethod({
    summary: '管理员: lifts a lockout now.',
    request: adminRequest({ enrolmentId: enrolmentIdSchema }),
    response: z.object({}).strict(),
    errors: [...adminSessionErrors, 'notFound'],
  }),
} as const;
