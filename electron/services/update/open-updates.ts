import { join } from 'node:path';
import type { HealthCheck } from '../../../shared/contract/app.js';
import type { UpdateConfig } from '../../../shared/config/update-config.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Logger } from '../log/logger.js';
import type { CitizenPresence } from './citizen-presence.js';
import { HttpDownloader } from './http-downloader.js';
import type { UpdateDownloader, UpdateInstaller } from './installer.js';
import { fetchRelease } from './update-feed.js';
import { UpdateLedger } from './update-ledger.js';
import { type UpdateStatus, UpdateService } from './update-service.js';

/** What a host brings to updates: how to install (and, unless it is the plain HTTP download, how to download). */
export interface UpdateHostParts {
  readonly installer: UpdateInstaller;
  readonly downloader?: UpdateDownloader;
}

/** The host's factory, given the configured feed (electron-updater's glue points its own feed there). */
export type UpdateHost = (config: UpdateConfig, updatesDir: string) => UpdateHostParts;

export interface Updates {
  readonly service: UpdateService | undefined;
  health(): HealthCheck;
  close(): void;
}

const PHASE_LEVEL: Partial<Record<UpdateStatus['phase'], HealthCheck['level']>> = {
  refused: 'degraded',
  rolledBack: 'degraded',
  rollbackImpossible: 'down',
};

/**
 * Updates for the composition root: off without a feed; with a feed but a host that cannot install (the web
 * host without a directory install), said in health and nothing more; else the update service, started.
 */
export function openUpdates(deps: {
  readonly config: UpdateConfig;
  readonly kioskId: string;
  readonly version: string;
  readonly dataDir: string;
  readonly presence: CitizenPresence;
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly host: UpdateHost | undefined;
  /** Out of service: the kiosk does not change version on its own (a technician fixes the configuration first). */
  readonly hold: boolean;
}): Updates {
  const { config } = deps;
  if (!config.feedUrl || deps.hold) {
    const detail = deps.hold ? 'held while the kiosk is out of service' : 'off: no feed configured';
    return { service: undefined, health: () => ({ name: 'update', level: 'ok', detail }), close: () => undefined };
  }
  if (!deps.host) {
    return {
      service: undefined,
      health: () => ({
        name: 'update',
        level: 'degraded',
        detail: 'a feed is configured but this host cannot install updates',
      }),
      close: () => undefined,
    };
  }
  const updatesDir = join(deps.dataDir, 'updates');
  const parts = deps.host(config, updatesDir);
  const log = deps.logger.child('update');
  const service = new UpdateService({
    config,
    kioskId: deps.kioskId,
    runningVersion: deps.version,
    fetchRelease: (url) => fetchRelease(url),
    downloader: parts.downloader ?? new HttpDownloader(config.feedUrl, updatesDir),
    installer: parts.installer,
    presence: deps.presence,
    ledger: new UpdateLedger(join(deps.dataDir, 'state', 'update-ledger.json')),
    updatesDir,
    audit: (event) => deps.audit.record(event),
    log: (level, text) => log[level](text),
  });
  void service.start().catch((e: unknown) => log.warn(`update start: ${String(e).slice(0, 300)}`));
  return {
    service,
    health: () => {
      const s = service.status();
      const words = [s.phase, s.version, s.detail].filter(Boolean).join(' — ');
      return {
        name: 'update',
        level: PHASE_LEVEL[s.phase] ?? 'ok',
        detail: `running ${s.runningVersion}${s.onTrial ? ' (on trial)' : ''}; ${words}`.slice(0, 500),
      };
    },
    close: () => service.close(),
  };
}
