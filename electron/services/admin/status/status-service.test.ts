import { describe, expect, it } from 'vitest';
import type { DeviceSnapshot } from '../../../../shared/devices/device-status.js';
import type { PlatformGateway } from '../../../../shared/platform/index.js';
import { err, ok } from '../../../../shared/result.js';
import { ManualClock } from '../../store/clock.js';
import { StaticKeyProvider } from '../../store/key-provider.js';
import { KioskStore } from '../../store/store.js';
import { StatusService, type StatusServiceOptions } from './status-service.js';
import { StatusStore } from './status-store.js';

const start = Date.parse('2026-12-03T08:00:00Z');

function printer(status: DeviceSnapshot['status'], paper: 'full' | 'out' = 'full'): DeviceSnapshot {
  return {
    device: 'receiptPrinter',
    driver: 'escpos',
    status,
    state: { kind: 'printer', paper, media: 'receipt80' },
    detail: '',
    since: new Date(start).toISOString(),
    simulated: false,
  };
}

function setup(overrides: Partial<StatusServiceOptions> = {}, store?: KioskStore) {
  const clock = new ManualClock(start);
  const kioskStore = store ?? KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider(), clock });
  let snapshot = printer('noDevice');
  const listeners = new Set<(s: DeviceSnapshot) => void>();
  const heartbeats: number[] = [];
  const gateway = {
    heartbeat: () => {
      heartbeats.push(clock.now());
      return Promise.resolve(ok({ serverTime: new Date(clock.now()).toISOString(), catalogVersion: 'v1' }));
    },
  } as unknown as PlatformGateway;
  const service = new StatusService({
    store: new StatusStore(kioskStore),
    now: () => clock.now(),
    kioskId: 'YQ-0001',
    version: '1.0.0',
    host: 'web',
    startedAt: new Date(start),
    dataDir: '/',
    platformKind: 'http',
    gateway,
    catalogVersion: () => 'v1',
    health: () => ({ level: 'ok', checks: [], uptimeSeconds: 0 }),
    devices: () => [snapshot],
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    outbox: () => ({ pending: 3, delivered: 0, rejected: 0, oldestPendingSeconds: 125.6, online: undefined }),
    space: () => ({ freeBytes: 10, totalBytes: 100 }),
    ...overrides,
  });
  const set = (next: DeviceSnapshot) => {
    snapshot = next;
    for (const l of listeners) l(next);
  };
  return { clock, store: kioskStore, service, set, heartbeats };
}

describe('status page', () => {
  it('does not count a device still being found at start as a fault, but does once the grace has passed', () => {
    const { clock, service } = setup();
    expect(service.read().devices[0]).toEqual({ snapshot: printer('noDevice'), code: 'deviceNotReady.noDevice' });
    clock.advance(61_000);
    expect(service.read().devices[0]?.lastFault).toEqual({
      at: new Date(start).toISOString(),
      code: 'deviceNotReady.noDevice',
    });
  });

  it('keeps the last fault with its time and code after the device recovers, and across a restart', () => {
    const { clock, service, set, store } = setup();
    set(printer('online'));
    clock.advance(5_000);
    set(printer('online', 'out'));
    set(printer('online', 'out')); // the same fault again: not a new one
    const at = new Date(start + 5_000).toISOString();
    expect(service.read().devices[0]).toMatchObject({
      code: 'deviceNotReady.paperOut',
      lastFault: { at, code: 'deviceNotReady.paperOut' },
    });
    clock.advance(5_000);
    set(printer('online'));
    expect(service.read().devices[0]).toEqual({
      snapshot: printer('online'),
      lastFault: { at, code: 'deviceNotReady.paperOut' },
    });
    service.close();
    const again = setup({}, store);
    again.set(printer('online'));
    expect(again.service.read().devices[0]?.lastFault).toEqual({ at, code: 'deviceNotReady.paperOut' });
  });

  it('times one heartbeat at most every 30 s and shows outbox, disk, uptime', async () => {
    const { clock, service, heartbeats } = setup();
    await service.measureLatency();
    await service.measureLatency();
    expect(heartbeats).toHaveLength(1);
    clock.advance(31_000);
    await service.measureLatency();
    expect(heartbeats).toHaveLength(2);
    const status = service.read();
    expect(status.platform).toMatchObject({ kind: 'http', online: true, latencyMs: expect.any(Number) });
    expect(status.outbox).toEqual({ pending: 3, rejected: 0, oldestPendingSeconds: 126 });
    expect(status.disk).toEqual({ freeBytes: 10, totalBytes: 100 });
    expect(status.software.uptimeSeconds).toBe(31);
  });

  it('says offline with the code when the round trip fails or times out', async () => {
    const failing = setup({
      gateway: { heartbeat: () => Promise.resolve(err('unavailable', 'down')) } as unknown as PlatformGateway,
    });
    await failing.service.measureLatency();
    expect(failing.service.read().platform).toMatchObject({ online: false, lastError: 'unavailable' });
    const hanging = setup({
      gateway: { heartbeat: () => new Promise(() => undefined) } as unknown as PlatformGateway,
      probeTimeoutMs: 50,
    });
    await hanging.service.measureLatency();
    expect(hanging.service.read().platform).toMatchObject({ online: false, lastError: 'timeOut' });
    expect(hanging.service.read().platform.latencyMs).toBeUndefined();
  });
});
