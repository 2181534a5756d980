import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SimulatorFault } from '../../../shared/contract/devices.js';
import type { DeviceClass } from '../../../shared/devices/device-class.js';
import type { DeviceSnapshot } from '../../../shared/devices/device-status.js';
import { checkAvailability } from '../../../shared/devices/availability.js';
import { createKioskBackend, type KioskBackend } from '../../../electron/backend/create-backend.js';
import { createMemoryLogger } from '../../../electron/services/log/logger.js';
import { startWebHost, type WebHost } from '../../../electron/web-host/web-host.js';

/**
 * Every simulator fault reaches the renderer as a status event within one second — measured end to end the
 * way the browser sees it: the call goes in over the web host's HTTP API, the event comes back on its
 * WebSocket (/api/events?token=…), from the real backend built by createKioskBackend.
 */
interface Received {
  readonly event: string;
  readonly payload: unknown;
  readonly at: number;
}

describe('simulator faults reach the renderer as status events within one second', () => {
  let dataDir: string;
  let backend: KioskBackend;
  let host: WebHost;
  let socket: WebSocket;
  const received: Received[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kiosk-devices-'));
    writeFileSync(
      join(dataDir, 'kiosk.config.json'),
      JSON.stringify({ developerMode: true, devices: { faceCamera: { driver: 'none' } } }),
    );
    backend = await createKioskBackend({
      host: 'web',
      dataDir,
      version: '0.0.0-test',
      logger: createMemoryLogger(),
      developerApi: true,
    });
    host = await startWebHost({ backend, logger: createMemoryLogger() });
    socket = new WebSocket(`${host.origin.replace('http', 'ws')}/api/events?token=${encodeURIComponent(host.token)}`, {
      headers: { Origin: host.origin },
    });
    socket.on('message', (data) => {
      const { event, payload } = JSON.parse(String(data)) as { event: string; payload: unknown };
      received.push({ event, payload, at: performance.now() });
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    // Let every simulator connect and settle before faults are timed.
    await waitUntil(async () => {
      const status = await call('devices.status', {});
      return (status.value as { devices: DeviceSnapshot[] }).devices
        .filter((d) => d.driver !== 'none')
        .every((d) => d.status === 'online');
    });
  });

  afterAll(async () => {
    socket?.close();
    await host?.close();
    await backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function call(
    method: string,
    body: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
    const response = await fetch(`${host.origin}/api/invoke/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  }

  async function waitUntil(check: () => Promise<boolean>, ms = 5_000): Promise<void> {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('condition not reached');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Sends the call and returns how long until a matching event arrived on the socket (throws after 3 s). */
  async function timeToEvent(method: string, body: unknown, match: (r: Received) => boolean): Promise<number> {
    const from = received.length;
    const started = performance.now();
    const result = await call(method, body);
    expect(result, `${method} ${JSON.stringify(body)}`).toMatchObject({ ok: true });
    const end = Date.now() + 3_000;
    for (;;) {
      const hit = received.slice(from).find(match);
      if (hit) return hit.at - started;
      if (Date.now() > end) throw new Error(`no matching event after ${method} ${JSON.stringify(body)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  const status = (device: DeviceClass, check: (s: DeviceSnapshot) => boolean) => (r: Received) =>
    r.event === 'devices.status' &&
    (r.payload as DeviceSnapshot).device === device &&
    check(r.payload as DeviceSnapshot);
  const paper = (s: DeviceSnapshot) => (s.state.kind === 'printer' ? s.state.paper : undefined);

  const cases: Array<[DeviceClass, SimulatorFault, (s: DeviceSnapshot) => boolean]> = [
    [
      'idCardReader',
      'samFault',
      (s) => s.status === 'hardwareError' && s.state.kind === 'idCardReader' && s.state.sam === 'fault',
    ],
    ['idCardReader', 'samOk', (s) => s.status === 'online'],
    ['idCardReader', 'silence', (s) => s.status === 'offline'],
    ['idCardReader', 'unsilence', (s) => s.status === 'online'],
    ['idCardReader', 'unplug', (s) => s.status === 'noDevice'],
    ['idCardReader', 'replug', (s) => s.status === 'online'],
    ['documentPrinter', 'paperLow', (s) => paper(s) === 'low'],
    ['documentPrinter', 'paperOut', (s) => paper(s) === 'out'],
    ['documentPrinter', 'paperJam', (s) => s.status === 'hardwareError' && paper(s) === 'jammed'],
    ['documentPrinter', 'paperFull', (s) => s.status === 'online' && paper(s) === 'full'],
    ['documentPrinter', 'coverOpen', (s) => s.status === 'userError'],
    ['documentPrinter', 'coverClosed', (s) => s.status === 'online'],
    ['documentPrinter', 'silence', (s) => s.status === 'offline'],
    ['documentPrinter', 'unsilence', (s) => s.status === 'online'],
    ['documentPrinter', 'unplug', (s) => s.status === 'noDevice'],
    ['documentPrinter', 'replug', (s) => s.status === 'online'],
    ['receiptPrinter', 'paperLow', (s) => paper(s) === 'low'],
    ['receiptPrinter', 'paperOut', (s) => paper(s) === 'out'],
    ['receiptPrinter', 'paperJam', (s) => s.status === 'hardwareError' && paper(s) === 'jammed'],
    ['receiptPrinter', 'paperFull', (s) => s.status === 'online' && paper(s) === 'full'],
    ['receiptPrinter', 'coverOpen', (s) => s.status === 'userError'],
    ['receiptPrinter', 'coverClosed', (s) => s.status === 'online'],
    ['receiptPrinter', 'silence', (s) => s.status === 'offline'],
    ['receiptPrinter', 'unsilence', (s) => s.status === 'online'],
    ['receiptPrinter', 'unplug', (s) => s.status === 'noDevice'],
    ['receiptPrinter', 'replug', (s) => s.status === 'online'],
    ['qrScanner', 'inoperative', (s) => s.status === 'hardwareError'],
    ['qrScanner', 'operative', (s) => s.status === 'online'],
    ['qrScanner', 'unplug', (s) => s.status === 'noDevice'],
    ['qrScanner', 'replug', (s) => s.status === 'online'],
    ['documentCamera', 'unplug', (s) => s.status === 'noDevice'],
    ['documentCamera', 'replug', (s) => s.status === 'online'],
  ];

  const timings: string[] = [];

  it.each(cases)('%s %s', async (device, fault, check) => {
    const ms = await timeToEvent('devices.sim.fault', { device, fault }, status(device, check));
    timings.push(`${device} ${fault}: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1_000);
  });

  it('placing and lifting a demo card show as status and card events within one second', async () => {
    const placed = await timeToEvent(
      'devices.sim.placeCard',
      { citizenKey: 'zhao-li' },
      (r) => r.event === 'devices.idCard' && (r.payload as { event: string }).event === 'inserted',
    );
    expect(placed).toBeLessThan(1_000);
    expect(
      received.some(status('idCardReader', (s) => s.state.kind === 'idCardReader' && s.state.card === 'present')),
    ).toBe(true);
    const read = await call('devices.idCard.read', { waitMs: 2_000 });
    expect(read).toMatchObject({ ok: true, value: { name: '赵丽', idNumber: '140311199204150025' } });
    // The card data itself never travels on the event stream.
    expect(JSON.stringify(received)).not.toContain('140311199204150025');
    const lifted = await timeToEvent(
      'devices.sim.removeCard',
      {},
      (r) => r.event === 'devices.idCard' && (r.payload as { event: string }).event === 'removed',
    );
    expect(lifted).toBeLessThan(1_000);
    timings.push(`card placed: ${placed.toFixed(0)} ms, lifted: ${lifted.toFixed(0)} ms`);
  });

  it('a simulated scan reaches the page within one second when reads are on, and not at all when off', async () => {
    expect(await call('devices.scanner.setEnabled', { enabled: true })).toMatchObject({
      ok: true,
      value: { scanner: 'on' },
    });
    const ms = await timeToEvent(
      'devices.sim.scan',
      { code: 'YQ-2026-0001' },
      (r) => r.event === 'devices.scan' && (r.payload as { code: string }).code === 'YQ-2026-0001',
    );
    expect(ms).toBeLessThan(1_000);
    expect(await call('devices.scanner.setEnabled', { enabled: false })).toMatchObject({ ok: true });
    const before = received.filter((r) => r.event === 'devices.scan').length;
    expect(await call('devices.sim.scan', { code: 'SHOULD-NOT-ARRIVE' })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(received.filter((r) => r.event === 'devices.scan').length).toBe(before);
    timings.push(`scan: ${ms.toFixed(0)} ms`);
  });

  it('a print item is unavailable while the printer is out of paper and available again after a refill', async () => {
    await timeToEvent(
      'devices.sim.fault',
      { device: 'documentPrinter', fault: 'paperOut' },
      status('documentPrinter', (s) => paper(s) === 'out'),
    );
    const snapshots = ((await call('devices.status', {})).value as { devices: DeviceSnapshot[] }).devices;
    const availability = checkAvailability(['idCardReader', 'documentPrinter'], snapshots);
    expect(availability).toMatchObject({
      available: false,
      blockers: [{ device: 'documentPrinter', problem: 'paperOut' }],
    });
    expect(availability.reason?.['zh-CN']).toContain('打印机缺纸');
    expect(checkAvailability(['idCardReader'], snapshots).available).toBe(true);
    const pdf = Buffer.from('%PDF-1.4\n% simulated\n').toString('base64');
    const refused = await call('devices.print', {
      device: 'documentPrinter',
      documentId: 'DOC-1',
      title: '证明',
      media: 'A4',
      pdfBase64: pdf,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'deviceNotReady.paperOut' } });
    expect(await call('devices.sim.fault', { device: 'documentPrinter', fault: 'paperFull' })).toMatchObject({
      ok: true,
    });
    const printed = await call('devices.print', {
      device: 'documentPrinter',
      documentId: 'DOC-1',
      title: '证明',
      media: 'A4',
      pdfBase64: pdf,
    });
    expect(printed).toMatchObject({ ok: true, value: { device: 'documentPrinter' } });
    expect(await call('devices.sim.printed', {})).toMatchObject({
      ok: true,
      value: { jobs: [{ documentId: 'DOC-1', title: '证明' }] },
    });
  });

  it('refuses simulator controls for a device that is not simulated', async () => {
    expect(await call('devices.sim.fault', { device: 'faceCamera', fault: 'unplug' })).toMatchObject({
      ok: false,
      error: { code: 'unsupportedCommand.notSimulated' },
    });
    expect(await call('devices.sim.info', {})).toMatchObject({
      ok: true,
      value: { developerMode: true, simulated: expect.not.arrayContaining(['faceCamera']) },
    });
  });

  afterAll(() => {
    // Measured latencies, for the report.
    console.info(`\n  device event latencies (call → WebSocket event):\n    ${timings.join('\n    ')}\n`);
  });
});
