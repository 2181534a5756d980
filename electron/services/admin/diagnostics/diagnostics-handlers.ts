import { arch, platform as osPlatform, release } from 'node:os';
import { basename, join } from 'node:path';
import type { adminDiagnosticsMethods } from '../../../../shared/contract/admin-diagnostics.js';
import { ok } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { guarded } from '../admin-guard.js';
import type { AdminDependencies, AdminServices } from '../admin-services.js';
import type { BundleSources } from './bundle.js';
import { DiagnosticsService } from './diagnostics-service.js';
import { DiagnosticsStore } from './diagnostics-store.js';
import { isSecretKey, MASKED } from './mask.js';
import { driveFinderFor, type DriveFinder, linuxDriveFinder } from './removable-drives.js';

/** Versions for the bundle and the system page: the app's, the runtimes', the OS's. */
export function runtimeVersions(version: string, host: 'electron' | 'web') {
  return {
    app: version,
    host,
    node: process.versions.node,
    ...(process.versions.electron ? { electron: process.versions.electron } : {}),
    os: `${osPlatform()} ${release()} ${arch()}`,
  };
}

/** Where the configuration came from, without a folder that may carry a user's name. */
function sourceKind(source: string): string {
  if (source === 'defaults' || source === 'none') return source;
  return source.endsWith('(last good copy)') ? 'last good copy' : `file ${basename(source)}`;
}

export function bundleSourcesFrom(deps: AdminDependencies): BundleSources {
  const store = deps.platform.store;
  const overrides = new DiagnosticsStore(store);
  return {
    kioskId: deps.config.kioskId,
    now: () => store.clock.now(),
    health: () => deps.health.read(),
    devices: () => deps.devices.snapshots(),
    settings: () => ({
      source: sourceKind(deps.loaded.source),
      ...(deps.loaded.problem ? { problem: deps.loaded.problem } : {}),
      effective: deps.config,
      consoleOverrides: overrides.overrides().map((row) => (isSecretKey(row.key) ? { ...row, value: MASKED } : row)),
    }),
    logDir: join(deps.dataDir, 'logs'),
    audit: (limit) => deps.platform.audit.list({ limit }),
    versions: () => ({ ...runtimeVersions(deps.version, deps.host), startedAt: deps.startedAt.toISOString() }),
    outbox: () => deps.platform.outbox.status(),
    schemaVersion: () => store.schemaVersion(),
  };
}

/**
 * The drives the service may write to. Tests of the whole kiosk (the e2e suite) cannot mount a USB stick:
 * under vitest only, KIOSK_TEST_REMOVABLE_ROOT names a folder holding a fake proc/mounts, sys/block and the
 * mounts themselves under media/; nothing else reads it, and outside a test run it is ignored.
 */
export function drivesFor(env: NodeJS.ProcessEnv = process.env): DriveFinder {
  const root = env.VITEST === 'true' ? env.KIOSK_TEST_REMOVABLE_ROOT : undefined;
  if (root) {
    return linuxDriveFinder({
      procMounts: join(root, 'proc', 'mounts'),
      sysBlock: join(root, 'sys', 'block'),
      mountRoots: [`${join(root, 'media')}/`],
    });
  }
  return driveFinderFor(process.platform);
}

/** 诊断: list removable drives, save the bundle to one, or download it under the web host. */
export function createDiagnosticsHandlers(
  admin: AdminServices,
  deps: AdminDependencies,
  service = new DiagnosticsService({
    sources: bundleSourcesFrom(deps),
    drives: drivesFor(),
    host: deps.host,
    audit: deps.platform.audit,
    logger: deps.logger.child('diagnostics'),
  }),
): Pick<Handlers, 'admin.diagnostics.drives' | 'admin.diagnostics.saveToDrive' | 'admin.diagnostics.download'> {
  return {
    'admin.diagnostics.drives': guarded(admin.auth, 'technician', async () =>
      ok({ drives: (await service.drives()).slice(0, 16), canDownload: service.canDownload }),
    ),
    'admin.diagnostics.saveToDrive': guarded(admin.auth, 'technician', ({ driveId }, session) =>
      service.saveToDrive(driveId, session.enrolmentId),
    ),
    'admin.diagnostics.download': guarded(admin.auth, 'technician', (_request, session) =>
      service.download(session.enrolmentId),
    ),
  } satisfies Pick<Handlers, keyof typeof adminDiagnosticsMethods & `admin.diagnostics.${string}`>;
}
