import { chinaIsoDate } from '../../../../shared/platform/china-time.js';
import type { KioskStore } from '../../store/store.js';

export type UsageKind = 'started' | 'completed' | 'abandoned' | 'rated' | 'printed' | 'fault';

/**
 * One row of usage_events (migration 7). What the columns hold per kind — codes and numbers only:
 *
 * | kind | target_kind | target_code | step | value |
 * | --- | --- | --- | --- | --- |
 * | started | item/package | item or package code | – | – |
 * | completed | item/package | code | – | seconds from started |
 * | abandoned | item/package | code | the screen it stopped on | seconds from started |
 * | rated | item (when the rating names one) | item code | the level (verySatisfied…) | 5…1 |
 * | printed | media | A4 / receipt80 | the printer (documentPrinter…) | sheets (A4) or copies (receipt) |
 * | fault | device | device class | the technician's code (deviceNotReady.paperOut) | – |
 */
export interface UsageEvent {
  readonly at: number;
  readonly kind: UsageKind;
  readonly targetKind?: string;
  readonly targetCode?: string;
  readonly step?: string;
  readonly value?: number;
}

export interface CountRow {
  readonly day: string;
  readonly kind: UsageKind;
  readonly targetKind: string | null;
  readonly targetCode: string | null;
  readonly step: string | null;
  readonly count: number;
  readonly sum: number;
}

export interface UptimeRun {
  readonly startedAt: number;
  readonly lastSeenAt: number;
}

/** The statistics' SQL: usage_events and uptime (both from migration 7). */
export class StatisticsStore {
  constructor(private readonly store: KioskStore) {}

  /** The kiosk's local date of a time: China (UTC+8), as the inspection record and case numbers count days. */
  static dayOf(at: number): string {
    return chinaIsoDate(at);
  }

  add(event: UsageEvent): void {
    this.store.db
      .prepare(
        'INSERT INTO usage_events (at, day, kind, target_kind, target_code, step, value) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        event.at,
        StatisticsStore.dayOf(event.at),
        event.kind,
        event.targetKind ?? null,
        event.targetCode ?? null,
        event.step ?? null,
        event.value ?? null,
      );
  }

  /** Counts and sums of value per day, kind, target and step, for days from..to (inclusive). */
  counts(from: string, to: string): CountRow[] {
    const rows = this.store.db
      .prepare(
        `SELECT day, kind, target_kind, target_code, step, COUNT(*) AS n, COALESCE(SUM(value), 0) AS total
         FROM usage_events WHERE day BETWEEN ? AND ?
         GROUP BY day, kind, target_kind, target_code, step`,
      )
      .all(from, to) as Array<{
      day: string;
      kind: UsageKind;
      target_kind: string | null;
      target_code: string | null;
      step: string | null;
      n: number;
      total: number;
    }>;
    return rows.map((r) => ({
      day: r.day,
      kind: r.kind,
      targetKind: r.target_kind,
      targetCode: r.target_code,
      step: r.step,
      count: Number(r.n),
      sum: Number(r.total),
    }));
  }

  /** Every completed flow's seconds in the range, per target, for medians. */
  completedDurations(from: string, to: string): Array<{ targetKind: string; targetCode: string; seconds: number }> {
    const rows = this.store.db
      .prepare(
        `SELECT target_kind, target_code, value FROM usage_events
         WHERE kind = 'completed' AND day BETWEEN ? AND ? AND value IS NOT NULL`,
      )
      .all(from, to) as Array<{ target_kind: string; target_code: string; value: number }>;
    return rows.map((r) => ({ targetKind: r.target_kind, targetCode: r.target_code, seconds: Number(r.value) }));
  }

  /** A new run of the kiosk: its start, seen now. */
  startRun(at: number): void {
    this.store.db.prepare('INSERT OR REPLACE INTO uptime (started_at, last_seen_at) VALUES (?, ?)').run(at, at);
  }

  /** The run is still alive at `at`. */
  touchRun(startedAt: number, at: number): void {
    this.store.db
      .prepare('UPDATE uptime SET last_seen_at = ? WHERE started_at = ? AND last_seen_at < ?')
      .run(at, startedAt, at);
  }

  /** Runs that overlap [from, to), oldest first. */
  runs(from: number, to: number): UptimeRun[] {
    const rows = this.store.db
      .prepare(
        'SELECT started_at, last_seen_at FROM uptime WHERE last_seen_at >= ? AND started_at < ? ORDER BY started_at',
      )
      .all(from, to) as Array<{ started_at: number; last_seen_at: number }>;
    return rows.map((r) => ({ startedAt: Number(r.started_at), lastSeenAt: Number(r.last_seen_at) }));
  }

  /** When the kiosk first ran (the oldest run kept), if ever. */
  firstRunAt(): number | undefined {
    const row = this.store.db.prepare('SELECT MIN(started_at) AS first FROM uptime').get() as
      { first: number | null } | undefined;
    return row?.first === null || row?.first === undefined ? undefined : Number(row.first);
  }
}
