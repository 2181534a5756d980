import type { Handlers } from '../../rpc/handlers.js';
import type { AdminDependencies, AdminServices } from './admin-services.js';
import { cardSourceFrom } from './admin-services.js';
import { err, ok } from '../../../shared/result.js';
import { guarded } from './admin-guard.js';
import { createAuthHandlers } from './auth-handlers.js';
import { createChecksHandlers } from './checks/checks-handlers.js';
import { createConsumablesHandlers } from './consumables/consumables-handlers.js';
import { createDiagnosticsHandlers } from './diagnostics/diagnostics-handlers.js';
import { createStatusHandlers } from './status/status-handlers.js';
import { createStatisticsHandlers } from './statistics/statistics-handlers.js';
import { createSystemHandlers } from './system/system-handlers.js';
import { createSettingsHandlers } from './settings/settings-handlers.js';
import { createMaintenanceHandlers } from './maintenance/maintenance-handlers.js';

/**
 * Every call of the technician's console, one factory per page's domain. Each console handler is wrapped in
 * the session guard (admin-guard.ts) by its factory; this file only gathers them.
 */
export function createConsoleHandlers(admin: AdminServices, deps: AdminDependencies) {
  const now = () => deps.platform.store.clock.now();
  return {
    ...createAuthHandlers(admin, {
      config: deps.config.admin,
      cards: cardSourceFrom(deps.devices),
      audit: deps.platform.audit,
      now,
    }),
    ...createStatusHandlers(admin, deps),
    ...createDiagnosticsHandlers(admin, deps),
    ...createSystemHandlers(admin, deps),
    ...createChecksHandlers(admin, deps),
    ...createConsumablesHandlers(admin, deps),
    ...createStatisticsHandlers(admin, deps),
    ...createSettingsHandlers(admin, deps),
    ...createMaintenanceHandlers(admin, deps),
    'admin.devices.reset': guarded<'admin.devices.reset'>(admin.auth, 'technician', async ({ device }, session) => {
      const result = await deps.devices.reset(device);
      deps.platform.audit.record({
        actor: 'admin',
        action: 'admin.deviceReset',
        subject: device,
        detail: { by: session.enrolmentId, ok: result.ok },
      });
      return result.ok ? ok({}) : err(result.error.code, result.error.message);
    }),
  } satisfies Partial<Handlers>;
}
