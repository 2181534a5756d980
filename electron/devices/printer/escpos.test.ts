import { afterEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import { createMemoryLogger } from '../../services/log/logger.js';
import { MemoryLinkOpener } from '../transport/memory-link.js';
import {
  commands,
  escPosCondition,
  isPaperSensorByte,
  isRealTimeStatusByte,
  parseStatus,
  qrCommands,
  renderReceipt,
} from './escpos.js';
import { EscPosEmulator } from './escpos-emulator.js';
import { EscPosPrinter } from './escpos-printer.js';

describe('ESC/POS commands', () => {
  it('builds status queries, cut and the QR sequence byte by byte', () => {
    expect(commands.status(4)).toEqual([0x10, 0x04, 0x04]);
    expect(commands.cut).toEqual([0x1d, 0x56, 0x42, 0x00]);
    expect(qrCommands('AB')).toEqual([
      0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00, 0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x06, 0x1d, 0x28,
      0x6b, 0x03, 0x00, 0x31, 0x45, 0x31, 0x1d, 0x28, 0x6b, 0x05, 0x00, 0x31, 0x50, 0x30, 0x41, 0x42, 0x1d, 0x28, 0x6b,
      0x03, 0x00, 0x31, 0x51, 0x30,
    ]);
  });

  it('renders a receipt: init, Chinese mode, GB18030 text with styles, rule, feed and cut', () => {
    const bytes = [
      ...renderReceipt(
        [{ kind: 'text', text: '回执', bold: true, align: 'center', size: 'large' }, { kind: 'rule' }],
        4,
      ),
    ];
    expect(bytes).toEqual([
      0x1b, 0x40, 0x1c, 0x26, 0x1b, 0x61, 1, 0x1b, 0x45, 1, 0x1d, 0x21, 0x11, 0xbb, 0xd8, 0xd6, 0xb4, 0x0a, 0x1b, 0x45,
      0, 0x1d, 0x21, 0, 0x1b, 0x61, 0, 0x2d, 0x2d, 0x2d, 0x2d, 0x0a, 0x1b, 0x64, 4, 0x1d, 0x56, 0x42, 0x00,
    ]);
  });

  it('tells DLE EOT replies from GS r replies and reads paper, cover and errors', () => {
    expect(isRealTimeStatusByte(0x12)).toBe(true);
    expect(isRealTimeStatusByte(0x72)).toBe(true);
    expect(isRealTimeStatusByte(0x0c)).toBe(false);
    expect(isPaperSensorByte(0x0c)).toBe(true);
    expect(isPaperSensorByte(0x12)).toBe(false);
    expect(escPosCondition(parseStatus({ 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12 }), 'p')).toMatchObject({
      status: 'online',
      paper: 'full',
    });
    expect(escPosCondition(parseStatus({ 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x1e }), 'p')).toMatchObject({
      status: 'online',
      paper: 'low',
    });
    expect(escPosCondition(parseStatus({ 1: 0x1a, 2: 0x32, 3: 0x12, 4: 0x72 }), 'p')).toMatchObject({
      paper: 'out',
      refuse: 'paperOut',
    });
    expect(escPosCondition(parseStatus({ 1: 0x1a, 2: 0x16, 3: 0x12, 4: 0x12 }), 'p')).toMatchObject({
      status: 'userError',
      refuse: 'coverOpen',
    });
    expect(escPosCondition(parseStatus({ 1: 0x1a, 2: 0x52, 3: 0x16, 4: 0x12 }), 'p')).toMatchObject({
      paper: 'jammed',
      refuse: 'paperJam',
    });
  });
});

describe('ESC/POS driver against the emulator', () => {
  const printers: EscPosPrinter[] = [];
  let logger = createMemoryLogger();
  afterEach(async () => {
    for (const p of printers.splice(0)) await p.stop();
  });

  function setup() {
    logger = createMemoryLogger();
    const emulator = new EscPosEmulator();
    const opener = new MemoryLinkOpener('memory escpos', (end) => emulator.attach(end));
    const printer = new EscPosPrinter({
      opener,
      driver: 'simulator',
      simulated: true,
      columns: 48,
      jobTimeoutMs: 1_000,
      pollIntervalMs: 20,
      ioTimeoutMs: 50,
      missesBeforeOffline: 2,
      backoff: { initialMs: 20, maxMs: 100 },
      logger,
    });
    printers.push(printer);
    printer.start();
    return { emulator, opener, printer };
  }

  const until = async (check: () => boolean) => {
    const end = Date.now() + 2_000;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  const job: PrintJob = {
    documentId: 'R1',
    title: '排队小票',
    media: 'receipt80',
    pdf: new Uint8Array(10),
    receiptLines: [{ kind: 'text', text: 'A001', bold: false, align: 'center', size: 'large' }],
  };

  it('prints and completes on the in-order reply, logging the document id and never its title', async () => {
    const { emulator, printer } = setup();
    await until(() => printer.snapshot().status === 'online');
    expect(await printer.print(job, { timeoutMs: 2_000 })).toMatchObject({ ok: true, value: { jobId: 'R1' } });
    expect(emulator.printed).toContain(0x1d); // the cut
    expect(logger.lines.join('\n')).toContain('receipt R1 printed');
    expect(logger.lines.join('\n')).not.toContain(job.title);
  });

  it('follows paper state changes and refuses jams', async () => {
    const { emulator, printer } = setup();
    await until(() => printer.snapshot().status === 'online');
    emulator.paper = 'low';
    await until(
      () =>
        printer.snapshot().state.kind === 'printer' && (printer.snapshot().state as { paper: string }).paper === 'low',
    );
    emulator.cutterJam = true;
    expect(await printer.print(job, { timeoutMs: 2_000 })).toMatchObject({
      ok: false,
      error: { code: 'deviceNotReady.paperJam' },
    });
    expect(printer.snapshot()).toMatchObject({ status: 'hardwareError', state: { paper: 'jammed' } });
  });

  it('refuses a job without receipt lines', async () => {
    const { printer } = setup();
    await until(() => printer.snapshot().status === 'online');
    expect(await printer.print({ ...job, receiptLines: undefined }, { timeoutMs: 1_000 })).toMatchObject({
      ok: false,
      error: { code: 'invalidData.invalidJob' },
    });
  });

  it('goes noDevice on unplug and comes back on replug', async () => {
    const { opener, printer } = setup();
    await until(() => printer.snapshot().status === 'online');
    opener.unplug();
    await until(() => printer.snapshot().status === 'noDevice');
    expect(await printer.print(job, { timeoutMs: 500 })).toMatchObject({
      ok: false,
      error: { code: 'deviceNotReady.noDevice' },
    });
    opener.replug();
    await until(() => printer.snapshot().status === 'online');
  });
});
