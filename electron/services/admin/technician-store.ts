import type { AdminRole, TechnicianEntry } from '../../../shared/config/admin-config.js';
import type { KioskStore } from '../store/store.js';

export interface TechnicianRow {
  readonly enrolmentId: string;
  readonly idHash: string;
  readonly pinHash: string;
  readonly role: AdminRole;
  readonly maskedName: string;
  readonly source: 'deployment' | 'console';
  readonly failedPins: number;
  readonly lockouts: number;
  readonly lockedUntil: number | null;
}

interface Row {
  enrolment_id: string;
  id_hash: string;
  pin_hash: string;
  role: AdminRole;
  masked_name: string;
  source: 'deployment' | 'console';
  failed_pins: number;
  lockouts: number;
  locked_until: number | null;
}

const COLUMNS = 'enrolment_id, id_hash, pin_hash, role, masked_name, source, failed_pins, lockouts, locked_until';

function toTechnician(row: Row): TechnicianRow {
  return {
    enrolmentId: row.enrolment_id,
    idHash: row.id_hash,
    pinHash: row.pin_hash,
    role: row.role,
    maskedName: row.masked_name,
    source: row.source,
    failedPins: row.failed_pins,
    lockouts: row.lockouts,
    lockedUntil: row.locked_until,
  };
}

/** The technicians table: enrolments (hashes only) and each one's lockout state, which survives a restart. */
export class TechnicianStore {
  constructor(private readonly store: KioskStore) {}

  /**
   * Makes the deployment's enrolments current: new ones added, changed ones updated (lockout state kept),
   * ones the file no longer names removed. Enrolments made on the console are left alone.
   */
  syncDeployment(entries: readonly TechnicianEntry[]): void {
    const now = this.store.clock.now();
    this.store.transaction(() => {
      const named = new Set(entries.map((e) => e.enrolmentId));
      for (const row of this.all().filter((t) => t.source === 'deployment' && !named.has(t.enrolmentId))) {
        this.store.db.prepare('UPDATE technicians SET removed_at = ? WHERE enrolment_id = ?').run(now, row.enrolmentId);
      }
      for (const entry of entries) {
        this.store.db
          .prepare(
            `INSERT INTO technicians (enrolment_id, id_hash, pin_hash, role, masked_name, source, created_at)
             VALUES (?, ?, ?, ?, ?, 'deployment', ?)
             ON CONFLICT(enrolment_id) DO UPDATE SET id_hash = excluded.id_hash, pin_hash = excluded.pin_hash,
               role = excluded.role, masked_name = excluded.masked_name, source = 'deployment', removed_at = NULL`,
          )
          .run(entry.enrolmentId, entry.idHash, entry.pinHash, entry.role, entry.maskedName, now);
      }
    });
  }

  all(): TechnicianRow[] {
    return (
      this.store.db
        .prepare(`SELECT ${COLUMNS} FROM technicians WHERE removed_at IS NULL ORDER BY enrolment_id`)
        .all() as unknown as Row[]
    ).map(toTechnician);
  }

  byEnrolment(enrolmentId: string): TechnicianRow | undefined {
    const row = this.store.db
      .prepare(`SELECT ${COLUMNS} FROM technicians WHERE enrolment_id = ? AND removed_at IS NULL`)
      .get(enrolmentId) as Row | undefined;
    return row ? toTechnician(row) : undefined;
  }

  byIdHash(idHash: string): TechnicianRow | undefined {
    const row = this.store.db
      .prepare(`SELECT ${COLUMNS} FROM technicians WHERE id_hash = ? AND removed_at IS NULL`)
      .get(idHash) as Row | undefined;
    return row ? toTechnician(row) : undefined;
  }

  /** True when an enrolment (present or removed) already holds this id or this card. */
  taken(enrolmentId: string, idHash: string): boolean {
    return (
      this.store.db
        .prepare('SELECT 1 FROM technicians WHERE (enrolment_id = ? OR id_hash = ?) AND removed_at IS NULL')
        .get(enrolmentId, idHash) !== undefined
    );
  }

  enrol(entry: TechnicianEntry): void {
    this.store.db
      .prepare(
        `INSERT INTO technicians (enrolment_id, id_hash, pin_hash, role, masked_name, source, created_at)
         VALUES (?, ?, ?, ?, ?, 'console', ?)
         ON CONFLICT(enrolment_id) DO UPDATE SET id_hash = excluded.id_hash, pin_hash = excluded.pin_hash,
           role = excluded.role, masked_name = excluded.masked_name, source = 'console', removed_at = NULL,
           failed_pins = 0, lockouts = 0, locked_until = NULL`,
      )
      .run(entry.enrolmentId, entry.idHash, entry.pinHash, entry.role, entry.maskedName, this.store.clock.now());
  }

  remove(enrolmentId: string): void {
    this.store.db
      .prepare('UPDATE technicians SET removed_at = ? WHERE enrolment_id = ?')
      .run(this.store.clock.now(), enrolmentId);
  }

  recordFailure(enrolmentId: string, failedPins: number, lockouts: number, lockedUntil: number | null): void {
    this.store.db
      .prepare('UPDATE technicians SET failed_pins = ?, lockouts = ?, locked_until = ? WHERE enrolment_id = ?')
      .run(failedPins, lockouts, lockedUntil, enrolmentId);
  }

  recordSuccess(enrolmentId: string): void {
    this.store.db
      .prepare('UPDATE technicians SET failed_pins = 0, lockouts = 0, locked_until = NULL WHERE enrolment_id = ?')
      .run(enrolmentId);
  }
}
