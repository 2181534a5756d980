import { createHash } from 'node:crypto';
import { describeIssues } from '../../../shared/contract/errors.js';
import {
  blobRefsOf,
  type CatalogLookup,
  chinaCompactDate,
  type PlatformErrorCode,
  type PlatformGateway,
  type Submission,
  type SubmissionAck,
  submissionDraftSchema,
  sha256Of,
  submissionSchema,
} from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Logger } from '../log/logger.js';
import { canonicalJson } from '../platform/certificate-codec.js';
import { newLocalNumberTail, newVerificationCode } from '../platform/codes.js';
import { AttachmentStore } from '../store/attachment-store.js';
import type { Clock } from '../store/clock.js';
import type { KioskStore } from '../store/store.js';

export {
  submissionDraftSchema,
  type SubmissionDraft,
  type SubmissionDraftInput,
} from '../../../shared/platform/index.js';

export type OutboxState = 'pending' | 'delivered' | 'rejected';

/** The non-personal view of one application in the outbox. */
export interface OutboxEntry {
  readonly localNumber: string;
  readonly idempotencyKey: string;
  readonly target: { kind: 'item' | 'package'; code: string };
  readonly state: OutboxState;
  readonly attempts: number;
  readonly lastError?: string;
  readonly caseNumber?: string;
  readonly ack?: SubmissionAck;
  readonly createdAt: number;
  readonly deliveredAt?: number;
  readonly receiptDoneAt?: number;
  readonly personalDataHeld: boolean;
}

export interface SaveOutcome {
  readonly localNumber: string;
  readonly queryCode: string;
  readonly idempotencyKey: string;
  /** The same draft was saved before; nothing new was stored. */
  readonly duplicate: boolean;
}

export interface OutboxStatus {
  readonly pending: number;
  readonly delivered: number;
  readonly rejected: number;
  readonly oldestPendingSeconds: number;
  /** Undefined until the platform was tried once. */
  readonly online: boolean | undefined;
  readonly lastContactAt?: number;
  readonly lastError?: string;
}

export interface OutboxOptions {
  readonly store: KioskStore;
  readonly gateway: PlatformGateway | (() => PlatformGateway);
  readonly catalog: CatalogLookup | (() => CatalogLookup);
  readonly audit: AuditLog;
  readonly log: Logger;
  readonly kioskId: string;
  readonly clock?: Clock;
  /** First retry after this long, doubling up to maxBackoffMs (±20 % jitter). */
  readonly baseBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Personal data is never kept longer than this, delivered or not. */
  readonly retentionMs: number;
  /** Random source for query codes (tests make it deterministic). */
  readonly random?: (n: number) => Buffer;
  /** Test hook: runs after the platform acknowledged and before the acknowledgement is stored. */
  readonly beforeRecordAck?: (localNumber: string) => void;
  /** The images applications name (default: the attachments table of the same store). */
  readonly attachments?: AttachmentStore;
  /** An image a session left unnamed goes after this long at the latest (default 2 h; sessions are minutes long). */
  readonly orphanAttachmentMs?: number;
  /**
   * When the oldest undelivered application has waited this long, new ones are refused (a retry of one
   * already saved is still answered): a kiosk that cannot deliver stops promising, says why, and alerts.
   */
  readonly stopAfterMs?: number;
}

export type SaveError = 'invalidRequest' | 'unknownItem' | 'idempotencyConflict' | 'attachmentMissing' | 'backlog';

/** Failures that will not get better by trying again: the application is set aside for a technician. */
const permanent = new Set<PlatformErrorCode>([
  'invalidRequest',
  'unknownItem',
  'idempotencyConflict',
  'hashMismatch',
  'wrongMediaType',
]);

interface Row {
  local_number: string;
  idempotency_key: string;
  request_hash: string;
  target_kind: 'item' | 'package';
  target_code: string;
  payload: Buffer | null;
  state: OutboxState;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  case_number: string | null;
  ack: string | null;
  created_at: number;
  delivered_at: number | null;
  receipt_printed_at: number | null;
}

type Listener = (entry: OutboxEntry) => void;

/**
 * The durable outbox (ARCHITECTURE.md, 'Nothing lost'). An application is committed to the store — and the
 * citizen gets a local acceptance number — before anything is sent. A single sender then delivers due
 * applications oldest first, retrying with exponential backoff while the platform is unreachable; the
 * platform deduplicates by the idempotency key, so a crash between sending and recording the answer
 * delivers the application once. Personal data (the payload) is encrypted and dropped as soon as the
 * application is delivered and its receipt printed (or answered and older than `retentionMs`); an
 * application the platform has not answered is kept until it is delivered, however long that takes.
 */
export class Outbox {
  private readonly store: KioskStore;
  private readonly clock: Clock;
  private readonly baseBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  /** Set by stop(): a pass in progress ends after the current application. */
  private halting = false;
  private consecutiveFailures = 0;
  private pausedUntil = 0;
  private online: boolean | undefined;
  private lastContactAt: number | undefined;
  private lastError: string | undefined;
  readonly attachments: AttachmentStore;

  constructor(private readonly options: OutboxOptions) {
    this.store = options.store;
    this.attachments = options.attachments ?? new AttachmentStore(options.store);
    this.clock = options.clock ?? options.store.clock;
    this.baseBackoffMs = options.baseBackoffMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
  }

  private gateway(): PlatformGateway {
    return typeof this.options.gateway === 'function' ? this.options.gateway() : this.options.gateway;
  }

  private catalog(): CatalogLookup {
    return typeof this.options.catalog === 'function' ? this.options.catalog() : this.options.catalog;
  }

  /** Validates and commits an application; returns its local acceptance number at once, online or not. */
  save(input: unknown): Result<SaveOutcome, SaveError> {
    const parsed = submissionDraftSchema.safeParse(input);
    if (!parsed.success) return err('invalidRequest', `Invalid application: ${describeIssues(parsed.error)}`);
    const draft = parsed.data;
    const code = draft.target.kind === 'item' ? draft.target.itemCode : draft.target.packageCode;
    const known = draft.target.kind === 'item' ? this.catalog().item(code) : this.catalog().package(code);
    if (!known) return err('unknownItem', `There is no ${draft.target.kind} with the code ${code} in the catalog.`);
    const requestHash = createHash('sha256').update(canonicalJson(draft), 'utf8').digest('base64url');

    return this.store.transaction(() => {
      const existing = this.store.db
        .prepare('SELECT * FROM outbox WHERE idempotency_key = ?')
        .get(draft.idempotencyKey) as Row | undefined;
      if (existing) {
        if (existing.request_hash !== requestHash)
          return err('idempotencyConflict', 'This application key was already used for different content.');
        const held = existing.payload
          ? this.store.cipher.openJson<Submission>(existing.payload, `outbox:${existing.local_number}`)
          : undefined;
        return ok({
          localNumber: existing.local_number,
          queryCode: held?.queryCode ?? '',
          idempotencyKey: existing.idempotency_key,
          duplicate: true,
        });
      }
      if (this.backlogged()) {
        return err(
          'backlog',
          `The oldest application has waited ${Math.round(this.status().oldestPendingSeconds / 3600)} h for the platform; no new application is taken until it is delivered.`,
        );
      }
      // Every image it names must be here now: refused before acceptance, never found missing at delivery.
      const refs = blobRefsOf(draft);
      const missing = this.attachments.missing(refs);
      if (missing.length > 0) {
        return err(
          'attachmentMissing',
          `${missing.length} of the ${refs.length} image(s) this application names are not held at the kiosk; scan or sign again.`,
        );
      }
      const now = this.clock.now();
      const day = chinaCompactDate(now);
      const counter = String(this.store.nextCounter(`outbox.local.${day}`)).padStart(4, '0');
      const localNumber = `${this.options.kioskId}-${day}-${counter}-${newLocalNumberTail(this.options.random)}`;
      const submission: Submission = {
        ...draft,
        kioskId: this.options.kioskId,
        localAcceptanceNumber: localNumber,
        queryCode: newVerificationCode(this.options.random),
        submittedAt: new Date(now).toISOString(),
      };
      const checked = submissionSchema.safeParse(submission);
      if (!checked.success) return err('invalidRequest', `Invalid application: ${describeIssues(checked.error)}`);
      this.store.db
        .prepare(
          `INSERT INTO outbox (local_number, idempotency_key, request_hash, target_kind, target_code, payload, state, attempts, next_attempt_at, created_at)
           VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
        )
        .run(
          localNumber,
          draft.idempotencyKey,
          requestHash,
          draft.target.kind,
          code,
          this.store.cipher.sealJson(checked.data, `outbox:${localNumber}`),
          now,
          now,
        );
      this.store.db
        .prepare(
          'INSERT INTO case_history (local_number, target_kind, target_code, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(localNumber, draft.target.kind, code, 'queued', now, now);
      this.attachments.bind(localNumber, refs);
      this.store.nextCounter('submissions.saved');
      this.options.audit.record({
        actor: 'citizen',
        action: 'submission.saved',
        subject: localNumber,
        detail: { target: code },
      });
      return ok({
        localNumber,
        queryCode: submission.queryCode,
        idempotencyKey: draft.idempotencyKey,
        duplicate: false,
      });
    });
  }

  /**
   * Saves, then gives the platform up to `waitMs` to acknowledge, so that online the citizen sees the case
   * number on the confirmation page; offline (or slow) the local number stands and delivery continues.
   */
  async submit(input: unknown, waitMs = 4000): Promise<Result<SaveOutcome & { entry: OutboxEntry }, SaveError>> {
    const saved = this.save(input);
    if (!saved.ok) return saved;
    const { localNumber } = saved.value;
    const delivered = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        off();
        resolve();
      }, waitMs);
      const off = this.onChange((entry) => {
        if (entry.localNumber === localNumber && entry.state !== 'pending') {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
    });
    const current = this.get(localNumber);
    if (current?.state === 'pending') {
      this.kick();
      await delivered;
    }
    return ok({ ...saved.value, entry: this.get(localNumber) as OutboxEntry });
  }

  get(localNumber: string): OutboxEntry | undefined {
    const row = this.store.db.prepare('SELECT * FROM outbox WHERE local_number = ?').get(localNumber) as
      Row | undefined;
    return row ? entryOf(row) : undefined;
  }

  list(options: { state?: OutboxState; limit?: number } = {}): OutboxEntry[] {
    const rows = this.store.db
      .prepare('SELECT * FROM outbox WHERE (? IS NULL OR state = ?) ORDER BY created_at DESC LIMIT ?')
      .all(options.state ?? null, options.state ?? null, Math.min(options.limit ?? 100, 1000)) as Row[];
    return rows.map(entryOf);
  }

  /** The application itself (personal) while it is still held, for the receipt. */
  readSubmission(localNumber: string): Submission | undefined {
    const row = this.store.db
      .prepare('SELECT local_number, payload FROM outbox WHERE local_number = ?')
      .get(localNumber) as Pick<Row, 'local_number' | 'payload'> | undefined;
    return row?.payload ? this.store.cipher.openJson<Submission>(row.payload, `outbox:${row.local_number}`) : undefined;
  }

  /** True when the oldest undelivered application has waited longer than `stopAfterMs`. */
  backlogged(): boolean {
    const limit = this.options.stopAfterMs;
    return limit !== undefined && this.status().oldestPendingSeconds * 1000 >= limit;
  }

  status(): OutboxStatus {
    const counts = this.store.db
      .prepare('SELECT state, COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox GROUP BY state')
      .all() as Array<{
      state: OutboxState;
      n: number;
      oldest: number;
    }>;
    const by = (s: OutboxState) => counts.find((c) => c.state === s);
    const pending = by('pending');
    return {
      pending: pending?.n ?? 0,
      delivered: by('delivered')?.n ?? 0,
      rejected: by('rejected')?.n ?? 0,
      oldestPendingSeconds: pending ? Math.max(0, (this.clock.now() - pending.oldest) / 1000) : 0,
      online: this.online,
      ...(this.lastContactAt === undefined ? {} : { lastContactAt: this.lastContactAt }),
      ...(this.lastError === undefined ? {} : { lastError: this.lastError }),
    };
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The receipt was printed: once delivered, the application's personal data goes. */
  markReceiptPrinted(localNumber: string): boolean {
    return this.receiptDone(localNumber, 'receipt.printed');
  }

  /** The session ended without a printed receipt (declined, or no paper): treat the receipt as done. */
  releaseReceipt(localNumber: string): boolean {
    return this.receiptDone(localNumber, 'receipt.released');
  }

  private receiptDone(localNumber: string, action: string): boolean {
    const changed = this.store.transaction(() => {
      const result = this.store.db
        .prepare('UPDATE outbox SET receipt_printed_at = ? WHERE local_number = ? AND receipt_printed_at IS NULL')
        .run(this.clock.now(), localNumber);
      if (result.changes === 0) return false;
      this.options.audit.record({ actor: 'kiosk', action, subject: localNumber });
      this.purgeDeliveredWithReceipt();
      return true;
    });
    return changed;
  }

  /** Inside the caller's transaction: the application and the images it named go together. */
  private purgeDeliveredWithReceipt(): number {
    const purged = this.store.db
      .prepare(
        "UPDATE outbox SET payload = NULL, purged_at = ? WHERE state = 'delivered' AND receipt_printed_at IS NOT NULL AND payload IS NOT NULL",
      )
      .run(this.clock.now()).changes;
    this.attachments.purge(this.options.orphanAttachmentMs ?? 2 * 3600 * 1000);
    return purged;
  }

  /**
   * Retention applies to what the platform has answered: personal data of delivered-and-printed
   * applications, and of any answered application older than retentionMs. An application still waiting
   * is never dropped, however long the platform is away (the citizen holds its receipt); those waiting
   * longer than the retention period are counted as overdue and reported, for a person to decide.
   */
  purge(): { purged: number; overdue: number } {
    return this.store.transaction(() => {
      const now = this.clock.now();
      const cutoff = now - this.options.retentionMs;
      const { overdue } = this.store.db
        .prepare("SELECT COUNT(*) AS overdue FROM outbox WHERE state = 'pending' AND created_at < ?")
        .get(cutoff) as { overdue: number };
      if (overdue > 0)
        this.options.log.warn(
          `outbox: ${overdue} application(s) have waited longer than the retention period; kept until delivered`,
        );
      const old = this.store.db
        .prepare(
          "UPDATE outbox SET payload = NULL, purged_at = ? WHERE payload IS NOT NULL AND state != 'pending' AND created_at < ?",
        )
        .run(now, cutoff).changes;
      const purged = old + this.purgeDeliveredWithReceipt();
      return { purged, overdue };
    });
  }

  /** Starts the sender: it delivers at once and then whenever something is due. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.halting = false;
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.halting = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Wakes the sender now (after a save, or when the network is back). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pausedUntil = 0;
    this.running = this.deliverDue()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.options.log.error(`outbox: sender failed: ${error instanceof Error ? error.message : 'error'}`),
      )
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        } else this.schedule();
      });
  }

  private schedule(): void {
    if (this.stopped) return;
    const next = this.store.db
      .prepare("SELECT MIN(next_attempt_at) AS at FROM outbox WHERE state = 'pending'")
      .get() as { at: number | null };
    if (next.at === null) return;
    // Never wait longer than the longest back-off, whatever the clock did in between.
    const delay = Math.min(
      this.maxBackoffMs * 1.5,
      Math.max(0, Math.max(next.at, this.pausedUntil) - this.clock.now()),
    );
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.kick();
      },
      Math.min(delay, 2 ** 31 - 1),
    );
    this.timer.unref?.();
  }

  private backoff(): number {
    const exp = Math.min(this.maxBackoffMs, this.baseBackoffMs * 2 ** Math.min(this.consecutiveFailures - 1, 20));
    return Math.round(exp * (0.8 + Math.random() * 0.4));
  }

  /** One pass: delivers due applications oldest first; stops at the first transport failure. Returns deliveries. */
  async deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      // Due now, or 'due' further ahead than any back-off could put it: the clock went back (an RTC reset, a
      // wrong NTP answer corrected) and waiting for it to catch up would stall delivery for that long.
      const now = this.clock.now();
      const row = this.store.db
        .prepare(
          "SELECT * FROM outbox WHERE state = 'pending' AND (next_attempt_at <= ? OR next_attempt_at > ?) ORDER BY created_at, local_number LIMIT 1",
        )
        .get(now, now + this.maxBackoffMs * 1.5) as Row | undefined;
      if (!row) return delivered;
      const outcome = await this.deliverOne(row);
      if (outcome === 'delivered') delivered += 1;
      if (outcome === 'retry' || this.halting) return delivered;
    }
  }

  private async deliverOne(row: Row): Promise<'delivered' | 'rejected' | 'retry'> {
    const submission = row.payload
      ? this.store.cipher.openJson<Submission>(row.payload, `outbox:${row.local_number}`)
      : undefined;
    if (!submission) {
      this.reject(row, 'undecryptable');
      return 'rejected';
    }
    const uploaded = await this.uploadAttachments(row, submission);
    if (uploaded !== 'ok') return uploaded;
    let result = await this.gateway().submit(submission);
    if (!result.ok && result.error.code === 'attachmentMissing') {
      // The platform lost an image it had confirmed (a reset or its own retention): upload them all again, once.
      this.attachments.forgetUploads(row.local_number);
      const again = await this.uploadAttachments(row, submission);
      if (again !== 'ok') return again;
      result = await this.gateway().submit(submission);
    }
    const now = this.clock.now();
    if (result.ok) {
      this.online = true;
      this.lastContactAt = now;
      this.lastError = undefined;
      this.consecutiveFailures = 0;
      this.options.beforeRecordAck?.(row.local_number);
      this.recordAck(row, result.value, now);
      return 'delivered';
    }
    return this.failed(row, result.error.code as PlatformErrorCode);
  }

  /**
   * Uploads the images the application names that the platform has not confirmed yet (by blobRef: a repeat
   * is harmless), before the application itself. A transport failure ends the attempt like a failed submit.
   */
  private async uploadAttachments(row: Row, submission: Submission): Promise<'ok' | 'rejected' | 'retry'> {
    const named = new Set(blobRefsOf(submission));
    for (const ref of this.attachments.notUploaded(row.local_number)) {
      if (!named.has(ref)) continue;
      const image = this.attachments.read(ref);
      if (!image) {
        this.options.log.error(`outbox: an image named by ${row.local_number} cannot be read at the kiosk`);
        this.reject(row, 'attachmentMissing');
        return 'rejected';
      }
      const result = await this.gateway().putAttachment({
        sha256: sha256Of(ref),
        mediaType: image.mediaType,
        base64: image.bytes.toString('base64'),
      });
      if (!result.ok) return this.failed(row, result.error.code);
      this.attachments.markUploaded(row.local_number, ref);
    }
    return 'ok';
  }

  private failed(row: Row, code: PlatformErrorCode): 'rejected' | 'retry' {
    const now = this.clock.now();
    if (permanent.has(code)) {
      this.online = true;
      this.lastContactAt = now;
      this.options.log.error(`outbox: the platform refused ${row.local_number}: ${code}`);
      this.reject(row, code);
      return 'rejected';
    }
    this.online = false;
    this.lastError = code;
    this.consecutiveFailures += 1;
    const wait = this.backoff();
    this.pausedUntil = now + wait;
    this.store.db
      .prepare('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE local_number = ?')
      .run(now + wait, code, row.local_number);
    if (this.consecutiveFailures === 1 || this.consecutiveFailures % 10 === 0) {
      this.options.log.warn(
        `outbox: platform unavailable (${code}); ${this.status().pending} queued, next try in ${Math.round(wait / 1000)} s`,
      );
    }
    this.emit(row.local_number);
    return 'retry';
  }

  private recordAck(row: Row, ack: SubmissionAck, now: number): void {
    this.store.transaction(() => {
      this.store.db
        .prepare(
          `UPDATE outbox SET state = 'delivered', attempts = attempts + 1, case_number = ?, ack = ?, delivered_at = ?, last_error = NULL
           WHERE local_number = ? AND state = 'pending'`,
        )
        .run(ack.caseNumber, JSON.stringify(ack), now, row.local_number);
      this.store.db
        .prepare('UPDATE case_history SET case_number = ?, status = ?, updated_at = ? WHERE local_number = ?')
        .run(ack.caseNumber, ack.status, now, row.local_number);
      this.store.nextCounter('submissions.delivered');
      this.options.audit.record({
        actor: 'kiosk',
        action: 'submission.delivered',
        subject: ack.caseNumber,
        detail: { local: row.local_number, attempts: row.attempts + 1, duplicate: ack.duplicate },
      });
      this.purgeDeliveredWithReceipt();
    });
    this.emit(row.local_number);
  }

  private reject(row: Row, code: string): void {
    this.store.transaction(() => {
      this.store.db
        .prepare("UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ? WHERE local_number = ?")
        .run(code, row.local_number);
      this.store.db
        .prepare("UPDATE case_history SET status = 'rejected', updated_at = ? WHERE local_number = ?")
        .run(this.clock.now(), row.local_number);
      this.options.audit.record({
        actor: 'kiosk',
        action: 'submission.rejected',
        subject: row.local_number,
        detail: { code },
      });
    });
    this.emit(row.local_number);
  }

  private emit(localNumber: string): void {
    const entry = this.get(localNumber);
    if (!entry) return;
    for (const listener of this.listeners) {
      try {
        listener(entry);
      } catch (error) {
        this.options.log.warn(`outbox: listener failed: ${error instanceof Error ? error.message : 'error'}`);
      }
    }
  }

  /** Records the result of a contact outside the outbox (heartbeat), so "offline" shows without a submission. */
  noteContact(reachable: boolean, code?: string): void {
    const wasOffline = this.online === false;
    this.online = reachable;
    if (reachable) {
      this.lastContactAt = this.clock.now();
      this.lastError = undefined;
      if (wasOffline) {
        this.consecutiveFailures = 0;
        this.store.db.prepare("UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending'").run(this.clock.now());
        this.kick();
      }
    } else if (code) this.lastError = code;
  }
}

function entryOf(row: Row): OutboxEntry {
  return {
    localNumber: row.local_number,
    idempotencyKey: row.idempotency_key,
    target: { kind: row.target_kind, code: row.target_code },
    state: row.state,
    attempts: row.attempts,
    ...(row.last_error ? { lastError: row.last_error } : {}),
    ...(row.case_number ? { caseNumber: row.case_number } : {}),
    ...(row.ack ? { ack: JSON.parse(row.ack) as SubmissionAck } : {}),
    createdAt: row.created_at,
    ...(row.delivered_at ? { deliveredAt: row.delivered_at } : {}),
    ...(row.receipt_printed_at ? { receiptDoneAt: row.receipt_printed_at } : {}),
    personalDataHeld: row.payload !== null,
  };
}
