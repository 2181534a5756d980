import { ok } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { guarded } from '../admin-guard.js';
import type { AdminDependencies, AdminServices } from '../admin-services.js';
import { StatusService } from './status-service.js';
import { StatusStore } from './status-store.js';

export function statusServiceFrom(deps: AdminDependencies): StatusService {
  const store = deps.platform.store;
  return new StatusService({
    store: new StatusStore(store),
    now: () => store.clock.now(),
    kioskId: deps.config.kioskId,
    version: deps.version,
    host: deps.host,
    startedAt: deps.startedAt,
    dataDir: deps.dataDir,
    platformKind: deps.platform.kind,
    gateway: deps.platform.gateway,
    catalogVersion: () => deps.catalog.current().version,
    health: () => deps.health.read(),
    devices: () => deps.devices.snapshots(),
    subscribe: (listener) =>
      deps.devices.subscribe((event) => {
        if (event.type === 'status') listener(event.snapshot);
      }),
    outbox: () => deps.platform.outbox.status(),
  });
}

/** 状态, the console's home page: read-only, so not audited (opening it is not an action). */
export function createStatusHandlers(
  admin: AdminServices,
  deps: AdminDependencies,
  service = statusServiceFrom(deps),
): Pick<Handlers, 'admin.status'> {
  return {
    'admin.status': guarded(admin.auth, 'technician', async () => {
      // A slow or absent platform must not hold the page: the round trip gets 1.5 s here, and a slower
      // answer shows on the next refresh.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        service.measureLatency(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, 1500);
        }),
      ]);
      clearTimeout(timer);
      return ok(service.read());
    }),
  };
}
