import type { DeviceSnapshot } from '../../../shared/devices/device-status.js';
import type { DeviceEvent } from '../device.js';
import { StatusTracker, type StatusTrackerInit } from './status-tracker.js';
import { Listeners } from './time.js';

/**
 * A device whose status lives in a StatusTracker: every change goes to its subscribers as a 'status' event,
 * beside the driver's own events (card, scan). Every driver set up the same tracker-to-listeners bridge and
 * the same snapshot() and subscribe(); this is that one piece, so all of them report status the same way.
 */
export abstract class TrackedDevice {
  protected readonly tracker: StatusTracker;
  protected readonly events = new Listeners<DeviceEvent>();

  protected constructor(init: StatusTrackerInit) {
    this.tracker = new StatusTracker(init);
    this.tracker.onChange((snapshot) => this.events.emit({ type: 'status', snapshot }));
  }

  snapshot(): DeviceSnapshot {
    return this.tracker.snapshot();
  }

  subscribe(listener: (event: DeviceEvent) => void): () => void {
    return this.events.add(listener);
  }
}
