import type { KioskConfig } from '../../../shared/config/kiosk-config.js';
import { err, ok } from '../../../shared/result.js';
import type { DeviceManager } from '../../devices/device-manager.js';
import type { EventHub } from '../../rpc/event-hub.js';
import type { HealthMonitor } from '../app/health-monitor.js';
import type { CatalogService } from '../catalog/catalog-service.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { Logger } from '../log/logger.js';
import type { PlatformServices } from '../platform/platform-services.js';
import { AdminAuth, type CardSource } from './admin-auth.js';
import { TechnicianStore } from './technician-store.js';

/** Everything the console's services may use: built once by the composition root. */
export interface AdminDependencies {
  readonly dataDir: string;
  readonly version: string;
  readonly host: 'electron' | 'web';
  readonly startedAt: Date;
  readonly loaded: LoadedConfig;
  readonly config: KioskConfig;
  readonly platform: PlatformServices;
  readonly devices: DeviceManager;
  readonly catalog: CatalogService;
  readonly health: HealthMonitor;
  readonly events: EventHub;
  readonly logger: Logger;
  /** The host's way to restart the application (BackendOptions.restartApp); absent, the console does not offer it. */
  readonly restartApp?: () => void;
}

export interface AdminServices {
  readonly auth: AdminAuth;
  readonly technicians: TechnicianStore;
  close(): void;
}

/** The card reader as the console sees it: reads go to the device manager, removals come from its events. */
export function cardSourceFrom(devices: DeviceManager): CardSource {
  return {
    async readCard(timeoutMs) {
      const read = await devices.readIdCard({ timeoutMs });
      return read.ok ? ok(read.value) : err(read.error.code, read.error.message);
    },
    onCardRemoved(listener) {
      return devices.subscribe((event) => {
        if (event.type === 'card' && event.event === 'removed') listener();
      });
    },
  };
}

export function openAdminServices(deps: AdminDependencies): AdminServices {
  const technicians = new TechnicianStore(deps.platform.store);
  technicians.syncDeployment(deps.config.admin.technicians);
  const auth = new AdminAuth({
    config: deps.config.admin,
    technicians,
    cards: cardSourceFrom(deps.devices),
    audit: deps.platform.audit,
    clock: deps.platform.store.clock,
    logger: deps.logger.child('admin'),
  });
  return {
    auth,
    technicians,
    close() {
      auth.close();
    },
  };
}
