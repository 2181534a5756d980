import { existsSync } from 'node:fs';
import type {
  Booking,
  Certificate,
  PaymentOrder,
  PlatformParsedRequest,
  Submission,
} from '../../shared/platform/index.js';
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

/** A row of p_cases as stored. */
export interface CaseRow {
  case_number: string;
  idempotency_key: string;
  request_hash: string;
  kiosk_id: string;
  local_number: string;
  target_kind: 'item' | 'package';
  target_code: string;
  accepted_at: number;
  instant: number;
  outcome: 'approved' | 'returned';
  return_reason: string | null;
  query_code: string;
  applicant_masked: string;
  payload: Buffer | null;
  /** A member case of a package submission: the package, and the lead (first member's) case. */
  package_code: string | null;
  lead_case: string | null;
}

/** A case to insert; the submission is sealed and the ID number indexed on the way in. */
export interface NewCase {
  readonly caseNumber: string;
  readonly idempotencyKey: string;
  readonly requestHash: string;
  readonly kioskId: string;
  readonly localNumber: string;
  readonly targetKind: 'item' | 'package';
  readonly targetCode: string;
  readonly acceptedAt: number;
  readonly instant: boolean;
  readonly outcome: 'approved' | 'returned';
  readonly returnReason: string | null;
  readonly queryCode: string;
  readonly idNumber: string;
  readonly applicantMasked: string;
  readonly submission: Submission;
  readonly packageCode: string | null;
  readonly leadCase: string | null;
}

/** What a certificate check may read without opening the sealed certificate. */
export interface CertificateSummary {
  title: string;
  holderMasked: string;
  department: string;
  sample: boolean;
  issuedAt: string;
}

/** A write seen before under its idempotency key: the hash of what was sent then, and what it made. */
export type KeyedRow<T> = { readonly request_hash: string } & T;

/**
 * Every query of the reference platform, one method each, over its one store. The domain modules hold the
 * rules and never SQL; personal data is sealed and opened here, each value bound to its row, and ID numbers
 * are only ever stored and looked up by their keyed index.
 */
export class PlatformTables {
  constructor(private readonly store: PlatformStore) {}

  private get db() {
    return this.store.db;
  }

  transaction<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  nextCounter(name: string): number {
    return this.store.nextCounter(name);
  }

  /** The keyed index of an ID number: how a person's rows are found without the number being stored. */
  personIndex(idNumber: string): string {
    return this.store.cipher.index(idNumber);
  }

  // Cases

  caseByNumber(caseNumber: string): CaseRow | undefined {
    return this.db.prepare('SELECT * FROM p_cases WHERE case_number = ?').get(caseNumber) as CaseRow | undefined;
  }

  caseByKey(idempotencyKey: string): CaseRow | undefined {
    return this.db.prepare('SELECT * FROM p_cases WHERE idempotency_key = ?').get(idempotencyKey) as
      CaseRow | undefined;
  }

  /** A person's latest 50 cases, newest first. */
  casesOfPerson(idNumber: string): CaseRow[] {
    return this.db
      .prepare('SELECT * FROM p_cases WHERE id_index = ? ORDER BY accepted_at DESC LIMIT 50')
      .all(this.personIndex(idNumber)) as CaseRow[];
  }

  /** The cases under one local acceptance number (a package submission has several), in order of creation. */
  casesByLocalNumber(localNumber: string): CaseRow[] {
    return this.db
      .prepare('SELECT * FROM p_cases WHERE local_number = ? ORDER BY rowid LIMIT 50')
      .all(localNumber) as CaseRow[];
  }

  /** The cases one package submission created, lead first. */
  membersOf(leadCase: string): CaseRow[] {
    return this.db.prepare('SELECT * FROM p_cases WHERE lead_case = ? ORDER BY rowid').all(leadCase) as CaseRow[];
  }

  insertCase(c: NewCase): void {
    this.db
      .prepare(
        `INSERT INTO p_cases (case_number, idempotency_key, request_hash, kiosk_id, local_number, target_kind, target_code, accepted_at,
           instant, outcome, return_reason, query_code, id_index, applicant_masked, payload, package_code, lead_case)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        c.caseNumber,
        c.idempotencyKey,
        c.requestHash,
        c.kioskId,
        c.localNumber,
        c.targetKind,
        c.targetCode,
        c.acceptedAt,
        c.instant ? 1 : 0,
        c.outcome,
        c.returnReason,
        c.queryCode,
        this.personIndex(c.idNumber),
        c.applicantMasked,
        this.store.cipher.sealJson(c.submission, `p_cases:${c.caseNumber}`),
        c.packageCode,
        c.leadCase,
      );
  }

  /** The application behind a case, or undefined once its personal data has been purged. */
  submissionOf(row: CaseRow): Submission | undefined {
    return row.payload ? this.store.cipher.openJson<Submission>(row.payload, `p_cases:${row.case_number}`) : undefined;
  }

  // Certificates

  certificateNumberOfCase(caseNumber: string): string | undefined {
    const row = this.db
      .prepare('SELECT certificate_number FROM p_certificates WHERE case_number = ?')
      .get(caseNumber) as { certificate_number: string } | undefined;
    return row?.certificate_number;
  }

  /** A certificate issued before for this key: its content, or no content when that has been purged. */
  certificateByDedupeKey(dedupeKey: string): { certificate: Certificate | undefined } | undefined {
    const row = this.db
      .prepare('SELECT certificate_number, body FROM p_certificates WHERE dedupe_key = ?')
      .get(dedupeKey) as { certificate_number: string; body: Buffer | null } | undefined;
    if (!row) return undefined;
    return {
      certificate: row.body
        ? this.store.cipher.openJson<Certificate>(row.body, `p_certificates:${row.certificate_number}`)
        : undefined,
    };
  }

  insertCertificate(dedupeKey: string, certificate: Certificate): void {
    const summary: CertificateSummary = {
      title: certificate.title,
      holderMasked: certificate.holderMasked,
      department: certificate.department,
      sample: certificate.sample,
      issuedAt: certificate.issuedAt,
    };
    this.db
      .prepare(
        'INSERT INTO p_certificates (certificate_number, dedupe_key, case_number, verification_code, summary, body, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        certificate.certificateNumber,
        dedupeKey,
        certificate.caseNumber ?? null,
        certificate.verificationCode,
        JSON.stringify(summary),
        this.store.cipher.sealJson(certificate, `p_certificates:${certificate.certificateNumber}`),
        Date.parse(certificate.issuedAt),
      );
  }

  certificateForCheck(
    certificateNumber: string,
  ): { verificationCode: string; summary: CertificateSummary; revoked: boolean } | undefined {
    const row = this.db
      .prepare('SELECT verification_code, summary, revoked FROM p_certificates WHERE certificate_number = ?')
      .get(certificateNumber) as { verification_code: string; summary: string; revoked: number } | undefined;
    return row
      ? {
          verificationCode: row.verification_code,
          summary: JSON.parse(row.summary) as CertificateSummary,
          revoked: row.revoked !== 0,
        }
      : undefined;
  }

  /** The unrevoked certificates issued on a person's cases whose content is still held, oldest first. */
  caseCertificatesOf(idNumber: string): Certificate[] {
    return (
      this.db
        .prepare(
          `SELECT c.certificate_number, c.body FROM p_certificates c JOIN p_cases k ON k.case_number = c.case_number
           WHERE k.id_index = ? AND c.revoked = 0 AND c.body IS NOT NULL ORDER BY c.issued_at`,
        )
        .all(this.personIndex(idNumber)) as Array<{ certificate_number: string; body: Buffer }>
    )
      .map((r) => this.store.cipher.openJson<Certificate>(r.body, `p_certificates:${r.certificate_number}`))
      .filter((c): c is Certificate => c !== undefined);
  }

  // Payments (an order is stored as sent; whether it has been paid since is worked out when it is read)

  paymentByKey(idempotencyKey: string): KeyedRow<{ order: PaymentOrder }> | undefined {
    const row = this.db
      .prepare('SELECT request_hash, body FROM p_payments WHERE idempotency_key = ?')
      .get(idempotencyKey) as { request_hash: string; body: string } | undefined;
    return row ? { request_hash: row.request_hash, order: JSON.parse(row.body) as PaymentOrder } : undefined;
  }

  paymentOrder(orderNumber: string): PaymentOrder | undefined {
    const row = this.db.prepare('SELECT body FROM p_payments WHERE order_number = ?').get(orderNumber) as
      { body: string } | undefined;
    return row ? (JSON.parse(row.body) as PaymentOrder) : undefined;
  }

  insertPayment(order: PaymentOrder, idempotencyKey: string, requestHash: string, createdAt: number): void {
    this.db
      .prepare(
        'INSERT INTO p_payments (order_number, idempotency_key, request_hash, body, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(order.orderNumber, idempotencyKey, requestHash, JSON.stringify(order), createdAt);
  }

  updatePayment(order: PaymentOrder): void {
    this.db
      .prepare('UPDATE p_payments SET body = ? WHERE order_number = ?')
      .run(JSON.stringify(order), order.orderNumber);
  }

  // Bookings

  bookingByKey(idempotencyKey: string): KeyedRow<{ booking: Booking }> | undefined {
    const row = this.db
      .prepare('SELECT request_hash, summary FROM p_bookings WHERE idempotency_key = ?')
      .get(idempotencyKey) as { request_hash: string; summary: string } | undefined;
    return row ? { request_hash: row.request_hash, booking: JSON.parse(row.summary) as Booking } : undefined;
  }

  booking(bookingNumber: string): Booking | undefined {
    const row = this.db.prepare('SELECT summary FROM p_bookings WHERE booking_number = ?').get(bookingNumber) as
      { summary: string } | undefined;
    return row ? (JSON.parse(row.summary) as Booking) : undefined;
  }

  /** Bookings taken of one slot of one item (slotKey: `<itemCode>|<slotId>`). */
  bookingsOfSlot(slotKey: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM p_bookings WHERE slot_id = ?').get(slotKey) as { n: number }).n;
  }

  insertBooking(
    booking: Booking,
    request: PlatformParsedRequest<'book'>,
    requestHash: string,
    slotKey: string,
    bookedAt: number,
  ): void {
    this.db
      .prepare(
        'INSERT INTO p_bookings (booking_number, idempotency_key, request_hash, slot_id, summary, body, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        booking.bookingNumber,
        request.idempotencyKey,
        requestHash,
        slotKey,
        JSON.stringify(booking),
        this.store.cipher.sealJson(request.applicant, `p_bookings:${booking.bookingNumber}`),
        bookedAt,
      );
  }

  // Evaluations

  evaluationByKey(idempotencyKey: string): KeyedRow<{ evaluation_number: string; received_at: number }> | undefined {
    return this.db
      .prepare('SELECT evaluation_number, request_hash, received_at FROM p_evaluations WHERE idempotency_key = ?')
      .get(idempotencyKey) as { evaluation_number: string; request_hash: string; received_at: number } | undefined;
  }

  /** Whether a case has been evaluated (好差评 is once per case). */
  caseEvaluated(caseNumber: string): boolean {
    return this.db.prepare('SELECT 1 FROM p_evaluations WHERE case_number = ? LIMIT 1').get(caseNumber) !== undefined;
  }

  insertEvaluation(
    evaluationNumber: string,
    request: PlatformParsedRequest<'evaluate'>,
    requestHash: string,
    receivedAt: number,
  ): void {
    this.db
      .prepare(
        'INSERT INTO p_evaluations (evaluation_number, idempotency_key, request_hash, level, case_number, item_code, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        evaluationNumber,
        request.idempotencyKey,
        requestHash,
        request.level,
        request.caseNumber ?? null,
        request.itemCode ?? null,
        this.store.cipher.sealJson(
          { reason: request.reason, reasonCodes: request.reasonCodes, phone: request.phone },
          `p_evaluations:${evaluationNumber}`,
        ),
        receivedAt,
      );
  }

  // Complaints

  complaintByKey(
    idempotencyKey: string,
  ): KeyedRow<{ complaint_number: string; received_at: number; respond_by: number }> | undefined {
    return this.db
      .prepare(
        'SELECT complaint_number, request_hash, received_at, respond_by FROM p_complaints WHERE idempotency_key = ?',
      )
      .get(idempotencyKey) as
      { complaint_number: string; request_hash: string; received_at: number; respond_by: number } | undefined;
  }

  insertComplaint(
    complaintNumber: string,
    request: PlatformParsedRequest<'complain'>,
    requestHash: string,
    receivedAt: number,
    respondBy: number,
  ): void {
    // The citizen's words and phone are personal: sealed; kind, subject and times stay readable for routing and counts.
    this.db
      .prepare(
        `INSERT INTO p_complaints (complaint_number, idempotency_key, request_hash, kiosk_id, kind, subject_kind, department_id, body, received_at, respond_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        complaintNumber,
        request.idempotencyKey,
        requestHash,
        request.kioskId,
        request.kind,
        request.subject.kind,
        request.subject.kind === 'department' ? request.subject.departmentId : null,
        this.store.cipher.sealJson(
          { text: request.text, phone: request.phone, subject: request.subject },
          `p_complaints:${complaintNumber}`,
        ),
        receivedAt,
        respondBy,
      );
  }

  // Attachments

  /** Whether the image with this hash is held (a purged one is not). */
  holdsAttachment(sha256: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM p_attachments WHERE sha256 = ? AND body IS NOT NULL').get(sha256) !== undefined
    );
  }

  /** Stores an image, or stores it again after its purge. */
  putAttachment(sha256: string, mediaType: string, bytes: Buffer, receivedAt: number): void {
    this.db
      .prepare(
        `INSERT INTO p_attachments (sha256, media_type, size, body, received_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(sha256) DO UPDATE SET body = excluded.body, received_at = excluded.received_at, purged_at = NULL`,
      )
      .run(sha256, mediaType, bytes.length, this.store.cipher.sealBytes(bytes, `p_attachments:${sha256}`), receivedAt);
  }

  // Kiosks

  /** The latest heartbeat of each kiosk. */
  recordHeartbeat(heartbeat: PlatformParsedRequest<'heartbeat'>, at: number): void {
    this.db
      .prepare(
        'INSERT INTO p_heartbeats (kiosk_id, at, body) VALUES (?, ?, ?) ON CONFLICT(kiosk_id) DO UPDATE SET at = excluded.at, body = excluded.body',
      )
      .run(heartbeat.kioskId, at, JSON.stringify(heartbeat));
  }

  // The whole platform

  /** Empties every platform table and the platform's number counters. */
  reset(): void {
    this.transaction(() => {
      for (const table of PLATFORM_TABLES) this.db.prepare(`DELETE FROM ${table}`).run();
      this.db.prepare("DELETE FROM counters WHERE name LIKE 'p.%'").run();
    });
  }

  /** Drops the personal data of rows older than the cutoff; what stays (numbers, times) is not personal. */
  purgePersonalData(cutoff: number, purgedAt: number): number {
    const run = (sql: string, ...params: number[]) => this.db.prepare(sql).run(...params).changes;
    return this.transaction(
      () =>
        run(
          'UPDATE p_cases SET payload = NULL, purged_at = ? WHERE payload IS NOT NULL AND accepted_at < ?',
          purgedAt,
          cutoff,
        ) +
        run('UPDATE p_certificates SET body = NULL WHERE body IS NOT NULL AND issued_at < ?', cutoff) +
        run('UPDATE p_bookings SET body = NULL WHERE body IS NOT NULL AND booked_at < ?', cutoff) +
        run('UPDATE p_evaluations SET body = NULL WHERE body IS NOT NULL AND received_at < ?', cutoff) +
        run('UPDATE p_complaints SET body = NULL WHERE body IS NOT NULL AND received_at < ?', cutoff) +
        run(
          'UPDATE p_attachments SET body = NULL, purged_at = ? WHERE body IS NOT NULL AND received_at < ?',
          purgedAt,
          cutoff,
        ),
    );
  }

  stats() {
    const count = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      cases: count('p_cases'),
      certificates: count('p_certificates'),
      payments: count('p_payments'),
      bookings: count('p_bookings'),
      evaluations: count('p_evaluations'),
      complaints: count('p_complaints'),
      attachments: count('p_attachments'),
    };
  }
}
