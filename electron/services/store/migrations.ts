/**
 * Schema migrations, applied in order, each in its own transaction. The schema version is SQLite's
 * user_version; schema_migrations keeps when each step ran. Never edit a released step: add one.
 *
 * Columns named `payload` or `body` of type BLOB hold AES-256-GCM ciphertext (cipher.ts); everything else
 * is non-personal by design (codes, numbers, states, times in ms since the epoch).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'kiosk tables: settings, counters, audit log, outbox, case history, documents',
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
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT,
        detail TEXT
      );
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE TABLE outbox (
        local_number TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        request_hash TEXT NOT NULL,
        target_kind TEXT NOT NULL,
        target_code TEXT NOT NULL,
        payload BLOB,
        state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT,
        case_number TEXT,
        ack TEXT,
        created_at INTEGER NOT NULL,
        delivered_at INTEGER,
        receipt_printed_at INTEGER,
        purged_at INTEGER
      );
      CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
      CREATE TABLE case_history (
        local_number TEXT PRIMARY KEY,
        case_number TEXT,
        target_kind TEXT NOT NULL,
        target_code TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX case_history_case ON case_history(case_number);
      CREATE TABLE documents (
        document_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        media TEXT NOT NULL,
        subject TEXT,
        path TEXT,
        created_at INTEGER NOT NULL,
        printed_at INTEGER,
        purged_at INTEGER
      );
    `,
  },
  {
    version: 2,
    name: 'embedded platform tables',
    sql: `
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
        purged_at INTEGER
      );
      CREATE INDEX p_cases_id ON p_cases(id_index);
      CREATE INDEX p_cases_local ON p_cases(local_number);
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
    `,
  },
  {
    version: 3,
    name: 'embedded platform: complaints and suggestions',
    sql: `
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
    `,
  },
  {
    version: 4,
    name: 'embedded platform: one case per member item of a package submission',
    sql: `
      ALTER TABLE p_cases ADD COLUMN package_code TEXT;
      ALTER TABLE p_cases ADD COLUMN lead_case TEXT;
      CREATE INDEX p_cases_lead ON p_cases(lead_case);
    `,
  },
  {
    version: 5,
    name: 'attachments: images applications name by blobRef, at the kiosk and on the embedded platform',
    sql: `
      CREATE TABLE attachments (
        blob_ref TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        body BLOB NOT NULL,
        session_id TEXT,
        put_at INTEGER NOT NULL
      );
      CREATE INDEX attachments_session ON attachments(session_id);
      CREATE TABLE attachment_uses (
        blob_ref TEXT NOT NULL REFERENCES attachments(blob_ref) ON DELETE CASCADE,
        local_number TEXT NOT NULL,
        uploaded_at INTEGER,
        PRIMARY KEY (blob_ref, local_number)
      );
      CREATE INDEX attachment_uses_local ON attachment_uses(local_number);
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
  {
    version: 6,
    name: 'kiosk tables only: the embedded platform keeps its own database file (platform.db)',
    sql: `
      DROP TABLE IF EXISTS p_cases;
      DROP TABLE IF EXISTS p_certificates;
      DROP TABLE IF EXISTS p_payments;
      DROP TABLE IF EXISTS p_bookings;
      DROP TABLE IF EXISTS p_evaluations;
      DROP TABLE IF EXISTS p_heartbeats;
      DROP TABLE IF EXISTS p_complaints;
      DROP TABLE IF EXISTS p_attachments;
      DELETE FROM counters WHERE name LIKE 'p.%';
    `,
  },
  {
    version: 7,
    name: "technician's console: technicians, device checks, consumables, setting overrides, usage statistics, uptime",
    sql: `
      CREATE TABLE technicians (
        enrolment_id TEXT PRIMARY KEY,
        id_hash TEXT NOT NULL UNIQUE,
        pin_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('technician', 'administrator')),
        masked_name TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('deployment', 'console')),
        failed_pins INTEGER NOT NULL DEFAULT 0,
        lockouts INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        created_at INTEGER NOT NULL,
        removed_at INTEGER
      );
      CREATE TABLE device_checks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        day TEXT NOT NULL,
        check_name TEXT NOT NULL,
        device_class TEXT,
        ok INTEGER NOT NULL,
        detail TEXT,
        enrolment_id TEXT NOT NULL
      );
      CREATE INDEX device_checks_day ON device_checks(day);
      CREATE TABLE consumables (
        media TEXT PRIMARY KEY,
        used INTEGER NOT NULL DEFAULT 0,
        refilled_at INTEGER,
        refilled_by TEXT
      );
      CREATE TABLE setting_overrides (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL
      );
      CREATE TABLE usage_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        day TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('started', 'completed', 'abandoned', 'rated', 'printed', 'fault')),
        target_kind TEXT,
        target_code TEXT,
        step TEXT,
        value INTEGER
      );
      CREATE INDEX usage_events_day ON usage_events(day, kind);
      CREATE TABLE uptime (
        started_at INTEGER PRIMARY KEY,
        last_seen_at INTEGER NOT NULL
      );
    `,
  },
];

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;
