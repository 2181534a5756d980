import { toPublicConfig } from '../../../shared/config/kiosk-config.js';
import type { HostKind } from '../../backend/backend-options.js';
import { ok } from '../../../shared/result.js';
import type { Handlers } from '../../rpc/handlers.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { HealthMonitor } from './health-monitor.js';

export interface AppHandlerDeps {
  readonly name: string;
  readonly version: string;
  readonly host: HostKind;
  readonly startedAt: Date;
  readonly loaded: LoadedConfig;
  readonly health: HealthMonitor;
}

export function createAppHandlers(deps: AppHandlerDeps): Pick<Handlers, 'app.info' | 'app.health' | 'config.get'> {
  return {
    'app.info': () =>
      ok({
        name: deps.name,
        version: deps.version,
        host: deps.host,
        kioskId: deps.loaded.config.kioskId,
        startedAt: deps.startedAt.toISOString(),
      }),
    'app.health': () => ok(deps.health.read()),
    'config.get': () => ok(toPublicConfig(deps.loaded.config, deps.loaded.outOfService)),
  };
}
