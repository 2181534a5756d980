import type { KioskStore } from '../../store/store.js';

/** The last fault of each device, as the status page shows it: kept in the store's settings across restarts. */
export interface LastFault {
  readonly at: number;
  readonly code: string;
}

const FAULTS_KEY = 'console.lastDeviceFaults';

/**
 * What the status page reads of the store. The inspection record's table (device_checks, migration 7) is
 * written by the device tests; the page only asks when the latest check was. When the device-test engineer's
 * `admin.checks.lastInspection` lands, lastCheckAt() can ask it instead of the table.
 */
export class StatusStore {
  constructor(private readonly store: KioskStore) {}

  lastCheckAt(): number | undefined {
    const row = this.store.db.prepare('SELECT MAX(at) AS at FROM device_checks').get() as
      { at: number | null } | undefined;
    return row?.at ?? undefined;
  }

  lastFaults(): Record<string, LastFault> {
    return this.store.getSetting<Record<string, LastFault>>(FAULTS_KEY) ?? {};
  }

  recordFault(device: string, fault: LastFault): void {
    this.store.setSetting(FAULTS_KEY, { ...this.lastFaults(), [device]: fault });
  }
}
