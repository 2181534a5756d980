import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteDatabase } from './sqlite.js';
import { FieldCipher } from './cipher.js';
import { type Clock, systemClock } from './clock.js';
import type { KeyProvider } from './key-provider.js';
import { latestSchemaVersion, type Migration, migrations as defaultMigrations } from './migrations.js';

export interface StoreOptions {
  /** Database file, or ':memory:' for tests. */
  readonly path: string;
  readonly keyProvider: KeyProvider;
  readonly clock?: Clock;
  /** For tests of the migration runner. */
  readonly migrations?: readonly Migration[];
}

export type KeyStatus = 'ok' | 'mismatch';

const KEY_CHECK = 'store.keyCheck';
const KEY_CHECK_TEXT = 'gov-kiosk store key check';

/**
 * The kiosk's SQLite database: WAL journal, full fsync on commit (an application acknowledged to a
 * citizen survives a power cut), secure_delete so purged personal data is overwritten, and a schema
 * migrated on open. Services keep their own SQL; the store owns the connection, the cipher, settings and
 * counters.
 */
export class KioskStore {
  readonly db: SqliteDatabase;
  readonly cipher: FieldCipher;
  readonly clock: Clock;
  readonly keyStatus: KeyStatus;
  readonly keyDescription: string;

  private constructor(
    db: SqliteDatabase,
    cipher: FieldCipher,
    clock: Clock,
    keyStatus: KeyStatus,
    keyDescription: string,
  ) {
    this.db = db;
    this.cipher = cipher;
    this.clock = clock;
    this.keyStatus = keyStatus;
    this.keyDescription = keyDescription;
  }

  static open(options: StoreOptions): KioskStore {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true, mode: 0o700 });
    const db = new SqliteDatabase(options.path);
    try {
      // Only the kiosk's own user may read the database (the WAL and SHM files follow its mode).
      if (options.path !== ':memory:' && process.platform !== 'win32') chmodSync(options.path, 0o600);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('secure_delete = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db, options.migrations ?? defaultMigrations, (options.clock ?? systemClock).now());
      const cipher = new FieldCipher(options.keyProvider.getKey());
      const keyStatus = checkKey(db, cipher, (options.clock ?? systemClock).now());
      return new KioskStore(db, cipher, options.clock ?? systemClock, keyStatus, options.keyProvider.description);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Moves the write-ahead log into the database and truncates it, so the ciphertext of rows just deleted
   * (secure_delete overwrites them in the database file) does not linger in kiosk.db-wal. After every wipe
   * and purge. Returns false when a reader kept the log busy (the next checkpoint finishes the job).
   */
  checkpoint(): boolean {
    const [row] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    return row?.busy === 0;
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  getSetting<T>(key: string): T | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setSetting(key: string, value: unknown): void {
    this.db
      .prepare(
        'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      )
      .run(key, JSON.stringify(value), this.clock.now());
  }

  /** Increments and returns a named counter (1 on first use). Atomic within the caller's transaction. */
  nextCounter(name: string): number {
    const row = this.db
      .prepare(
        'INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value',
      )
      .get(name) as { value: number };
    return row.value;
  }

  counter(name: string): number {
    const row = this.db.prepare('SELECT value FROM counters WHERE name = ?').get(name) as { value: number } | undefined;
    return row?.value ?? 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function migrate(db: SqliteDatabase, steps: readonly Migration[], now: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = steps[steps.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `The database has schema version ${current}, newer than this kiosk knows (${latest}); refusing to touch it.`,
    );
  }
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  for (const step of steps) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        step.version,
        step.name,
        now,
      );
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
}

/** Detects a store opened with a different key (lost or replaced key file) instead of failing row by row. */
function checkKey(db: SqliteDatabase, cipher: FieldCipher, now: number): KeyStatus {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY_CHECK) as { value: string } | undefined;
  if (!row) {
    const sealed = cipher.seal(KEY_CHECK_TEXT, KEY_CHECK).toString('base64');
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
      KEY_CHECK,
      JSON.stringify(sealed),
      now,
    );
    return 'ok';
  }
  const opened = cipher.open(Buffer.from(JSON.parse(row.value) as string, 'base64'), KEY_CHECK);
  return opened === KEY_CHECK_TEXT ? 'ok' : 'mismatch';
}

export { latestSchemaVersion };
