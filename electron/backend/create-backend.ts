import { join } from 'node:path';
import { demoAdminConfig } from '../developer/demo-admin.js';
import { createDeveloperHandlers } from '../developer/developer-handlers.js';
import { connectDeviceEvents, createDeviceHandlers } from '../devices/device-handlers.js';
import { DeviceManager } from '../devices/device-manager.js';
import { createVoiceHandlers } from '../devices/voice/voice-handlers.js';
import { VoiceService } from '../devices/voice/voice-service.js';
import { createDispatcher, type Dispatch } from '../rpc/dispatcher.js';
import { EventHub } from '../rpc/event-hub.js';
import type { Handlers } from '../rpc/handlers.js';
import { openAdminServices } from '../services/admin/admin-services.js';
import { createConsoleHandlers } from '../services/admin/console-handlers.js';
import { statisticsFor } from '../services/admin/statistics/statistics-handlers.js';
import { withUsageCounting } from '../services/admin/statistics/usage-counting.js';
import { layerAtStart, siteSettingsFor } from '../services/admin/settings/site-settings.js';
import { withCitizenGate } from '../services/admin/maintenance/citizen-gate.js';
import { createAppHandlers } from '../services/app/app-handlers.js';
import { IdentityScope } from '../services/identity/identity-scope.js';
import { withIdentityScope } from '../services/identity/scoped-handlers.js';
import { createAttachmentHandlers } from '../services/attachments/attachment-handlers.js';
import { CitizenPresence } from '../services/update/citizen-presence.js';
import { openUpdates, type Updates } from '../services/update/open-updates.js';
import { createPresenceHandlers, withPresence } from '../services/update/presence-handlers.js';
import { HealthMonitor } from '../services/app/health-monitor.js';
import { connectCatalogEvents, createCatalogHandlers } from '../services/catalog/catalog-handlers.js';
import { CatalogService } from '../services/catalog/catalog-service.js';
import { type LoadedConfig, loadKioskConfig } from '../services/config/load-config.js';
import { catalogLookupFor } from '../services/platform/catalog-adapter.js';
import { createIdentityHandlers } from '../services/platform/identity-handlers.js';
import { createPlatformHandlers } from '../services/platform/platform-handlers.js';
import { heartbeatDevices, openPlatformServices } from '../services/platform/platform-services.js';
import type { KioskConfig } from '../../shared/config/kiosk-config.js';
import { err, ok } from '../../shared/result.js';
import type { BackendOptions } from './backend-options.js';

export interface KioskBackend {
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  readonly loaded: LoadedConfig;
  readonly health: HealthMonitor;
  /** Signed updates: the shell reports a crash loop of the page here (a version on trial is rolled back). */
  readonly updates: Updates;
  close(): Promise<void>;
}

/**
 * The composition root shared by the Electron main process and the web host: it builds the services and
 * devices from configuration and wires them to one dispatcher. Nothing here imports electron.
 */
export async function createKioskBackend(options: BackendOptions): Promise<KioskBackend> {
  const log = options.logger.child('backend');
  const fromFile = loadKioskConfig(options.configPath ?? join(options.dataDir, 'kiosk.config.json'), {
    deployed: options.deployed ?? false,
    lastGoodPath: join(options.dataDir, 'state', 'last-good-config.json'),
  });
  // Out of service, nothing of developer mode applies: no developer calls, no simulator panel.
  const finish = (config: KioskConfig): KioskConfig =>
    options.developerMode === undefined ? config : { ...config, developerMode: options.developerMode };
  // The console's settings are a layer over the file (electron/services/admin/settings): the kiosk starts on
  // the file with the stored overrides that are still valid over it, so devices and platform start as set.
  const { loaded, layer } = layerAtStart(fromFile, options.dataDir, finish);
  for (const dropped of layer.dropped)
    log.warn(`config: console setting ${dropped.key.slice(0, 80)} left out (${dropped.why})`);
  if (loaded.outOfService) log.error(`config: out of service: ${loaded.outOfService}`);
  else if (loaded.problem) log.warn(`config: ${loaded.problem} — running on ${loaded.source}`);

  const health = new HealthMonitor();
  health.register('config', () =>
    loaded.outOfService
      ? { name: 'config', level: 'down', detail: `out of service: ${loaded.outOfService}`.slice(0, 500) }
      : loaded.problem
        ? { name: 'config', level: 'degraded', detail: `${loaded.problem} (running on ${loaded.source})`.slice(0, 500) }
        : { name: 'config', level: 'ok', detail: `from ${loaded.source}` },
  );

  const events = new EventHub();
  const closers: Array<() => Promise<void> | void> = [];

  // Service catalog (electron/services/catalog): the bundled 59 items, replaced by a platform catalog only after it validates.
  const catalog = new CatalogService({
    logger: options.logger.child('catalog'),
    saveFile: join(options.dataDir, 'catalog', 'current.json'),
  });
  closers.push(connectCatalogEvents(catalog, events));
  health.register('catalog', () => catalog.health());

  // Store, platform gateway, outbox, documents and audit log (electron/services/platform/platform-services.ts).
  let deviceSnapshots: () => Parameters<typeof heartbeatDevices>[0] = () => [];
  const platform = openPlatformServices({
    dataDir: options.dataDir,
    config: loaded.config,
    // Out of service the queue is kept, not sent: the defaults' platform is not the one it was meant for.
    hold: loaded.outOfService !== undefined,
    logger: options.logger,
    version: options.version,
    catalog: () => catalogLookupFor(catalog.current()),
    onCatalog: (document) => {
      const replaced = catalog.replace(document, 'platform');
      if (!replaced.ok) log.warn(`catalog from the platform rejected: ${replaced.error.message.slice(0, 300)}`);
    },
    deviceStates: () => heartbeatDevices(deviceSnapshots()),
    ...(options.keyProvider ? { keyProvider: options.keyProvider } : {}),
    ...(options.keyDir ? { keyDir: options.keyDir } : {}),
  });
  closers.push(() => platform.close());
  for (const name of ['store', 'platform'] as const) {
    health.register(
      name,
      () => platform.healthChecks().find((c) => c.name === name) ?? { name, level: 'down', detail: 'no report' },
    );
  }

  // Device layer (electron/devices): one driver per class from config.devices — simulators by default; drivers
  // with native code run in their own device-host process. Status, card and scan events go to the renderer.
  const devices = await DeviceManager.create({
    config: loaded.config.devices,
    logger: options.logger.child('devices'),
    developerMode: loaded.config.developerMode,
    ...(options.hostLauncher ? { hostLauncher: options.hostLauncher } : {}),
  });
  const disconnectDevices = connectDeviceEvents(devices, events, log);
  devices.start();
  closers.push(async () => {
    disconnectDevices();
    await devices.stop();
  });
  health.register('devices', () => devices.health());
  deviceSnapshots = () => devices.snapshots();

  // Voice (electron/devices/voice): the configured synthesizer and the clip pack of `npm run voice:build`.
  const voice = VoiceService.create(loaded.config.voice, options.dataDir, { logger: options.logger });
  voice.start();
  closers.push(() => voice.close());
  health.register('voice', () => voice.health());

  // The technician's console (electron/services/admin): sign-in, device checks, settings, statistics. In
  // developer mode a kiosk whose file enrols nobody gets the demo technicians (electron/developer/demo-admin.ts).
  const demoConsole =
    loaded.config.developerMode && !loaded.outOfService && loaded.config.admin.technicians.length === 0;
  if (demoConsole) log.warn('console: developer mode and nobody enrolled — the demo technicians may sign in');
  const adminDependencies = {
    dataDir: options.dataDir,
    version: options.version,
    host: options.host,
    startedAt: new Date(),
    loaded,
    config: demoConsole ? { ...loaded.config, admin: await demoAdminConfig(loaded.config.admin) } : loaded.config,
    platform,
    devices,
    catalog,
    health,
    events,
    logger: options.logger,
    ...(options.restartApp ? { restartApp: options.restartApp } : {}),
  };
  const admin = openAdminServices(adminDependencies);
  closers.push(() => admin.close());
  // Usage statistics (electron/services/admin/statistics): uptime and device faults from here on; ratings and
  // pages printed are counted on the way back from their calls (withUsageCounting below).
  const statistics = statisticsFor(adminDependencies);
  closers.push(() => statistics.close());
  // Settings over the file and maintenance mode: live changes go to the page as config.changed.
  const site = siteSettingsFor(adminDependencies, {
    layer,
    deploymentConfig: finish(fromFile.config),
    finish,
  });
  closers.push(() => site.close());
  health.register('settings', () => site.health());

  // Signed updates (electron/services/update): installed only when nobody uses the kiosk; the page says when a
  // citizen's session begins and ends, and the console counts as use while it is open.
  const presence = new CitizenPresence(Date.now, 30 * 60_000, () => admin.auth.current() !== undefined);
  const updates = openUpdates({
    config: loaded.config.update,
    kioskId: loaded.config.kioskId,
    version: options.version,
    dataDir: options.dataDir,
    presence,
    audit: platform.audit,
    logger: options.logger,
    host: options.updateHost,
    hold: loaded.outOfService !== undefined,
  });
  closers.push(() => updates.close());
  health.register('update', () => updates.health());

  const handlers: Handlers = {
    ...createPresenceHandlers(presence),
    ...createAppHandlers({
      name: 'gov-kiosk',
      version: options.version,
      host: options.host,
      startedAt: new Date(),
      loaded,
      health,
    }),
    ...createCatalogHandlers(catalog),
    ...createPlatformHandlers(platform, events),
    ...createAttachmentHandlers(platform.outbox.attachments, platform.audit),
    ...createIdentityHandlers(platform),
    ...createDeviceHandlers(devices),
    ...createVoiceHandlers(voice),
    ...createConsoleHandlers(admin, adminDependencies),
    // The configuration the page sees is the running layer (console settings, maintenance), not the file alone.
    'config.get': () => ok(site.publicConfig()),
    ...(!loaded.outOfService && (options.developerApi ?? loaded.config.developerMode)
      ? createDeveloperHandlers({
          devices,
          developerMode: loaded.config.developerMode,
          logger: options.logger.child('developer'),
          localPlatform: platform.localPlatform,
        })
      : {}),
  };

  // The main process owns who the citizen is: personal-data calls answer only for the identified person.
  const counted = withUsageCounting(
    // Maintenance mode and items the site turned off: main refuses the citizen's calls, whatever the page does.
    withCitizenGate(handlers, {
      maintenanceOn: () => site.maintenance.isOn(),
      config: () => site.settings.current(),
      catalog: () => catalog.current(),
    }),
    statistics.recorder,
    (text) => log.warn(text),
  );
  const dispatch = createDispatcher(
    withPresence(withIdentityScope(counted, new IdentityScope()), presence),
    options.logger.child('rpc'),
  );
  return {
    dispatch: loaded.outOfService ? outOfServiceDispatch(dispatch, loaded.outOfService) : dispatch,
    events,
    loaded,
    health,
    updates,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}

/** What an out-of-service kiosk still answers: who it is, its health and the page's configuration. */
const ANSWERED_OUT_OF_SERVICE = new Set(['app.info', 'app.health', 'config.get']);

function outOfServiceDispatch(dispatch: Dispatch, reason: string): Dispatch {
  return (method, payload, context) =>
    typeof method === 'string' && ANSWERED_OUT_OF_SERVICE.has(method)
      ? dispatch(method, payload, context)
      : Promise.resolve(err('unavailable', `The kiosk is out of service: ${reason}`.slice(0, 600)));
}
