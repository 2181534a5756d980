import { defaultConsumablesConfig, type ConsumablesConfig } from '../../../../shared/config/consumables-config.js';
import { ok } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { guarded } from '../admin-guard.js';
import type { AdminDependencies, AdminServices } from '../admin-services.js';
import { ConsumablesService } from './consumables-service.js';
import { ConsumablesStore } from './consumables-store.js';

/**
 * Until the admin config carries a `consumables` object (shared/config/consumables-config.ts), the defaults
 * apply: A4 250 sheets low at 20 %, receipt roll 80 m low at 10 %.
 */
export function consumablesServiceFrom(
  deps: AdminDependencies,
  config: ConsumablesConfig = defaultConsumablesConfig,
): ConsumablesService {
  const store = deps.platform.store;
  return new ConsumablesService({
    store: new ConsumablesStore(store),
    config,
    devicesConfig: deps.config.devices,
    snapshot: (device) => deps.devices.device(device).snapshot(),
    onPrinted: (listener) => deps.devices.onPrinted(listener),
    audit: deps.platform.audit,
    now: () => store.clock.now(),
  });
}

/** 耗材: the counts and the printers' own reports; 已换纸 resets a count (audited). Health gets a `consumables` line. */
export function createConsumablesHandlers(
  admin: AdminServices,
  deps: AdminDependencies,
  service = consumablesServiceFrom(deps, deps.config.admin.consumables),
): Pick<Handlers, 'admin.consumables.list' | 'admin.consumables.refill'> {
  deps.health.register('consumables', () => service.health());
  return {
    'admin.consumables.list': guarded(admin.auth, 'technician', async () => {
      await service.refreshReports();
      return ok({ consumables: service.list() });
    }),
    'admin.consumables.refill': guarded(admin.auth, 'technician', ({ media }, session) =>
      ok(service.refill(media, session.enrolmentId)),
    ),
  };
}
