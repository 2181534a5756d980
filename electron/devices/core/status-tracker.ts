import type { DeviceClass } from '../../../shared/devices/device-class.js';
import type {
  DeviceSnapshot,
  DeviceState,
  DeviceStatus,
  DriverKind,
  ErrorClass,
  RecommendedAction,
} from '../../../shared/devices/device-status.js';
import { Listeners } from './time.js';

export interface StatusChange {
  readonly status?: DeviceStatus;
  /** Fields of the per-class state to change (the kind stays). */
  readonly state?: Partial<Omit<DeviceState, 'kind'>>;
  readonly detail?: string;
  /** Who acts and how (error statuses, or an online printer out of paper); a status update without one clears it. */
  readonly problem?: { readonly errorClass: ErrorClass; readonly action: RecommendedAction };
}

/** A device's first snapshot: what it is, and the status until its driver knows better (noDevice, "starting"). */
export interface StatusTrackerInit {
  readonly device: DeviceClass;
  readonly driver: DriverKind;
  readonly simulated: boolean;
  readonly state: DeviceState;
  readonly status?: DeviceStatus;
  readonly detail?: string;
}

/**
 * Holds one device's snapshot and tells listeners when any field changes (and only then), so a driver can
 * report what it sees on every poll without flooding the renderer with identical events.
 */
export class StatusTracker {
  private current: DeviceSnapshot;
  private readonly listeners = new Listeners<DeviceSnapshot>();

  constructor(
    init: StatusTrackerInit,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.current = {
      device: init.device,
      driver: init.driver,
      simulated: init.simulated,
      status: init.status ?? 'noDevice',
      state: init.state,
      detail: init.detail ?? 'starting',
      since: this.now().toISOString(),
    };
  }

  snapshot(): DeviceSnapshot {
    return this.current;
  }

  onChange(listener: (snapshot: DeviceSnapshot) => void): () => void {
    return this.listeners.add(listener);
  }

  update(change: StatusChange): void {
    const before = this.current;
    const status = change.status ?? before.status;
    const state = { ...before.state, ...change.state } as DeviceState;
    const detail = (change.detail ?? before.detail).slice(0, 300);
    // A status update says its problem (or none); a state-only update keeps the one there is.
    const problem = change.problem ?? (change.status === undefined ? before.problem : undefined);
    const next: DeviceSnapshot = {
      ...before,
      status,
      state,
      detail,
      since: status !== before.status ? this.now().toISOString() : before.since,
      ...(problem ? { problem } : {}),
    };
    if (!problem) delete (next as { problem?: unknown }).problem;
    if (sameSnapshot(before, next)) return;
    this.current = next;
    this.listeners.emit(next);
  }
}

function sameSnapshot(a: DeviceSnapshot, b: DeviceSnapshot): boolean {
  return (
    a.status === b.status &&
    a.detail === b.detail &&
    JSON.stringify(a.state) === JSON.stringify(b.state) &&
    a.problem?.errorClass === b.problem?.errorClass &&
    a.problem?.action === b.problem?.action
  );
}
