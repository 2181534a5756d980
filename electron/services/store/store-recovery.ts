import { existsSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { SQLInputValue } from 'node:sqlite';
import { chinaCompactDate } from '../../../shared/platform/china-time.js';
import type { Logger } from '../log/logger.js';
import { SqliteDatabase } from './sqlite.js';
import { KioskStore, type StoreOptions } from './store.js';

/** What happened when the store was opened: nothing special, or a damaged file set aside and what was saved. */
export interface StoreRecovery {
  /** Where the damaged database now is (the technician and the fleet may want it). */
  readonly damagedFile: string;
  /** Undelivered applications found readable in it and carried over, of those it listed. */
  readonly applicationsRecovered: number;
  readonly applicationsSeen: number;
  readonly reason: string;
}

const DAMAGE = /malformed|not a database|corrupt|file is encrypted/i;
/** The tables an undelivered application lives in, carried over row by row (what reads, is saved). */
const SALVAGED_TABLES = ['outbox', 'case_history', 'attachments', 'attachment_uses', 'counters'] as const;

/**
 * Opens kiosk.db; if SQLite says the file is damaged, the kiosk does not stop for good or start as if nothing
 * happened: the file is set aside as kiosk.db.damaged-<time> (with its WAL), a fresh store is opened, and
 * every undelivered application that can still be read — with the images it names and the counters that
 * keep local numbers unique — is copied into it, encrypted as it was (same key). Health and the audit say so.
 */
export function openStoreRecovering(
  options: StoreOptions,
  log: Logger,
): { store: KioskStore; recovery?: StoreRecovery } {
  try {
    const store = KioskStore.open(options);
    const check = store.db.pragma('quick_check', { simple: true });
    if (check === 'ok') return { store };
    store.close();
    return recover(options, log, `quick_check: ${String(check).slice(0, 120)}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!DAMAGE.test(message) || options.path === ':memory:') throw error;
    return recover(options, log, message.slice(0, 120));
  }
}

function recover(options: StoreOptions, log: Logger, reason: string): { store: KioskStore; recovery: StoreRecovery } {
  const damagedFile = `${options.path}.damaged-${new Date((options.clock ?? { now: Date.now }).now()).toISOString().replace(/[:.]/g, '-')}`;
  renameSync(options.path, damagedFile);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(options.path + suffix)) renameSync(options.path + suffix, damagedFile + suffix);
  }
  log.error(`store: kiosk.db is damaged (${reason}); set aside as ${damagedFile}, opening a fresh one`);
  const store = KioskStore.open(options);
  const counts = salvage(damagedFile, store, log);
  keepNumbersUnique(store, (options.clock ?? { now: Date.now }).now());
  const recovery = { damagedFile, reason, ...counts };
  log.warn(`store: recovered ${counts.applicationsRecovered} of ${counts.applicationsSeen} undelivered application(s)`);
  return { store, recovery };
}

function salvage(damagedFile: string, store: KioskStore, log: Logger) {
  let damaged: SqliteDatabase | undefined;
  try {
    damaged = new SqliteDatabase(damagedFile, { readonly: true });
  } catch {
    return { applicationsRecovered: 0, applicationsSeen: 0 };
  }
  try {
    const pending = readRows(damaged, "SELECT * FROM outbox WHERE state = 'pending'", log);
    const keep = new Set(pending.map((row) => String(row.local_number)));
    store.transaction(() => {
      for (const table of SALVAGED_TABLES) {
        const rows =
          table === 'outbox'
            ? pending
            : table === 'counters'
              ? readRows(damaged as SqliteDatabase, 'SELECT * FROM counters', log)
              : readRows(damaged as SqliteDatabase, `SELECT * FROM ${table}`, log).filter((row) =>
                  table === 'attachments' ? true : keep.has(String(row.local_number)),
                );
        for (const row of rows) insert(store, table, row);
      }
      // Images no carried-over application names stay behind.
      store.db.exec(
        'DELETE FROM attachments WHERE blob_ref NOT IN (SELECT blob_ref FROM attachment_uses) AND session_id IS NULL',
      );
    });
    const recovered = (
      store.db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'").get() as { n: number }
    ).n;
    const seen = countRows(damaged, "SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'") ?? pending.length;
    return { applicationsRecovered: recovered, applicationsSeen: Math.max(seen, recovered) };
  } finally {
    damaged.close();
  }
}

/**
 * Today's local acceptance numbers continue from the old counter when it could be read. When it could not, a
 * citizen may already hold a receipt with any of today's low numbers: today's numbering jumps far past them.
 */
const SAFE_JUMP = 5000;
function keepNumbersUnique(store: KioskStore, now: number): void {
  const name = `outbox.local.${chinaCompactDate(now)}`;
  if (store.counter(name) >= SAFE_JUMP) return;
  const known = store.db.prepare('SELECT 1 FROM counters WHERE name = ?').get(name) !== undefined;
  if (known) return;
  store.db
    .prepare('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value')
    .run(name, SAFE_JUMP);
}

/** Reads a table's rows; where the whole query fails on a damaged page, row by row over the rowid range. */
function readRows(db: SqliteDatabase, sql: string, log: Logger): Array<Record<string, unknown>> {
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } catch {
    const table = /FROM (\w+)/.exec(sql)?.[1] ?? '';
    const where = /WHERE (.*)$/.exec(sql)?.[1];
    const rows: Array<Record<string, unknown>> = [];
    let max = 0;
    try {
      max = (db.prepare(`SELECT MAX(rowid) AS m FROM ${table}`).get() as { m: number | null }).m ?? 0;
    } catch {
      // Not even the table's extent can be read: nothing of it is reachable.
      log.warn(`store: the table ${table} cannot be read from the damaged file`);
      return [];
    }
    let unreadable = 0;
    for (let rowid = 1; rowid <= max; rowid += 1) {
      try {
        const row = db.prepare(`SELECT * FROM ${table} WHERE rowid = ?${where ? ` AND ${where}` : ''}`).get(rowid);
        if (row) rows.push(row as Record<string, unknown>);
      } catch {
        unreadable += 1;
      }
    }
    if (unreadable > 0) log.warn(`store: ${unreadable} row(s) of ${table} could not be read from the damaged file`);
    return rows;
  }
}

function countRows(db: SqliteDatabase, sql: string): number | undefined {
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } catch {
    return undefined;
  }
}

function insert(store: KioskStore, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  const sql = `INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  store.db.prepare(sql).run(...columns.map((c) => row[c] as SQLInputValue));
}

/** Deletes damaged databases set aside before `olderThanMs` (their WAL and SHM too); returns how many. */
export function purgeDamagedStores(dataDir: string, olderThanMs: number): number {
  let deleted = 0;
  for (const name of existsSync(dataDir) ? readdirSync(dataDir) : []) {
    if (!/^kiosk\.db\.damaged-[^/]+$/.test(name)) continue;
    const path = join(dataDir, name);
    if (statSync(path).mtimeMs >= olderThanMs) continue;
    unlinkSync(path);
    if (!name.endsWith('-wal') && !name.endsWith('-shm')) deleted += 1;
  }
  return deleted;
}
