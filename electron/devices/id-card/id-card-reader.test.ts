import { afterEach, describe, expect, it } from 'vitest';
import { findDemoCitizen } from '../../../shared/demo/demo-citizens.js';
import { createMemoryLogger } from '../../services/log/logger.js';
import type { DeviceEvent } from '../device.js';
import { MemoryLinkOpener } from '../transport/memory-link.js';
import { SamIdCardReader } from './id-card-reader.js';
import { SerialSamConnector } from './sam-channel.js';
import { emulatedCard, SamEmulator } from './sam-emulator.js';

const readers: SamIdCardReader[] = [];
afterEach(async () => {
  for (const r of readers.splice(0)) await r.stop();
});

function setup() {
  const emulator = new SamEmulator();
  const opener = new MemoryLinkOpener('memory sam', (end) => emulator.attach(end));
  const logger = createMemoryLogger();
  const reader = new SamIdCardReader({
    connector: new SerialSamConnector(opener),
    driver: 'simulator',
    simulated: true,
    logger,
    pollIntervalMs: 20,
    ioTimeoutMs: 60,
    readTimeoutMs: 200,
    missesBeforeOffline: 2,
    missesBeforeRemoved: 2,
    backoff: { initialMs: 20, maxMs: 100 },
  });
  const events: DeviceEvent[] = [];
  reader.subscribe((e) => events.push(e));
  readers.push(reader);
  reader.start();
  return { emulator, opener, reader, events, logger };
}

async function until(check: () => boolean, what: string, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const citizen = findDemoCitizen('wang-jianguo')!;

describe('ID card reader driver (SAM protocol, emulated reader)', () => {
  it('comes online, reads a placed card once, and sees it removed', async () => {
    const { emulator, reader, events, logger } = setup();
    await until(() => reader.snapshot().status === 'online', 'online');
    const waiting = reader.readCard({ timeoutMs: 2_000 });
    emulator.placeCard(emulatedCard(citizen));
    const read = await waiting;
    expect(read).toMatchObject({
      ok: true,
      value: { name: '王建国', idNumber: citizen.idNumber, nation: '汉', validTo: '20350821' },
    });
    expect(read.ok && read.value.photo).toBeUndefined();
    expect(events.filter((e) => e.type === 'card')).toEqual([{ type: 'card', event: 'inserted' }]);

    // Same card still there: not reported again.
    const again = await reader.readCard({ timeoutMs: 150 });
    expect(again).toMatchObject({ ok: false, error: { code: 'timeOut.noCard' } });

    emulator.removeCard();
    await until(() => events.some((e) => e.type === 'card' && e.event === 'removed'), 'removed');
    expect(reader.snapshot().state).toEqual({ kind: 'idCardReader', card: 'absent', sam: 'ok' });

    // Placed again: reported again.
    emulator.placeCard(emulatedCard(citizen));
    expect(await reader.readCard({ timeoutMs: 2_000 })).toMatchObject({ ok: true });
    expect(logger.lines.join('\n')).not.toMatch(/王建国|140311197508210032/);
  });

  it('retries a failed read once, then asks the citizen to re-place the card', async () => {
    const { emulator, reader } = setup();
    await until(() => reader.snapshot().status === 'online', 'online');
    emulator.placeCard(emulatedCard(citizen));
    emulator.readFailOnce = true;
    expect(await reader.readCard({ timeoutMs: 2_000 })).toMatchObject({ ok: true });
    expect(emulator.counts.get('read')).toBe(2);
  });

  it('reports a SAM fault as hardwareError and recovers when the SAM answers again', async () => {
    const { emulator, reader } = setup();
    await until(() => reader.snapshot().status === 'online', 'online');
    emulator.samFault = true;
    await until(() => reader.snapshot().status === 'hardwareError', 'SAM fault');
    expect(reader.snapshot()).toMatchObject({
      state: { sam: 'fault' },
      problem: { errorClass: 'hardware', action: 'maintenance' },
    });
    expect(await reader.readCard({ timeoutMs: 500 })).toMatchObject({
      ok: false,
      error: { code: 'hardwareError.samFault' },
    });
    emulator.samFault = false;
    await until(() => reader.snapshot().status === 'online', 'recovered');
  });

  it('goes offline when the reader stops answering, fails a waiting read at once, and comes back', async () => {
    const { emulator, reader } = setup();
    await until(() => reader.snapshot().status === 'online', 'online');
    const waiting = reader.readCard({ timeoutMs: 5_000 });
    emulator.silent = true;
    await until(() => reader.snapshot().status === 'offline', 'offline');
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'deviceNotReady.offline' } });
    emulator.silent = false;
    await until(() => reader.snapshot().status === 'online', 'back online');
  });

  it('reports an unplugged reader as noDevice and reconnects on replug', async () => {
    const { opener, reader } = setup();
    await until(() => reader.snapshot().status === 'online', 'online');
    opener.unplug();
    await until(() => reader.snapshot().status === 'noDevice', 'noDevice');
    expect(await reader.readCard({ timeoutMs: 100 })).toMatchObject({
      ok: false,
      error: { code: 'deviceNotReady.noDevice' },
    });
    opener.replug();
    await until(() => reader.snapshot().status === 'online', 'online again');
  });

  it('times out cleanly with no card, and cancels on abort', async () => {
    const { reader } = setup();
    await until(() => reader.snapshot().status === 'online', 'online');
    expect(await reader.readCard({ timeoutMs: 100 })).toMatchObject({ ok: false, error: { code: 'timeOut.noCard' } });
    const controller = new AbortController();
    const waiting = reader.readCard({ timeoutMs: 5_000, signal: controller.signal });
    controller.abort();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'canceled' } });
  });
});
