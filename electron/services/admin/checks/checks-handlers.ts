import { ok } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { resolveFontDir } from '../../documents/pdf-kit.js';
import { guarded } from '../admin-guard.js';
import type { AdminDependencies, AdminServices } from '../admin-services.js';
import { ChecksService } from './checks-service.js';
import { ChecksStore } from './checks-store.js';

export function checksServiceFrom(deps: AdminDependencies, fontDir?: string): ChecksService {
  const store = deps.platform.store;
  return new ChecksService({
    store: new ChecksStore(store),
    devices: deps.devices,
    devicesConfig: deps.config.devices,
    gateway: deps.platform.gateway,
    audit: deps.platform.audit,
    now: () => store.clock.now(),
    kioskId: deps.config.kioskId,
    siteName: deps.config.siteName['zh-CN'],
    version: deps.version,
    fontDir: resolveFontDir(fontDir),
    catalogVersion: () => deps.catalog.current().version,
    outbox: () => deps.platform.outbox.status(),
  });
}

type ChecksHandlers = Pick<
  Handlers,
  | 'admin.checks.list'
  | 'admin.checks.run'
  | 'admin.checks.confirm'
  | 'admin.checks.record'
  | 'admin.checks.printRecord'
  | 'admin.checks.lastInspection'
>;

/**
 * 自检 and 巡检记录: every call needs a technician's session; each test run and each printed 巡检单 is
 * audited by the service with the technician's enrolment id. `admin.checks.lastInspection` is what the
 * status page asks for "no inspection in the last 24 h".
 */
export function createChecksHandlers(
  admin: AdminServices,
  deps: AdminDependencies,
  service = checksServiceFrom(deps),
): ChecksHandlers {
  return {
    'admin.checks.list': guarded(admin.auth, 'technician', () => ok({ day: service.today(), rows: service.rows() })),
    'admin.checks.run': guarded(admin.auth, 'technician', async ({ check, waitSeconds }, session) =>
      ok(await service.run(check, session.enrolmentId, waitSeconds)),
    ),
    'admin.checks.confirm': guarded(admin.auth, 'technician', (request, session) => {
      const kept = service.confirm(request, session.enrolmentId);
      return kept.ok ? ok({ result: kept.value }) : kept;
    }),
    'admin.checks.record': guarded(admin.auth, 'technician', ({ day }) => ok(service.record(day))),
    'admin.checks.printRecord': guarded(admin.auth, 'technician', ({ day }, session) =>
      service.printRecord(session.enrolmentId, day),
    ),
    'admin.checks.lastInspection': guarded(admin.auth, 'technician', () => ok(service.lastInspection())),
  };
}
