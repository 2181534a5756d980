import { join } from 'node:path';
import { type KioskConfig, type PublicConfig, toPublicConfig } from '../../../../shared/config/kiosk-config.js';
import { type LenientLayer, layerLeniently } from '../../../../shared/config/settings-layer.js';
import type { HealthCheck } from '../../../../shared/contract/app.js';
import type { LoadedConfig } from '../../config/load-config.js';
import type { AdminDependencies } from '../admin-services.js';
import { MaintenanceService } from '../maintenance/maintenance-service.js';
import { SettingsService } from './settings-service.js';
import { readOverridesAtStart } from './settings-store.js';

/**
 * The configuration the kiosk starts with: the deployment file with the console's stored overrides over it
 * (shared/config/settings-layer.ts). Called by the composition root before anything is built from the
 * configuration, so devices and the platform start as the console left them. An out-of-service kiosk gets no
 * layer (it serves nobody, and the console's settings are no reason to serve). The host's own imposition
 * (`finish`, e.g. the web host's developer flag) goes over the layer, as over the file.
 */
export function layerAtStart(
  fromFile: LoadedConfig,
  dataDir: string,
  finish: (config: KioskConfig) => KioskConfig,
): { loaded: LoadedConfig; layer: LenientLayer } {
  if (fromFile.outOfService) return { loaded: fromFile, layer: { config: fromFile.config, applied: {}, dropped: [] } };
  const stored = readOverridesAtStart(join(dataDir, 'kiosk.db'));
  const layered = layerLeniently(
    fromFile.document ?? {},
    fromFile.config,
    stored,
    fromFile.config.admin.lockedSettings,
  );
  const layer = { ...layered, config: finish(layered.config) };
  return { loaded: { ...fromFile, config: layer.config }, layer };
}

export interface SiteSettings {
  readonly settings: SettingsService;
  readonly maintenance: MaintenanceService;
  /** What the page may see now: the running configuration, with maintenance. */
  publicConfig(): PublicConfig;
  health(): HealthCheck;
  close(): void;
}

const opened = new WeakMap<AdminDependencies, SiteSettings>();

/**
 * The settings layer and maintenance mode of this backend, one instance shared by the console's handlers, the
 * citizen gate and `config.get`. The composition root opens it with what it started on; opened on first use
 * otherwise (a test building the console alone), with the running configuration and no overrides.
 */
export function siteSettingsFor(
  deps: AdminDependencies,
  start?: {
    readonly layer: LenientLayer;
    readonly deploymentConfig: KioskConfig;
    readonly finish: (c: KioskConfig) => KioskConfig;
  },
): SiteSettings {
  const existing = opened.get(deps);
  if (existing) return existing;
  const store = deps.platform.store;
  const settings = new SettingsService({
    store,
    audit: deps.platform.audit,
    document: deps.loaded.document ?? {},
    deploymentConfig: start?.deploymentConfig ?? deps.loaded.config,
    atStart: start?.layer ?? { config: deps.loaded.config, applied: {}, dropped: [] },
    locked: deps.loaded.config.admin.lockedSettings,
    catalog: () => deps.catalog.current(),
    ...(start ? { finish: start.finish } : {}),
  });
  const maintenance = new MaintenanceService({
    store,
    audit: deps.platform.audit,
    logger: deps.logger.child('maintenance'),
  });
  const publicConfig = () => toPublicConfig(settings.current(), deps.loaded.outOfService, maintenance.publicState());
  // The page replaces its configuration with each change (KioskRoot): idle timings, texts, items off, maintenance.
  const push = () => deps.events.emit('config.changed', publicConfig());
  const offSettings = settings.onChange(push);
  const offMaintenance = maintenance.onChange(push);
  const dropped = start?.layer.dropped ?? [];
  const site: SiteSettings = {
    settings,
    maintenance,
    publicConfig,
    health: () =>
      maintenance.isOn()
        ? { name: 'settings', level: 'degraded', detail: 'maintenance mode: citizens are not served' }
        : dropped.length > 0
          ? {
              name: 'settings',
              level: 'degraded',
              detail:
                `console settings left out at start: ${dropped.map((d) => `${d.key} (${d.why})`).join(', ')}`.slice(
                  0,
                  500,
                ),
            }
          : { name: 'settings', level: 'ok', detail: 'console settings in force' },
    close() {
      offSettings();
      offMaintenance();
      maintenance.close();
    },
  };
  opened.set(deps, site);
  return site;
}
