import type { KioskStore } from '../../store/store.js';

/** The last fault of each device, as the status page shows it: kept in the store's settings across restarts. */
export interface LastFault {
  readonly at: number;
  readonly code: string;
}

const FAULTS_KEY = 'console.lastDeviceFaults';

/**
 * What the status page keeps in the store: each device's last fault. (When the last inspection was is the
 * checks service's to say: the page asks admin.checks.lastInspection.)
 */
export class StatusStore {
  constructor(private readonly store: KioskStore) {}

  lastFaults(): Record<string, LastFault> {
    return this.store.getSetting<Record<string, LastFault>>(FAULTS_KEY) ?? {};
  }

  recordFault(device: string, fault: LastFault): void {
    this.store.setSetting(FAULTS_KEY, { ...this.lastFaults(), [device]: fault });
  }
}
