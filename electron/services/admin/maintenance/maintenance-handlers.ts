import { ok } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { guarded } from '../admin-guard.js';
import type { AdminDependencies, AdminServices } from '../admin-services.js';
import { siteSettingsFor } from '../settings/site-settings.js';

/** 技术员: maintenance mode on (for a time, or until turned off) and off. Audited with who and how long. */
export function createMaintenanceHandlers(
  admin: AdminServices,
  deps: AdminDependencies,
): Pick<Handlers, 'admin.maintenance.get' | 'admin.maintenance.set'> {
  const maintenance = () => siteSettingsFor(deps).maintenance;
  return {
    'admin.maintenance.get': guarded<'admin.maintenance.get'>(admin.auth, 'technician', () => ok(maintenance().read())),
    'admin.maintenance.set': guarded<'admin.maintenance.set'>(admin.auth, 'technician', ({ on, length }, session) =>
      ok(
        on
          ? maintenance().turnOn(length ?? 'untilOff', session.enrolmentId)
          : maintenance().turnOff(session.enrolmentId),
      ),
    ),
  };
}
