import { describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../../shared/devices/device-config.js';
import { deviceSnapshotSchema } from '../../shared/devices/device-status.js';
import { createMemoryLogger } from '../services/log/logger.js';
import { DeviceManager, type ManagedEvent } from './device-manager.js';

async function settled(manager: DeviceManager): Promise<void> {
  const end = Date.now() + 3_000;
  while (manager.snapshots().some((s) => s.driver !== 'none' && s.status !== 'online')) {
    if (Date.now() > end) throw new Error(JSON.stringify(manager.snapshots()));
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('device manager', () => {
  it('starts a simulator for every class by default and reports valid snapshots and events', async () => {
    const manager = await DeviceManager.create({
      config: devicesConfigSchema.parse({}),
      logger: createMemoryLogger(),
      developerMode: true,
    });
    const events: ManagedEvent[] = [];
    manager.subscribe((e) => events.push(e));
    manager.start();
    try {
      await settled(manager);
      expect(manager.simulatedClasses()).toEqual([
        'idCardReader',
        'documentPrinter',
        'receiptPrinter',
        'qrScanner',
        'documentCamera',
        'faceCamera',
      ]);
      for (const s of manager.snapshots()) expect(deviceSnapshotSchema.parse(s)).toMatchObject({ simulated: true });
      expect(events.some((e) => e.type === 'status' && e.device === 'receiptPrinter')).toBe(true);
      expect(manager.health()).toMatchObject({ name: 'devices', level: 'ok' });
    } finally {
      await manager.stop();
    }
  });

  it('flags simulators serving outside developer mode, and "none" devices as missing without failing the rest', async () => {
    const config = devicesConfigSchema.parse({ documentPrinter: { driver: 'none' } });
    const manager = await DeviceManager.create({ config, logger: createMemoryLogger(), developerMode: false });
    manager.start();
    try {
      await settled(manager);
      const health = manager.health();
      expect(health.level).toBe('degraded');
      expect(health.detail).toContain('simulators stand in for real devices outside developer mode');
      expect(manager.device('documentPrinter').snapshot()).toMatchObject({ driver: 'none', status: 'noDevice' });
      expect(
        await manager.print(
          'documentPrinter',
          { documentId: 'X', title: 'x', media: 'A4', pdf: new Uint8Array(16) },
          { timeoutMs: 1_000 },
        ),
      ).toMatchObject({
        ok: false,
        error: { code: 'deviceNotReady.noDevice' },
      });
      expect(manager.simulator('documentPrinter')).toBeUndefined();
    } finally {
      await manager.stop();
    }
  });
});
