import type { CheckDetail, CheckName, CheckResult } from '../../../../shared/contract/admin-devices.js';
import { checkNames } from '../../../../shared/contract/admin-devices.js';
import type { DeviceClass } from '../../../../shared/devices/device-class.js';
import { chinaIsoDate } from '../../../../shared/platform/china-time.js';
import type { KioskStore } from '../../store/store.js';

interface Row {
  at: number;
  day: string;
  check_name: string;
  device_class: string | null;
  ok: number;
  detail: string | null;
  enrolment_id: string;
  masked_name: string | null;
}

const known = new Set<string>(checkNames);

/** The detail column holds {reason?, ...facts}: codes and numbers only (the contract's detail schema). */
function toResult(row: Row): CheckResult | undefined {
  if (!known.has(row.check_name)) return undefined;
  let stored: { reason?: string; facts?: CheckDetail } = {};
  try {
    stored = row.detail ? (JSON.parse(row.detail) as typeof stored) : {};
  } catch {
    stored = {};
  }
  return {
    check: row.check_name as CheckName,
    ...(row.device_class ? { device: row.device_class as DeviceClass } : {}),
    ok: row.ok === 1,
    at: new Date(row.at).toISOString(),
    ...(stored.reason ? { reason: stored.reason } : {}),
    detail: stored.facts ?? {},
    enrolmentId: row.enrolment_id,
    ...(row.masked_name ? { maskedName: row.masked_name } : {}),
  };
}

const SELECT = `SELECT c.at, c.day, c.check_name, c.device_class, c.ok, c.detail, c.enrolment_id, t.masked_name
  FROM device_checks c LEFT JOIN technicians t ON t.enrolment_id = c.enrolment_id`;

/** The device_checks table (migration 7): one row per test run, kept; the inspection record reads the latest per test. */
export class ChecksStore {
  constructor(private readonly store: KioskStore) {}

  /** The local (China) date a time falls on: the inspection record's day. */
  static dayOf(at: number): string {
    return chinaIsoDate(at);
  }

  add(entry: {
    readonly at: number;
    readonly check: CheckName;
    readonly device?: DeviceClass;
    readonly ok: boolean;
    readonly reason?: string;
    readonly detail: CheckDetail;
    readonly enrolmentId: string;
  }): CheckResult {
    this.store.db
      .prepare(
        `INSERT INTO device_checks (at, day, check_name, device_class, ok, detail, enrolment_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.at,
        ChecksStore.dayOf(entry.at),
        entry.check,
        entry.device ?? null,
        entry.ok ? 1 : 0,
        JSON.stringify({ ...(entry.reason ? { reason: entry.reason } : {}), facts: entry.detail }),
        entry.enrolmentId,
      );
    const row = this.store.db.prepare(`${SELECT} WHERE c.id = last_insert_rowid()`).get() as unknown as Row | undefined;
    const result = row ? toResult(row) : undefined;
    if (!result) throw new Error('device check not stored');
    return result;
  }

  /** The latest result of each test on one day (or ever, without a day). */
  latest(day?: string): Map<CheckName, CheckResult> {
    const rows = (day
      ? this.store.db.prepare(`${SELECT} WHERE c.day = ? ORDER BY c.at, c.id`).all(day)
      : this.store.db
          .prepare(
            `${SELECT} WHERE c.id IN (SELECT MAX(id) FROM device_checks GROUP BY check_name) ORDER BY c.at, c.id`,
          )
          .all()) as unknown as Row[];
    const latest = new Map<CheckName, CheckResult>();
    for (const row of rows) {
      const result = toResult(row);
      if (result) latest.set(result.check, result);
    }
    return latest;
  }

  /** The latest test of any kind. */
  last(): CheckResult | undefined {
    const row = this.store.db.prepare(`${SELECT} ORDER BY c.at DESC, c.id DESC LIMIT 1`).get() as unknown as
      Row | undefined;
    return row ? toResult(row) : undefined;
  }
}
