import type { PublicKey } from '../../../shared/platform/certificates.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CatalogLookup, PlatformGateway } from '../../../shared/platform/index.js';
import { AuditLog } from '../audit/audit-log.js';
import { createMemoryLogger } from '../log/logger.js';
import { Outbox } from '../outbox/outbox.js';
import {
  createLocalPlatform,
  type LocalPlatform,
  type LocalPlatformOptions,
} from '../../../server/platform/local-platform.js';
import { ManualClock } from '../store/clock.js';
import { StaticKeyProvider } from '../store/key-provider.js';
import { openPlatformStore } from '../../../server/platform/platform-store.js';
import { KioskStore } from '../store/store.js';
import { DocumentService } from './documents-service.js';

const DAY = 24 * 3600 * 1000;

/**
 * For tests: a store in a throw-away folder, the embedded platform on it, an outbox and the documents service,
 * wired as the backend wires them, on a manual clock. `gateway` is what the outbox and the documents service
 * call; a test swaps it to make the platform fail.
 */
export interface DocumentsTestBench {
  readonly dir: string;
  readonly clock: ManualClock;
  readonly store: KioskStore;
  readonly platform: LocalPlatform;
  readonly outbox: Outbox;
  readonly documents: DocumentService;
  gateway: PlatformGateway;
  close(): void;
}

export function openDocumentsTestBench(options: {
  readonly startsAt: number;
  readonly catalog: CatalogLookup;
  readonly platform: Omit<LocalPlatformOptions, 'store' | 'catalog'>;
  /** Certificate keys pinned in the configuration: trusted alone, the platform's own never fetched. */
  readonly pinnedKeys?: readonly PublicKey[];
}): DocumentsTestBench {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-documents-'));
  const clock = new ManualClock(options.startsAt);
  const store = KioskStore.open({
    path: join(dir, 'kiosk.db'),
    keyProvider: new StaticKeyProvider(randomBytes(32)),
    clock,
  });
  const platformStore = openPlatformStore({
    path: join(dir, 'platform.db'),
    keyProvider: new StaticKeyProvider(randomBytes(32)),
    clock,
  });
  const platform = createLocalPlatform({ ...options.platform, store: platformStore, catalog: options.catalog });
  const audit = new AuditLog(store);
  const log = createMemoryLogger();
  const { catalog } = options;
  const bench = { gateway: platform as PlatformGateway };
  const outbox = new Outbox({
    store,
    gateway: () => bench.gateway,
    catalog,
    audit,
    log,
    kioskId: 'DEMO-0001',
    clock,
    retentionMs: 7 * DAY,
  });
  const documents = new DocumentService({
    store,
    archiveDir: join(dir, 'documents'),
    audit,
    log,
    clock,
    siteName: '阳泉市郊区政务服务中心',
    kioskId: 'DEMO-0001',
    catalog: () => catalog,
    outbox,
    gateway: () => bench.gateway,
    sample: true,
    retentionMs: 7 * DAY,
    ...(options.pinnedKeys ? { pinnedKeys: () => options.pinnedKeys ?? [], pinnedOnly: true } : {}),
  });
  return Object.assign(bench, {
    dir,
    clock,
    store,
    platform,
    outbox,
    documents,
    close() {
      store.close();
      platformStore.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
