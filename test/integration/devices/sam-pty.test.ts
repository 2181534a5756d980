import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDemoCitizen } from '../../../shared/demo/demo-citizens.js';
import { SamIdCardReader } from '../../../electron/devices/id-card/id-card-reader.js';
import { SerialSamChannel, SerialSamConnector } from '../../../electron/devices/id-card/sam-channel.js';
import { SamCommand } from '../../../electron/devices/id-card/sam-codec.js';
import type { DeviceEvent } from '../../../electron/devices/device.js';
import { type PortInfo, SerialLinkOpener } from '../../../electron/devices/transport/serial-link.js';
import { createMemoryLogger } from '../../../electron/services/log/logger.js';
import { type EmulatorProcess, haveSocat, type PtyPair, startPtyPair, startSamEmulator } from './support/pty-pair.js';

/**
 * The SAM driver against a real pseudo-terminal: socat makes a pty pair, a SAM emulator process serves one
 * end through serialport, the driver opens the other through its normal discovery (by USB ids — ptys have
 * none, so the test's lister reports the current pty with the reader's ids, as the OS would after a replug).
 */
const READER_IDS = { vendorId: '10c4', productId: 'ea60' };

describe.skipIf(!haveSocat)('SAM reader over a real pty (socat)', () => {
  let pair: PtyPair | undefined;
  let emulator: EmulatorProcess | undefined;
  let reader: SamIdCardReader;
  const events: DeviceEvent[] = [];
  const logger = createMemoryLogger();
  const lister = async (): Promise<PortInfo[]> => (pair ? [{ path: pair.host, ...READER_IDS }] : []);

  async function plugIn(): Promise<void> {
    pair = await startPtyPair();
    emulator = await startSamEmulator(pair.device);
  }

  async function pullOut(): Promise<void> {
    await emulator?.kill();
    await pair?.stop();
    emulator = undefined;
    pair = undefined;
  }

  async function until(check: () => boolean, what: string, ms = 8_000): Promise<void> {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${what}; status ${JSON.stringify(reader.snapshot())}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  beforeAll(async () => {
    await plugIn();
    reader = new SamIdCardReader({
      connector: new SerialSamConnector(
        new SerialLinkOpener({
          match: { ...READER_IDS, probe: false },
          baudRate: 115_200,
          lister,
          watchDir: '/nonexistent',
        }),
      ),
      driver: 'samSerial',
      simulated: false,
      logger,
      pollIntervalMs: 100,
      ioTimeoutMs: 400,
      readTimeoutMs: 1_500,
      missesBeforeOffline: 2,
      missesBeforeRemoved: 2,
      backoff: { initialMs: 100, maxMs: 500 },
    });
    reader.subscribe((e) => events.push(e));
    reader.start();
  });

  afterAll(async () => {
    await reader?.stop();
    await pullOut();
  });

  it('opens the pty found by its USB ids and comes online', async () => {
    await until(() => reader.snapshot().status === 'online', 'online');
    // The first "find card" poll follows the SAM status probe.
    await until(
      () =>
        reader.snapshot().state.kind === 'idCardReader' &&
        (reader.snapshot().state as { card: string }).card === 'absent',
      'first poll',
    );
    expect(reader.snapshot()).toMatchObject({ driver: 'samSerial', state: { sam: 'ok', card: 'absent' } });
    expect(reader.snapshot().detail).toContain(pair!.host);
  });

  it('reads a placed card over the wire and sees it removed', async () => {
    const waiting = reader.readCard({ timeoutMs: 5_000 });
    await emulator!.send({ place: 'li-xiuying' });
    const read = await waiting;
    const citizen = findDemoCitizen('li-xiuying')!;
    expect(read).toMatchObject({
      ok: true,
      value: { name: citizen.name, idNumber: citizen.idNumber, gender: '女', validTo: '长期' },
    });
    expect(events.filter((e) => e.type === 'card').at(-1)).toEqual({ type: 'card', event: 'inserted' });

    await emulator!.send({ remove: true });
    await until(
      () =>
        events.filter((e) => e.type === 'card').at(-1)?.type === 'card' &&
        (events.filter((e) => e.type === 'card').at(-1) as { event: string }).event === 'removed',
      'removed',
    );
    expect(reader.snapshot().state).toMatchObject({ card: 'absent' });
  });

  it('survives the emulator being killed, and reconnects when it comes back on a new pty', async () => {
    await pullOut();
    await until(() => reader.snapshot().status !== 'online', 'the loss to show');
    await until(() => reader.snapshot().status === 'noDevice', 'noDevice');
    expect(await reader.readCard({ timeoutMs: 200 })).toMatchObject({
      ok: false,
      error: { code: 'deviceNotReady.noDevice' },
    });

    await plugIn(); // a new socat: new ptys (the kernel may reuse the numbers)
    await until(() => reader.snapshot().status === 'online', 'online again');
    const waiting = reader.readCard({ timeoutMs: 5_000 });
    await emulator!.send({ place: 'zhang-xiaoming' });
    expect(await waiting).toMatchObject({ ok: true, value: { name: '张晓明' } });
    await emulator!.send({ remove: true });
  });

  it('times out cleanly on silence: one command ends in timeOut, the reader goes offline, then recovers', async () => {
    await until(() => reader.snapshot().status === 'online', 'online');
    await emulator!.send({ silent: true });
    await until(() => reader.snapshot().status === 'offline', 'offline on silence');
    expect(await reader.readCard({ timeoutMs: 300 })).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/^deviceNotReady\.offline$/) },
    });
    await emulator!.send({ silent: false });
    await until(() => reader.snapshot().status === 'online', 'online after silence');
  });

  it('a single exchange on a silent line completes with timeOut.noAnswer, never hangs', async () => {
    // A second, bare pair: nobody answers on the far end.
    const bare = await startPtyPair();
    const opener = new SerialLinkOpener({
      match: { probe: true },
      baudRate: 115_200,
      lister: async () => [{ path: bare.host }],
      watchDir: '/nonexistent',
    });
    const opened = await opener.open();
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const channel = new SerialSamChannel(opened.value);
    const started = Date.now();
    const reply = await channel.exchange(SamCommand.find, 300);
    expect(reply).toMatchObject({ ok: false, error: { code: 'timeOut.noAnswer' } });
    expect(Date.now() - started).toBeLessThan(2_000);
    await channel.close();
    await bare.stop();
  });

  it('never logged card contents', () => {
    const text = logger.lines.join('\n');
    expect(text).not.toMatch(/李秀英|张晓明|140311195803120022|140311198611060014/);
  });
});

if (!haveSocat) {
  console.warn('\n  !!! SKIPPED: SAM pty tests need /usr/bin/socat (apt-get install socat) !!!\n');
}
