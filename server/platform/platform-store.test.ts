import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../electron/services/store/clock.js';
import { StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import { migrations } from '../../electron/services/store/migrations.js';
import { KioskStore } from '../../electron/services/store/store.js';
import { adoptEmbeddedPlatformData, openPlatformStore } from './platform-store.js';

const tablesOf = (store: KioskStore) =>
  (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
    (t) => t.name,
  );

describe('the embedded platform keeps its own database file', () => {
  let dir: string;
  const keys = new StaticKeyProvider(randomBytes(32));
  const clock = new ManualClock(Date.parse('2026-03-02T02:00:00Z'));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'platform-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens platform.db with the platform tables, and no kiosk table', () => {
    const store = openPlatformStore({ path: join(dir, 'platform.db'), keyProvider: keys, clock });
    const tables = tablesOf(store);
    expect(tables).toEqual(expect.arrayContaining(['p_cases', 'p_payments', 'p_attachments', 'counters']));
    expect(tables).not.toContain('outbox');
    store.close();
  });

  it("moves an older kiosk.db's platform rows to platform.db, then the kiosk migration drops them there", () => {
    // A kiosk.db at schema 5, as kiosks before the split have it, with one case on the embedded platform.
    const kioskPath = join(dir, 'kiosk.db');
    const old = KioskStore.open({ path: kioskPath, keyProvider: keys, clock, migrations: migrations.slice(0, 5) });
    old.db.prepare("INSERT INTO p_heartbeats (kiosk_id, at, body) VALUES ('DEMO-0001', 1, '{}')").run();
    old.db
      .prepare(
        "INSERT INTO p_payments (order_number, idempotency_key, request_hash, body, created_at) VALUES ('PAY-20260302-000007', 'k', 'h', '{}', 1)",
      )
      .run();
    old.nextCounter('p.PAY.20260302');
    old.nextCounter('outbox.local.20260302');
    old.close();

    const platform = openPlatformStore({ path: join(dir, 'platform.db'), keyProvider: keys, clock });
    const copied = adoptEmbeddedPlatformData(platform, kioskPath);
    const kiosk = KioskStore.open({ path: kioskPath, keyProvider: keys, clock });
    expect(tablesOf(kiosk).filter((t) => t.startsWith('p_'))).toEqual([]);
    expect(copied).toBe(2);
    expect(platform.db.prepare('SELECT order_number FROM p_payments').all()).toEqual([
      { order_number: 'PAY-20260302-000007' },
    ]);
    // Numbering goes on where it was: the platform's counters came along, the kiosk's stayed.
    expect(platform.counter('p.PAY.20260302')).toBe(1);
    expect(platform.counter('outbox.local.20260302')).toBe(0);
    expect(kiosk.counter('p.PAY.20260302')).toBe(0);
    expect(kiosk.counter('outbox.local.20260302')).toBe(1);
    // A second start copies nothing more (and there is nothing left to copy).
    expect(adoptEmbeddedPlatformData(platform, kioskPath)).toBe(0);
    kiosk.close();
    platform.close();
  });
});
