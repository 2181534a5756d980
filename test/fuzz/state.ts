import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * What a kiosk keeps, seen from outside its process as a technician would: every table of kiosk.db and of
 * the embedded platform's platform.db (read through read-only connections of our own), and every other
 * file of the data folder. The logs are left out on purpose: the dispatcher logs every refusal by design
 * (ARCHITECTURE.md, 'Dispatch'), and their size is checked on its own (see logLineLimit in the runners).
 *
 * Two views: `changed()` is cheap enough for every message (SQLite's data_version moves when another
 * connection commits; file names, sizes and times), and `snapshot()` reads everything, to say which tables
 * and files changed and to compare whole batches of refused messages.
 */
const DATABASES = ['kiosk.db', 'platform.db'] as const;
const SKIPPED = /^(kiosk\.db|platform\.db)(-wal|-shm|-journal)?$|^logs(\/|$)/;

export interface Snapshot {
  /** "kiosk.db:outbox" or "file:documents/2025-01/x.pdf" → digest. */
  readonly parts: ReadonlyMap<string, string>;
}

export class StateWatcher {
  private readonly connections = new Map<string, DatabaseSync>();

  constructor(readonly dataDir: string) {}

  private connection(name: string): DatabaseSync | undefined {
    let db = this.connections.get(name);
    if (!db) {
      const path = join(this.dataDir, name);
      if (!existsSync(path)) return undefined;
      db = new DatabaseSync(path, { readOnly: true });
      this.connections.set(name, db);
    }
    return db;
  }

  /** A cheap token that differs whenever any database committed or any kept file changed. */
  token(): string {
    const versions = DATABASES.map((name) => {
      const db = this.connection(name);
      if (!db) return 'absent';
      const row = db.prepare('PRAGMA data_version').get() as { data_version: number } | undefined;
      return String(row?.data_version ?? '?');
    });
    return `${versions.join(',')}|${fileListing(this.dataDir)}`;
  }

  snapshot(): Snapshot {
    const parts = new Map<string, string>();
    for (const name of DATABASES) {
      const db = this.connection(name);
      if (!db) continue;
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as Array<{ name: string }>;
      db.exec('BEGIN');
      try {
        for (const { name: table } of tables) {
          const quoted = `"${table.replaceAll('"', '""')}"`;
          if (table === 'settings') {
            // One part per setting, so a difference names the setting (see BACKGROUND_PARTS in run-dispatcher.ts).
            for (const row of db.prepare('SELECT * FROM settings ORDER BY key').iterate())
              parts.set(`${name}:settings:${String((row as { key: unknown }).key)}`, digest(rowText(row)));
            continue;
          }
          if (table === 'usage_events') {
            // One part per kind of event: the device faults the statistics record by themselves are background.
            const kinds = new Map<string, ReturnType<typeof createHash>>();
            for (const row of db.prepare('SELECT * FROM usage_events ORDER BY rowid').iterate()) {
              const kind = String((row as { kind: unknown }).kind);
              const hash = kinds.get(kind) ?? createHash('sha256');
              hash.update(rowText(row));
              kinds.set(kind, hash);
            }
            for (const [kind, hash] of kinds) parts.set(`${name}:usage_events:${kind}`, hash.digest('base64url'));
            continue;
          }
          const hash = createHash('sha256');
          for (const row of db.prepare(`SELECT * FROM ${quoted} ORDER BY rowid`).iterate()) hash.update(rowText(row));
          parts.set(`${name}:${table}`, hash.digest('base64url'));
        }
        const seq = db.prepare("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
        // One part per table's sequence, so a background insert's counter is told from a refused message's.
        if (seq)
          for (const row of db.prepare('SELECT * FROM sqlite_sequence ORDER BY name').iterate())
            parts.set(`${name}:sqlite_sequence:${String((row as { name: unknown }).name)}`, rowText(row));
      } finally {
        db.exec('COMMIT');
      }
    }
    for (const file of listFiles(this.dataDir)) {
      const digest = createHash('sha256')
        .update(readFileSync(join(this.dataDir, file)))
        .digest('base64url');
      parts.set(`file:${file}`, digest);
    }
    return { parts };
  }

  /** Rows of one table, for a precise look at what a message added (the audit log of a refusal). */
  rowsAfter(database: string, table: string, afterRowid: number): Array<Record<string, unknown>> {
    const db = this.connection(database);
    if (!db) return [];
    return db
      .prepare(`SELECT rowid AS _rowid, * FROM "${table}" WHERE rowid > ? ORDER BY rowid`)
      .all(afterRowid) as Array<Record<string, unknown>>;
  }

  maxRowid(database: string, table: string): number {
    const db = this.connection(database);
    if (!db) return 0;
    const row = db.prepare(`SELECT COALESCE(MAX(rowid), 0) AS n FROM "${table}"`).get() as { n: number };
    return Number(row.n);
  }

  close(): void {
    for (const db of this.connections.values()) db.close();
    this.connections.clear();
  }
}

/** The parts that differ between two snapshots (added, removed or changed), sorted. */
export function difference(before: Snapshot, after: Snapshot): string[] {
  const out = new Set<string>();
  for (const [key, digest] of after.parts) if (before.parts.get(key) !== digest) out.add(key);
  for (const key of before.parts.keys()) if (!after.parts.has(key)) out.add(key);
  return [...out].sort();
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function rowText(row: unknown): string {
  return `${JSON.stringify(row, (_key, value: unknown) =>
    value instanceof Uint8Array
      ? `blob:${createHash('sha256').update(value).digest('base64url')}`
      : typeof value === 'bigint'
        ? String(value)
        : value,
  )}\n`;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    if (!existsSync(at)) return;
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      const rel = relative(dir, full).split('\\').join('/');
      if (SKIPPED.test(rel)) continue;
      if (entry.isDirectory()) walk(full);
      else out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

function fileListing(dir: string): string {
  const hash = createHash('sha1');
  for (const file of listFiles(dir)) {
    const stat = statSync(join(dir, file));
    hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest('base64url');
}
