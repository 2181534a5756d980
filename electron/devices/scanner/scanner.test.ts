import { afterEach, describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../../../shared/devices/device-config.js';
import { createMemoryLogger } from '../../services/log/logger.js';
import type { DeviceEvent } from '../device.js';
import { MemoryLinkOpener } from '../transport/memory-link.js';
import type { ByteLink } from '../transport/link.js';
import { HidWedgeScanner } from './hid-wedge-scanner.js';
import { LineFramer } from './line-framer.js';
import { SerialScanner } from './serial-scanner.js';

describe('serial scanner line framing', () => {
  it('splits on the terminator across chunks and decodes UTF-8 or GB18030', () => {
    const framer = new LineFramer('cr', 'utf-8');
    expect(framer.push(new TextEncoder().encode('ABC')).codes).toEqual([]);
    expect(framer.push(new TextEncoder().encode('123\r\nXYZ\r')).codes).toEqual(['ABC123', 'XYZ']);
    const gb = new LineFramer('lf', 'gb18030');
    expect(gb.push(Uint8Array.of(0xd6, 0xd0, 0xce, 0xc4, 0x0a)).codes).toEqual(['中文']);
  });

  it('drops an over-long line instead of buffering without end', () => {
    const framer = new LineFramer('cr', 'utf-8', 8);
    const result = framer.push(new TextEncoder().encode('0123456789ABCDEF\rOK\r'));
    expect(result).toEqual({ codes: ['OK'], dropped: 1 });
  });
});

describe('serial scanner driver', () => {
  const scanners: SerialScanner[] = [];
  afterEach(async () => {
    for (const s of scanners.splice(0)) await s.stop();
  });

  it('emits codes only while reads are on, and follows unplug/replug', async () => {
    let deviceEnd: ByteLink | undefined;
    const opener = new MemoryLinkOpener('memory scanner', (end) => {
      deviceEnd = end;
    });
    const scanner = new SerialScanner({
      opener,
      terminator: 'cr',
      encoding: 'utf-8',
      backoff: { initialMs: 10, maxMs: 50 },
      logger: createMemoryLogger(),
    });
    scanners.push(scanner);
    const events: DeviceEvent[] = [];
    scanner.subscribe((e) => events.push(e));
    scanner.start();
    const until = async (check: () => boolean) => {
      const end = Date.now() + 2_000;
      while (!check()) {
        if (Date.now() > end) throw new Error(JSON.stringify(scanner.snapshot()));
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    await until(() => scanner.snapshot().status === 'online');
    expect(await deviceEnd!.write(new TextEncoder().encode('IGNORED\r'), 100)).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(events.filter((e) => e.type === 'scan')).toEqual([]);
    expect(await scanner.setEnabled(true)).toEqual({ ok: true, value: 'on' });
    expect(await deviceEnd!.write(new TextEncoder().encode('https://e.example/qr?id=1\r'), 100)).toMatchObject({
      ok: true,
    });
    await until(() => events.some((e) => e.type === 'scan'));
    expect(events.find((e) => e.type === 'scan')).toEqual({
      type: 'scan',
      code: 'https://e.example/qr?id=1',
      source: 'serial',
    });
    opener.unplug();
    await until(() => scanner.snapshot().status === 'noDevice');
    opener.replug();
    await until(() => scanner.snapshot().status === 'online');
    expect(scanner.snapshot().state).toEqual({ kind: 'scanner', scanner: 'on' });
  });
});

describe('keyboard-wedge scanner driver', () => {
  it('passes renderer-detected codes on only while reads are on, and tracks USB presence', async () => {
    const config = devicesConfigSchema.parse({
      qrScanner: { driver: 'hidWedge', match: { vendorId: '0c2e', productId: '0b61' }, pollIntervalMs: 50 },
    }).qrScanner;
    if (config.driver !== 'hidWedge') throw new Error('config');
    let present = true;
    const scanner = new HidWedgeScanner(config, () => present);
    const events: DeviceEvent[] = [];
    scanner.subscribe((e) => events.push(e));
    scanner.start();
    expect(scanner.wedgeScan('A1')).toEqual({ ok: true, value: false });
    expect(await scanner.setEnabled(true)).toMatchObject({ ok: true });
    expect(scanner.wedgeScan('A1')).toEqual({ ok: true, value: true });
    expect(events.filter((e) => e.type === 'scan')).toEqual([{ type: 'scan', code: 'A1', source: 'wedge' }]);
    present = false;
    await new Promise((r) => setTimeout(r, 120));
    expect(scanner.snapshot()).toMatchObject({ status: 'noDevice', state: { scanner: 'inoperative' } });
    await scanner.stop();
  });
});
