import { basename, join } from 'node:path';
import type { HealthCheck } from '../../../shared/contract/app.js';
import type { KioskConfig } from '../../../shared/config/kiosk-config.js';
import type { DeviceSnapshot } from '../../../shared/devices/device-status.js';
import type { CatalogLookup, Heartbeat, PlatformGateway } from '../../../shared/platform/index.js';
import { AuditLog } from '../audit/audit-log.js';
import { DocumentService } from '../documents/documents-service.js';
import type { Logger } from '../log/logger.js';
import { Outbox } from '../outbox/outbox.js';
import { type Clock, systemClock } from '../store/clock.js';
import { FileKeyProvider, type KeyProvider } from '../store/key-provider.js';
import { keyDirFor, moveLegacyKeys } from '../store/key-location.js';
import { openStoreRecovering, purgeDamagedStores } from '../store/store-recovery.js';
import type { KioskStore } from '../store/store.js';
import { createHttpPlatformClient } from './http-client.js';
import { createLocalPlatform, type LocalPlatform, type ReviewTiming } from '../../../server/platform/local-platform.js';
import {
  adoptEmbeddedPlatformData,
  openPlatformStore,
  type PlatformStore,
} from '../../../server/platform/platform-store.js';
import { loadOrCreateSigningKey } from '../../../server/platform/signing-key.js';

export interface PlatformServicesOptions {
  readonly dataDir: string;
  readonly config: KioskConfig;
  readonly logger: Logger;
  readonly version: string;
  readonly catalog: () => CatalogLookup;
  /** Electron passes its safeStorage provider; otherwise a 0600 key file in the key folder. */
  readonly keyProvider?: KeyProvider;
  /** The key folder (store key, platform signing key): outside the data folder (store/key-location.ts). */
  readonly keyDir?: string;
  readonly clock?: Clock;
  readonly fontDir?: string;
  /** Embedded platform's review clock (demo default: in review after 2 min, decided after 10 min). */
  readonly review?: ReviewTiming;
  /** Outbox retry timing (tests make it short). */
  readonly backoff?: { baseMs: number; maxMs: number };
  readonly heartbeatIntervalMs?: number;
  /** Device states for the heartbeat (the device layer provides them). */
  readonly deviceStates?: () => Heartbeat['devices'];
  /** A newer catalog from the platform (catalog sync): the catalog service validates it before using it. */
  readonly onCatalog?: (document: unknown) => void;
  /** Keep the outbox and heartbeat stopped (an out-of-service kiosk holds its queue, sends nothing). */
  readonly hold?: boolean;
  /** How long submit() waits for the platform's acknowledgement before answering with the local number. */
  readonly submitWaitMs?: number;
}

export interface PlatformServices {
  readonly store: KioskStore;
  readonly audit: AuditLog;
  readonly gateway: PlatformGateway;
  readonly kind: 'embedded' | 'http';
  readonly kioskId: string;
  readonly localPlatform?: LocalPlatform;
  readonly outbox: Outbox;
  readonly documents: DocumentService;
  readonly catalog: () => CatalogLookup;
  readonly submitWaitMs: number;
  /** Runs the retention rules now (also hourly). */
  purge(): void;
  healthChecks(): HealthCheck[];
  close(): Promise<void>;
}

/** Device snapshots as the heartbeat reports them: class, status and paper, nothing else. */
export function heartbeatDevices(snapshots: readonly DeviceSnapshot[]): Heartbeat['devices'] {
  return snapshots.slice(0, 16).map((s) => ({
    deviceClass: s.device,
    state: s.status,
    ...(s.state.kind === 'printer'
      ? { detail: `paper:${s.state.paper}` }
      : s.state.kind === 'idCardReader'
        ? { detail: `sam:${s.state.sam}` }
        : {}),
  }));
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * Opens the store and builds the platform side of the kiosk from configuration: the gateway (embedded
 * local platform on the same store, or the HTTP client), the outbox with its sender, the documents
 * service, the audit log, the retention timer and, for an HTTP platform, the heartbeat.
 */
export function openPlatformServices(options: PlatformServicesOptions): PlatformServices {
  const log = options.logger.child('platform');
  const clock = options.clock ?? systemClock;
  const keys = options.keyDir ?? keyDirFor(options.dataDir);
  const movedKeys = moveLegacyKeys(options.dataDir, keys);
  if (movedKeys.length > 0) log.info(`keys: moved ${movedKeys.length} key file(s) out of the data folder`);
  const keyProvider = options.keyProvider ?? new FileKeyProvider(join(keys, 'store.key'));
  const kioskDb = join(options.dataDir, 'kiosk.db');
  const platformConfig = options.config.platform;
  // The embedded platform has its own file; an older kiosk.db's platform tables move there before the
  // kiosk store's migration drops them.
  let platformStore: PlatformStore | undefined;
  let localPlatform: LocalPlatform | undefined;
  let gateway: PlatformGateway;
  if (platformConfig.kind === 'embedded') {
    platformStore = openPlatformStore({ path: join(options.dataDir, 'platform.db'), keyProvider, clock });
    let adopted = 0;
    try {
      adopted = adoptEmbeddedPlatformData(platformStore, kioskDb);
    } catch (error) {
      // A kiosk.db that cannot be read is the store's to recover (below); the platform starts without it.
      log.warn(`platform: kiosk.db unreadable for older platform rows (${(error as Error).message.slice(0, 80)})`);
    }
    if (adopted > 0) log.info(`platform: moved ${adopted} embedded-platform rows from kiosk.db to platform.db`);
    localPlatform = createLocalPlatform({
      store: platformStore,
      catalog: options.catalog,
      signingKey: loadOrCreateSigningKey(join(keys, 'platform-signing.pem'), '阳泉市郊区政务服务平台（演示）', true),
      clock,
      ...(options.review ? { review: options.review } : {}),
      log,
    });
    gateway = localPlatform;
  } else {
    gateway = createHttpPlatformClient({
      baseUrl: platformConfig.baseUrl,
      token: platformConfig.token,
      timeoutMs: platformConfig.timeoutMs,
      log,
    });
  }
  // A damaged kiosk.db is set aside and what it still holds of undelivered applications carried over.
  const { store, recovery } = openStoreRecovering({ path: kioskDb, keyProvider, clock }, log);
  if (store.keyStatus === 'mismatch')
    log.error('store: the encryption key does not match this database; saved applications cannot be read');
  const audit = new AuditLog(store);
  if (recovery) {
    audit.record({
      actor: 'system',
      action: 'store.recovered',
      detail: { recovered: recovery.applicationsRecovered, seen: recovery.applicationsSeen },
    });
  }
  const retentionMs = options.config.retentionDays * DAY;

  const outbox = new Outbox({
    store,
    gateway,
    catalog: options.catalog,
    audit,
    log: options.logger.child('outbox'),
    kioskId: options.config.kioskId,
    clock,
    retentionMs,
    stopAfterMs: options.config.outboxStopAfterHours * HOUR,
    ...(options.backoff ? { baseBackoffMs: options.backoff.baseMs, maxBackoffMs: options.backoff.maxMs } : {}),
  });

  const documents = new DocumentService({
    store,
    archiveDir: join(options.dataDir, 'documents'),
    ...(options.fontDir ? { fontDir: options.fontDir } : {}),
    audit,
    log: options.logger.child('documents'),
    clock,
    siteName: options.config.siteName['zh-CN'],
    kioskId: options.config.kioskId,
    catalog: options.catalog,
    outbox,
    gateway: () => gateway,
    sample: platformConfig.kind === 'embedded',
    retentionMs,
    // Pinned keys are the only ones trusted; without them (development, tests) the platform's are fetched.
    ...(platformConfig.kind === 'http' && platformConfig.signingKeys
      ? { pinnedKeys: () => platformConfig.signingKeys ?? [], pinnedOnly: true }
      : {}),
  });

  const purge = () => {
    try {
      const outboxPurge = outbox.purge();
      const docs = documents.purge();
      const platformRows = localPlatform?.purgePersonalData(retentionMs) ?? 0;
      const trimmed = audit.trim();
      // A damaged database set aside still holds ciphertext the key opens: it goes by the same rule.
      const damaged = purgeDamagedStores(options.dataDir, clock.now() - retentionMs);
      if (damaged > 0)
        audit.record({ actor: 'system', action: 'retention.damagedStoreDeleted', detail: { files: damaged } });
      if (outboxPurge.purged + docs + platformRows + trimmed > 0) {
        store.checkpoint();
        if (platformRows > 0) platformStore?.checkpoint();
        audit.record({
          actor: 'system',
          action: 'retention.purged',
          detail: { applications: outboxPurge.purged, overdue: outboxPurge.overdue, documents: docs, platformRows },
        });
      }
    } catch (error) {
      log.error(`retention: purge failed: ${error instanceof Error ? error.message : 'error'}`);
    }
  };
  purge();
  const purgeTimer = setInterval(purge, HOUR);
  purgeTimer.unref();

  if (!options.hold) outbox.start();
  audit.record({
    actor: 'system',
    action: 'kiosk.started',
    detail: { platform: platformConfig.kind, schema: store.schemaVersion() },
  });

  // The embedded platform's key is trusted for offline verification from the start; an HTTP platform's keys
  // are fetched (and kept for offline use) now and with every heartbeat.
  void documents.refreshKeys();

  let heartbeatTimer: NodeJS.Timeout | undefined;
  if (platformConfig.kind === 'http') {
    const beat = async () => {
      const status = outbox.status();
      let devices: Heartbeat['devices'] = [];
      try {
        devices = options.deviceStates?.() ?? [];
      } catch {
        devices = [];
      }
      const result = await gateway.heartbeat({
        kioskId: options.config.kioskId,
        at: new Date(clock.now()).toISOString(),
        appVersion: options.version.slice(0, 32),
        devices,
        outbox: { pending: status.pending, oldestPendingSeconds: status.oldestPendingSeconds },
        catalogVersion: options.catalog().version.slice(0, 64),
      });
      if (result.ok) {
        outbox.noteContact(true);
        if (result.value.keys) store.setSetting('platform.keys', result.value.keys);
      } else outbox.noteContact(false, result.error.code);
    };
    const syncCatalog = async () => {
      const result = await gateway.catalogSync({ knownVersion: options.catalog().version.slice(0, 64) });
      if (result.ok && result.value.changed && result.value.catalog !== undefined)
        options.onCatalog?.(result.value.catalog);
    };
    let beats = 0;
    heartbeatTimer = setInterval(() => {
      void beat();
      beats += 1;
      if (beats % 60 === 0) void syncCatalog();
    }, options.heartbeatIntervalMs ?? 60_000);
    heartbeatTimer.unref();
    void beat();
    void syncCatalog();
  }

  return {
    store,
    audit,
    gateway,
    kind: platformConfig.kind,
    kioskId: options.config.kioskId,
    ...(localPlatform ? { localPlatform } : {}),
    outbox,
    documents,
    catalog: options.catalog,
    submitWaitMs: options.submitWaitMs ?? 4000,
    purge,
    healthChecks() {
      const checks: HealthCheck[] = [];
      checks.push(
        recovery
          ? {
              name: 'store',
              level: 'degraded',
              detail: `kiosk.db was damaged (${recovery.reason}) and set aside as ${basename(recovery.damagedFile)}; ${recovery.applicationsRecovered} of ${recovery.applicationsSeen} undelivered application(s) carried over`,
            }
          : store.keyStatus === 'ok'
            ? {
                name: 'store',
                level: 'ok',
                detail: `SQLite schema ${store.schemaVersion()}, key: ${store.keyDescription}`,
              }
            : {
                name: 'store',
                level: 'degraded',
                detail: 'The encryption key does not match the database: saved applications cannot be read.',
              },
      );
      const s = outbox.status();
      const where =
        platformConfig.kind === 'embedded' ? 'embedded local platform (demo)' : `platform ${platformConfig.baseUrl}`;
      if (outbox.backlogged()) {
        checks.push({
          name: 'platform',
          level: 'down',
          detail: `${where}: the oldest of ${s.pending} application(s) has waited ${Math.round(s.oldestPendingSeconds / 3600)} h; new applications are refused until it is delivered`,
        });
      } else if (s.online === false) {
        checks.push({
          name: 'platform',
          level: 'degraded',
          detail: `${where} unreachable (${s.lastError ?? 'unknown'}); ${s.pending} application(s) queued, oldest ${Math.round(s.oldestPendingSeconds)} s`,
        });
      } else {
        checks.push({
          name: 'platform',
          level: 'ok',
          detail: `${where}; ${s.pending} queued, ${s.delivered} delivered, ${s.rejected} set aside`,
        });
      }
      return checks;
    },
    async close() {
      clearInterval(purgeTimer);
      if (heartbeatTimer) clearInterval(heartbeatTimer);
      await outbox.stop();
      audit.record({ actor: 'system', action: 'kiosk.stopped' });
      store.close();
      platformStore?.close();
    },
  };
}
