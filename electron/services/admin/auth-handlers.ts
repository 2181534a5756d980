import type { adminMethods } from '../../../shared/contract/admin.js';
import { err, ok } from '../../../shared/result.js';
import type { Handlers } from '../../rpc/handlers.js';
import type { AuditLog } from '../audit/audit-log.js';
import { guarded } from './admin-guard.js';
import type { AdminServices } from './admin-services.js';
import { hashPin, idNumberHash, maskName } from './credentials.js';
import type { TechnicianRow } from './technician-store.js';
import type { AdminConfig } from '../../../shared/config/admin-config.js';
import type { CardSource } from './admin-auth.js';

function summary(row: TechnicianRow, now: number) {
  return {
    enrolmentId: row.enrolmentId,
    maskedName: row.maskedName,
    role: row.role,
    source: row.source,
    ...(row.lockedUntil !== null && row.lockedUntil > now
      ? { lockedUntil: new Date(row.lockedUntil).toISOString() }
      : {}),
  };
}

/** Signing in and out, and (管理员) who may: enrol by card, remove, unlock. */
export function createAuthHandlers(
  admin: AdminServices,
  deps: { config: AdminConfig; cards: CardSource; audit: AuditLog; now: () => number },
): Pick<Handlers, Exclude<keyof typeof adminMethods, 'admin.devices.reset'>> {
  const { auth, technicians } = admin;
  const noKey = () => err('adminUnavailable', 'No admin.identityKey in the configuration: cards cannot sign in');
  return {
    'admin.identifyCard': () => (deps.config.identityKey ? auth.identifyCard() : noKey()),
    'admin.signIn': async (request) => ok(await auth.signIn(request)),
    'admin.session': guarded(auth, 'technician', (_request, session) => ok(auth.describe(session))),
    'admin.signOut': guarded(auth, 'technician', ({ token }) => {
      auth.signOut(token);
      return ok({});
    }),
    'admin.technicians.list': guarded(auth, 'administrator', () =>
      ok({ technicians: technicians.all().map((row) => summary(row, deps.now())) }),
    ),
    'admin.technicians.enrol': guarded(auth, 'administrator', async ({ enrolmentId, role, pin }, session) => {
      const key = deps.config.identityKey;
      if (!key) return noKey();
      const card = await deps.cards.readCard(3_000);
      if (!card.ok) return err('noCard', 'Place the new technician’s card on the reader, then enrol');
      const idHash = idNumberHash(card.value.idNumber, key);
      if (technicians.taken(enrolmentId, idHash)) return err('alreadyEnrolled', 'This id or this card is enrolled');
      technicians.enrol({
        enrolmentId,
        role,
        idHash,
        pinHash: await hashPin(pin),
        maskedName: maskName(card.value.name),
      });
      deps.audit.record({
        actor: 'admin',
        action: 'admin.enrolled',
        subject: enrolmentId,
        detail: { by: session.enrolmentId, role },
      });
      const row = technicians.byEnrolment(enrolmentId);
      return row ? ok(summary(row, deps.now())) : err('notFound', 'The enrolment was not saved');
    }),
    'admin.technicians.remove': guarded(auth, 'administrator', ({ enrolmentId }, session) => {
      const row = technicians.byEnrolment(enrolmentId);
      if (!row) return err('notFound', 'No such technician');
      if (row.source === 'deployment') return err('fromDeployment', 'This enrolment comes from the deployment file');
      const administrators = technicians.all().filter((t) => t.role === 'administrator');
      if (row.role === 'administrator' && administrators.length <= 1) {
        return err('lastAdministrator', 'The last administrator cannot be removed');
      }
      technicians.remove(enrolmentId);
      deps.audit.record({
        actor: 'admin',
        action: 'admin.removed',
        subject: enrolmentId,
        detail: { by: session.enrolmentId },
      });
      return ok({});
    }),
    'admin.technicians.unlock': guarded(auth, 'administrator', ({ enrolmentId }, session) => {
      if (!technicians.byEnrolment(enrolmentId)) return err('notFound', 'No such technician');
      technicians.recordSuccess(enrolmentId);
      deps.audit.record({
        actor: 'admin',
        action: 'admin.unlocked',
        subject: enrolmentId,
        detail: { by: session.enrolmentId },
      });
      return ok({});
    }),
  };
}
