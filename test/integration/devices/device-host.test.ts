import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../../../shared/devices/device-config.js';
import type { DeviceSnapshot } from '../../../shared/devices/device-status.js';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import { DeviceManager } from '../../../electron/devices/device-manager.js';
import { defaultHostEntry, IsolatedDevice } from '../../../electron/devices/host/isolated-device.js';
import { createMemoryLogger } from '../../../electron/services/log/logger.js';
import { FakePrinter } from './support/fake-escpos-printer.js';

/**
 * Process isolation: a driver in its own device-host process (child_process.fork, no electron) can be killed
 * or frozen without taking the backend with it; calls in flight fail cleanly, the device shows the fault,
 * and a fresh host brings it back.
 */
const entry = fileURLToPath(new URL('../../../electron/devices/host/device-host.ts', import.meta.url));

const receipt: PrintJob = {
  documentId: 'HOST-1',
  title: '排队小票',
  media: 'receipt80',
  pdf: new TextEncoder().encode('%PDF-1.4 stand-in'),
  receiptLines: [{ kind: 'text', text: '请取号 A001', bold: true, align: 'center', size: 'large' }],
};

describe('device-host process isolation', () => {
  const fake = new FakePrinter(false);
  let device: IsolatedDevice;
  const statuses: DeviceSnapshot[] = [];

  beforeAll(async () => {
    await fake.listen();
    const config = devicesConfigSchema.parse({
      receiptPrinter: {
        driver: 'escpos',
        link: { kind: 'tcp', host: '127.0.0.1', port: fake.port },
        pollIntervalMs: 100,
        ioTimeoutMs: 500,
      },
    });
    device = new IsolatedDevice({
      deviceClass: 'receiptPrinter',
      driver: 'escpos',
      config,
      entry,
      logger: createMemoryLogger(),
      pingIntervalMs: 200,
      pingTimeoutMs: 500,
    });
    device.subscribe((e) => {
      if (e.type === 'status') statuses.push(e.snapshot);
    });
    device.start();
  });

  afterAll(async () => {
    await device.stop();
    await fake.close();
  });

  const until = async (check: () => boolean, what: string, ms = 15_000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(device.snapshot())}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('runs the driver in a child process and prints through it', async () => {
    await until(() => device.snapshot().status === 'online', 'online');
    expect(device.pid).toBeDefined();
    expect(device.pid).not.toBe(process.pid);
    expect(await device.print(receipt, { timeoutMs: 5_000 })).toMatchObject({ ok: true, value: { jobId: 'HOST-1' } });
  });

  it('survives the host being killed: the fault shows, then a new host brings the printer back', async () => {
    const first = device.pid!;
    process.kill(first, 'SIGKILL');
    await until(
      () => statuses.some((s) => s.status === 'hardwareError' && s.detail.includes('device host exited')),
      'the crash to show',
    );
    await until(
      () => device.snapshot().status === 'online' && device.pid !== undefined && device.pid !== first,
      'a new host online',
    );
    expect(await device.print(receipt, { timeoutMs: 5_000 })).toMatchObject({ ok: true });
  });

  it('kills a frozen host that stops answering pings, and replaces it', async () => {
    const frozen = device.pid!;
    process.kill(frozen, 'SIGSTOP');
    await until(() => device.pid !== frozen && device.snapshot().status === 'online', 'a replacement host', 20_000);
    expect(() => process.kill(frozen, 0)).toThrow(); // the frozen one is gone
  });

  it('ends a call in flight with hardwareError.hostCrashed when the host dies under it', async () => {
    fake.paperOut = false;
    const pid = device.pid!;
    const pending = device.readCard({ timeoutMs: 5_000 }); // not a reader: answers after the host handles it
    const printing = device.print(receipt, { timeoutMs: 10_000 });
    process.kill(pid, 'SIGKILL');
    const [a, b] = await Promise.all([pending, printing]);
    for (const r of [a, b])
      expect((r.ok === false && ['hardwareError.hostCrashed', 'internalError'].includes(r.error.code)) || r.ok).toBe(
        true,
      );
    await until(() => device.snapshot().status === 'online', 'online after the crash');
  });
});

describe('device manager: native drivers go to device hosts', () => {
  it('finds the device-host entry next to its own code', () => {
    expect(defaultHostEntry()).toBe(entry);
  });

  it('starts a serial SAM reader in its own process, where real discovery finds no matching port', async () => {
    const config = devicesConfigSchema.parse({
      idCardReader: { driver: 'samSerial', link: { kind: 'serial', match: { vendorId: 'fffe', productId: 'fffd' } } },
    });
    const manager = await DeviceManager.create({
      config,
      logger: createMemoryLogger(),
      isolation: 'process',
      hostEntry: entry,
    });
    manager.start();
    try {
      const reader = manager.device('idCardReader');
      expect(reader).toBeInstanceOf(IsolatedDevice);
      const end = Date.now() + 15_000;
      while (reader.snapshot().status !== 'noDevice' || !reader.snapshot().detail.includes('no serial port matches')) {
        if (Date.now() > end) throw new Error(JSON.stringify(reader.snapshot()));
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(manager.health()).toMatchObject({ level: 'degraded' });
      expect(manager.health().detail).toContain('idCardReader: missing');
      // The other classes stayed on their simulators in the backend.
      expect(manager.simulatedClasses()).toContain('documentPrinter');
    } finally {
      await manager.stop();
    }
  });
});
