import { randomBytes, randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformGateway } from '../../shared/platform/index.js';
import { err } from '../../shared/result.js';
import { createKioskBackend } from '../../electron/backend/create-backend.js';
import { AuditLog } from '../../electron/services/audit/audit-log.js';
import { keyDirFor } from '../../electron/services/store/key-location.js';
import { createMemoryLogger } from '../../electron/services/log/logger.js';
import { Outbox } from '../../electron/services/outbox/outbox.js';
import { ManualClock } from '../../electron/services/store/clock.js';
import { StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import { openStoreRecovering, purgeDamagedStores } from '../../electron/services/store/store-recovery.js';
import { KioskStore } from '../../electron/services/store/store.js';
import { fixtureCatalog, foodShopFiling } from '../../server/platform/fixtures.js';

/**
 * Issue 12, faults: a damaged kiosk.db. The kiosk used to fail to start at all ("database disk image is
 * malformed"); now it sets the file aside, starts fresh, carries over every undelivered application it can
 * still read (decryptable with the same key, local numbers still unique), and says so.
 */
const T0 = Date.parse('2026-01-15T02:30:00Z');
const down: PlatformGateway = new Proxy({} as PlatformGateway, {
  get: () => async () => err('unavailable', 'connection refused'),
});

function draft() {
  const { kioskId: _k, localAcceptanceNumber: _l, queryCode: _q, submittedAt: _s, ...rest } = foodShopFiling();
  return { ...rest, idempotencyKey: randomUUID() };
}

describe('a damaged kiosk.db', () => {
  let dir: string;
  const key = new StaticKeyProvider(randomBytes(32));
  const clock = new ManualClock(T0);
  const log = createMemoryLogger();
  const outboxOn = (store: KioskStore) =>
    new Outbox({
      store,
      gateway: down,
      catalog: fixtureCatalog,
      audit: new AuditLog(store),
      log,
      kioskId: 'DEMO-0001',
      clock,
      retentionMs: 7 * 24 * 3600 * 1000,
    });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-damage-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is set aside; the undelivered applications it still holds are carried over, readable, and numbering goes on', () => {
    const path = join(dir, 'kiosk.db');
    const store = KioskStore.open({ path, keyProvider: key, clock });
    const outbox = outboxOn(store);
    const saved = Array.from({ length: 5 }, () => {
      const result = outbox.save(draft());
      if (!result.ok) throw new Error(result.error.message);
      return result.value.localNumber;
    });
    // Much audit after them, so the damage below falls on pages that are not the applications'.
    for (let i = 0; i < 400; i += 1)
      new AuditLog(store).record({ actor: 'kiosk', action: 'test.filler', subject: `n${i}` });
    store.checkpoint();
    store.close();
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 2, 0x41), 0, 4096 * 2, size - 4096 * 3);
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0); // the header too: SQLite now refuses the file outright
    closeSync(fd);
    expect(() => KioskStore.open({ path, keyProvider: key, clock })).toThrow(/not a database|malformed/);

    const { store: fresh, recovery } = openStoreRecovering({ path, keyProvider: key, clock }, log);
    try {
      expect(recovery).toBeDefined();
      expect(existsSync(recovery?.damagedFile ?? '')).toBe(true);
      expect(readdirSync(dir).some((f) => f.startsWith('kiosk.db.damaged-'))).toBe(true);
      const again = outboxOn(fresh);
      const carried = saved.filter((n) => again.get(n)?.state === 'pending');
      expect(recovery?.applicationsRecovered).toBe(carried.length);
      // The header is gone, so nothing could be read: the kiosk still starts, empty, and says so.
      if (carried.length > 0) {
        for (const n of carried) expect(again.readSubmission(n)?.localAcceptanceNumber).toBe(n);
      }
      const next = again.save(draft());
      expect(next.ok && !saved.includes(next.value.localNumber)).toBe(true);
    } finally {
      fresh.close();
    }
  });

  it('carries over what is readable when only some pages are damaged', () => {
    const path = join(dir, 'kiosk.db');
    const store = KioskStore.open({ path, keyProvider: key, clock });
    const outbox = outboxOn(store);
    const saved = Array.from({ length: 5 }, () => {
      const result = outbox.save(draft());
      if (!result.ok) throw new Error(result.error.message);
      return result.value.localNumber;
    });
    for (let i = 0; i < 400; i += 1)
      new AuditLog(store).record({ actor: 'kiosk', action: 'test.filler', subject: `n${i}` });
    store.checkpoint();
    store.close();
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 2, 0x41), 0, 4096 * 2, size - 4096 * 3);
    closeSync(fd);

    const { store: fresh, recovery } = openStoreRecovering({ path, keyProvider: key, clock }, log);
    try {
      expect(recovery?.reason).toBeTruthy();
      const again = outboxOn(fresh);
      expect(saved.filter((n) => again.get(n)?.state === 'pending')).toEqual(saved);
      for (const n of saved) expect(again.readSubmission(n)?.localAcceptanceNumber).toBe(n);
      expect(recovery).toMatchObject({ applicationsRecovered: 5, applicationsSeen: 5 });
      const next = again.save(draft());
      expect(next.ok && !saved.includes(next.value.localNumber)).toBe(true);
      // Kept for the technician within the retention period, deleted after it like any personal data.
      expect(purgeDamagedStores(dir, Date.now() - 3600_000)).toBe(0);
      expect(purgeDamagedStores(dir, Date.now() + 1000)).toBe(1);
      expect(readdirSync(dir).some((f) => f.startsWith('kiosk.db.damaged-'))).toBe(false);
    } finally {
      fresh.close();
    }
  });

  it('does not keep the kiosk from starting: it runs, and its health says what happened', async () => {
    writeFileSync(join(dir, 'kiosk.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), randomBytes(8192)]));
    const backend = await createKioskBackend({ host: 'web', dataDir: dir, version: '0.0.0-test', logger: log });
    try {
      const health = await backend.dispatch('app.health', {}, { transport: 'web', sender: 'test' });
      expect(JSON.stringify(health)).toMatch(/"name":"store","level":"degraded","detail":"kiosk.db was damaged/);
      expect(await backend.dispatch('catalog.get', {}, { transport: 'web', sender: 'test' })).toMatchObject({
        ok: true,
      });
    } finally {
      await backend.close();
      rmSync(keyDirFor(dir), { recursive: true, force: true });
    }
  });
});
