import type { KioskStore } from '../store/store.js';

export type AuditActor = 'kiosk' | 'citizen' | 'admin' | 'system';

export interface AuditEvent {
  readonly actor: AuditActor;
  /** Dotted action name: "submission.saved", "submission.delivered", "document.printed", "admin.platformReset". */
  readonly action: string;
  /** What it is about: a case number, a local acceptance number, a document id. Never a person. */
  readonly subject?: string;
  /** Codes and counts only. */
  readonly detail?: Readonly<Record<string, string | number | boolean | undefined>>;
}

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: AuditActor;
  readonly action: string;
  readonly subject?: string;
  readonly detail: Record<string, string | number | boolean>;
}

const SAFE_TEXT = /^[A-Za-z0-9 ._:/=+-]{0,120}$/;
const SUSPICIOUS = [/\d{15,}/, /(?<!\d)1[3-9]\d{9}(?!\d)/, /\d{17}[\dXx]/];
const REMOVED = '[removed]';

/**
 * Keeps audit text to ASCII codes, numbers and identifiers: no Chinese text (so no names or addresses),
 * no ID numbers, no phone numbers. Something that does not pass is replaced, never stored.
 */
export function auditSafe(value: string): string {
  if (!SAFE_TEXT.test(value)) return REMOVED;
  return SUSPICIOUS.some((pattern) => pattern.test(value)) ? REMOVED : value;
}

/**
 * Who did what and when: kiosk events, admin actions, submissions by case number. The log holds no
 * personal data by construction (see auditSafe); it is kept in the store beside the outbox so an entry and
 * the change it describes commit together when written inside the same transaction.
 */
export class AuditLog {
  constructor(
    private readonly store: KioskStore,
    private readonly maxEntries = 200_000,
  ) {}

  record(event: AuditEvent): void {
    const detail: Record<string, string | number | boolean> = {};
    for (const [key, value] of Object.entries(event.detail ?? {})) {
      if (value === undefined) continue;
      const safeKey = auditSafe(key);
      if (safeKey === REMOVED) continue;
      detail[safeKey] =
        typeof value === 'string' ? auditSafe(value) : typeof value === 'number' && !Number.isFinite(value) ? 0 : value;
    }
    this.store.db
      .prepare('INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(
        this.store.clock.now(),
        event.actor,
        auditSafe(event.action),
        event.subject === undefined ? null : auditSafe(event.subject),
        Object.keys(detail).length > 0 ? JSON.stringify(detail) : null,
      );
  }

  list(options: { sinceMs?: number; limit?: number; action?: string } = {}): AuditEntry[] {
    const rows = this.store.db
      .prepare(
        `SELECT id, at, actor, action, subject, detail FROM audit_log
         WHERE at >= ? AND (? IS NULL OR action = ?) ORDER BY id DESC LIMIT ?`,
      )
      .all(
        options.sinceMs ?? 0,
        options.action ?? null,
        options.action ?? null,
        Math.min(options.limit ?? 200, 5000),
      ) as Array<{
      id: number;
      at: number;
      actor: AuditActor;
      action: string;
      subject: string | null;
      detail: string | null;
    }>;
    return rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actor: r.actor,
      action: r.action,
      ...(r.subject === null ? {} : { subject: r.subject }),
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, string | number | boolean>) : {},
    }));
  }

  /** Bounds the table; the audit log has no personal data, so it is trimmed by size, not by age. */
  trim(): number {
    const result = this.store.db
      .prepare('DELETE FROM audit_log WHERE id <= (SELECT MAX(id) FROM audit_log) - ?')
      .run(this.maxEntries);
    return result.changes;
  }
}
