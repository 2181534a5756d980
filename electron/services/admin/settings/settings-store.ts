import { existsSync } from 'node:fs';
import type { KioskStore } from '../../store/store.js';
import { SqliteDatabase } from '../../store/sqlite.js';

export interface OverrideRecord {
  readonly value: unknown;
  readonly updatedAt: number;
  readonly updatedBy: string;
}

interface Row {
  key: string;
  value: string;
  updated_at: number;
  updated_by: string;
}

function toRecords(rows: readonly Row[]): Map<string, OverrideRecord> {
  const out = new Map<string, OverrideRecord>();
  for (const row of rows) {
    try {
      out.set(row.key, {
        value: JSON.parse(row.value) as unknown,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
      });
    } catch {
      // A row that is not JSON cannot be a setting; it is left out (and reported as unknown by its key).
      out.set(row.key, { value: undefined, updatedAt: row.updated_at, updatedBy: row.updated_by });
    }
  }
  return out;
}

/** The console's setting overrides (setting_overrides, migration 7): key = a dotted path, value = JSON. */
export class SettingsStore {
  constructor(private readonly store: KioskStore) {}

  all(): Map<string, OverrideRecord> {
    return toRecords(
      this.store.db
        .prepare('SELECT key, value, updated_at, updated_by FROM setting_overrides ORDER BY key')
        .all() as Row[],
    );
  }

  put(key: string, value: unknown, by: string): void {
    this.store.db
      .prepare(
        `INSERT INTO setting_overrides (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(key, JSON.stringify(value), this.store.clock.now(), by);
  }

  remove(key: string): boolean {
    return this.store.db.prepare('DELETE FROM setting_overrides WHERE key = ?').run(key).changes > 0;
  }
}

/**
 * The overrides as the kiosk starts, read before the store is opened: the platform and the devices are built
 * from the layered configuration, and the store is opened by the platform services. One SELECT on kiosk.db
 * (opened read-write so a write-ahead log left by a crash is read too, as the store would); a missing file, an
 * older schema or a damaged file simply means no overrides (the store's own recovery deals with the file).
 */
export function readOverridesAtStart(kioskDb: string): Record<string, unknown> {
  if (!existsSync(kioskDb)) return {};
  let db: SqliteDatabase | undefined;
  try {
    db = new SqliteDatabase(kioskDb);
    db.pragma('busy_timeout = 5000');
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'setting_overrides'")
      .get() as { name: string } | undefined;
    if (!table) return {};
    const rows = db.prepare('SELECT key, value, updated_at, updated_by FROM setting_overrides').all() as Row[];
    const out: Record<string, unknown> = {};
    for (const [key, record] of toRecords(rows)) out[key] = record.value;
    return out;
  } catch {
    return {};
  } finally {
    db?.close();
  }
}
