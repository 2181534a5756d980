import { existsSync } from 'node:fs';
import type { Migration } from '../../electron/services/store/migrations.js';
import { KioskStore, type StoreOptions } from '../../electron/services/store/store.js';

/**
 * The embedded (reference) platform's own database file, platform.db — never the kiosk's kiosk.db. Same
 * engine and cipher as the kiosk store (an encrypted SQLite file migrated on open), its own schema: the
 * platform's cases, certificates, payments, bookings, evaluations, complaints, attachments and heartbeats,
 * with the settings and counters every store has.
 */
export const platformMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'reference platform: settings, counters and the platform tables',
    sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
      CREATE TABLE p_cases (
        case_number TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        request_hash TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        local_number TEXT NOT NULL,
        target_kind TEXT NOT NULL,
        target_code TEXT NOT NULL,
        accepted_at INTEGER NOT NULL,
        instant INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        return_reason TEXT,
        query_code TEXT NOT NULL,
        id_index TEXT,
        applicant_masked TEXT NOT NULL,
        payload BLOB,
        purged_at INTEGER,
        package_code TEXT,
        lead_case TEXT
      );
      CREATE INDEX p_cases_id ON p_cases(id_index);
      CREATE INDEX p_cases_local ON p_cases(local_number);
      CREATE INDEX p_cases_lead ON p_cases(lead_case);
      CREATE TABLE p_certificates (
        certificate_number TEXT PRIMARY KEY,
        dedupe_key TEXT NOT NULL UNIQUE,
        case_number TEXT,
        verification_code TEXT NOT NULL,
        summary TEXT NOT NULL,
        body BLOB,
        issued_at INTEGER NOT NULL,
        revoked INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE p_payments (
        order_number TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        request_hash TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE p_bookings (
        booking_number TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        request_hash TEXT NOT NULL,
        slot_id TEXT NOT NULL,
        summary TEXT NOT NULL,
        body BLOB,
        booked_at INTEGER NOT NULL
      );
      CREATE INDEX p_bookings_slot ON p_bookings(slot_id);
      CREATE TABLE p_evaluations (
        evaluation_number TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        request_hash TEXT NOT NULL,
        level TEXT NOT NULL,
        case_number TEXT,
        item_code TEXT,
        body BLOB,
        received_at INTEGER NOT NULL
      );
      CREATE TABLE p_heartbeats (
        kiosk_id TEXT PRIMARY KEY,
        at INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      CREATE TABLE p_complaints (
        complaint_number TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        request_hash TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        department_id TEXT,
        body BLOB,
        received_at INTEGER NOT NULL,
        respond_by INTEGER NOT NULL
      );
      CREATE TABLE p_attachments (
        sha256 TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        body BLOB,
        received_at INTEGER NOT NULL,
        purged_at INTEGER
      );
    `,
  },
];

/** A store opened with the platform's schema (the brand keeps a kiosk store from being passed instead). */
export type PlatformStore = KioskStore & { readonly schema: 'platform' };

export function openPlatformStore(options: Omit<StoreOptions, 'migrations'>): PlatformStore {
  return Object.assign(KioskStore.open({ ...options, migrations: platformMigrations }), {
    schema: 'platform' as const,
  });
}

const PLATFORM_TABLES = [
  'p_cases',
  'p_certificates',
  'p_payments',
  'p_bookings',
  'p_evaluations',
  'p_heartbeats',
  'p_complaints',
  'p_attachments',
];

/**
 * Kiosks before schema 6 kept the embedded platform's tables inside kiosk.db. Copies them (and the
 * platform's number counters) into platform.db once, before the kiosk store's migration drops them; rows
 * already there are kept. The ciphertext moves as it is: both files use the kiosk's key. Returns rows copied.
 */
export function adoptEmbeddedPlatformData(platform: PlatformStore, kioskDbPath: string): number {
  if (!existsSync(kioskDbPath)) return 0;
  const db = platform.db;
  db.prepare('ATTACH DATABASE ? AS kiosk').run(kioskDbPath);
  try {
    const present = new Set(
      (db.prepare("SELECT name FROM kiosk.sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
        (r) => r.name,
      ),
    );
    return platform.transaction(() => {
      let copied = 0;
      for (const table of PLATFORM_TABLES.filter((t) => present.has(t))) {
        const columnsOf = (schema: string) =>
          (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as Array<{ name: string }>).map(
            (c) => c.name,
          );
        const theirs = new Set(columnsOf('kiosk'));
        const columns = columnsOf('main')
          .filter((c) => theirs.has(c))
          .join(', ');
        copied += db
          .prepare(`INSERT OR IGNORE INTO main.${table} (${columns}) SELECT ${columns} FROM kiosk.${table}`)
          .run().changes;
      }
      if (present.has('counters'))
        db.prepare(
          "INSERT INTO main.counters (name, value) SELECT name, value FROM kiosk.counters WHERE name LIKE 'p.%' ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)",
        ).run();
      return copied;
    });
  } finally {
    db.prepare('DETACH DATABASE kiosk').run();
  }
}
