import { describe, expect, it } from 'vitest';
import type { DeviceSnapshot } from '../../../shared/devices/device-status.js';
import { deviceSnapshotSchema } from '../../../shared/devices/device-status.js';
import { StatusTracker } from './status-tracker.js';

describe('status tracker', () => {
  it('emits only real changes, stamps status changes, and clears the problem with a healthy status', () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const tracker = new StatusTracker(
      {
        device: 'documentPrinter',
        driver: 'cups',
        simulated: false,
        state: { kind: 'printer', paper: 'unknown', media: 'A4' },
      },
      () => now,
    );
    const seen: DeviceSnapshot[] = [];
    tracker.onChange((s) => seen.push(s));
    tracker.update({ status: 'online', state: { paper: 'full' }, detail: 'ok' });
    tracker.update({ status: 'online', state: { paper: 'full' }, detail: 'ok' });
    expect(seen).toHaveLength(1);
    now = new Date('2026-01-01T00:00:05Z');
    tracker.update({
      status: 'offline',
      detail: 'paused',
      problem: { errorClass: 'hardware', action: 'checkConnection' },
    });
    expect(seen.at(-1)).toMatchObject({
      status: 'offline',
      since: '2026-01-01T00:00:05.000Z',
      problem: { action: 'checkConnection' },
    });
    tracker.update({ state: { paper: 'low' } });
    expect(seen.at(-1)?.problem).toEqual({ errorClass: 'hardware', action: 'checkConnection' });
    tracker.update({ status: 'online', detail: 'back' });
    expect(seen.at(-1)?.problem).toBeUndefined();
    for (const s of seen) expect(deviceSnapshotSchema.safeParse(s).success).toBe(true);
  });
});
