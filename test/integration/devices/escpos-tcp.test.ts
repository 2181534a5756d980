import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAvailability } from '../../../shared/devices/availability.js';
import { describeDeviceFailure } from '../../../shared/devices/device-failure.js';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import { EscPosPrinter } from '../../../electron/devices/printer/escpos-printer.js';
import { encodeGb18030 } from '../../../electron/devices/printer/gb18030.js';
import { TcpLinkOpener } from '../../../electron/devices/transport/tcp-link.js';
import { createMemoryLogger } from '../../../electron/services/log/logger.js';
import { FakePrinter } from './support/fake-escpos-printer.js';

const receipt: PrintJob = {
  documentId: 'RCPT-0001',
  title: '受理回执',
  media: 'receipt80',
  pdf: new TextEncoder().encode('%PDF-1.4 stand-in'),
  receiptLines: [
    { kind: 'text', text: '阳泉市郊区政务服务中心', bold: true, align: 'center', size: 'large' },
    { kind: 'rule' },
    { kind: 'text', text: '办件编号：YQ-2026-0001', bold: false, align: 'left', size: 'normal' },
    { kind: 'qr', data: 'https://example.invalid/p/YQ-2026-0001' },
    { kind: 'feed', lines: 2 },
  ],
};

const contains = (haystack: number[], needle: ArrayLike<number>) => {
  const n = Array.from(needle);
  outer: for (let i = 0; i + n.length <= haystack.length; i += 1) {
    for (let j = 0; j < n.length; j += 1) if (haystack[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
};

/**
 * The ESC/POS driver against a TCP listener standing in for a receipt printer on port 9100: it records every
 * byte and answers DLE EOT n (and GS r 1) from a paper state the test sets.
 */
describe('ESC/POS receipt printer over TCP 9100', () => {
  const fake = new FakePrinter();
  let printer: EscPosPrinter;

  beforeAll(async () => {
    await fake.listen();
    printer = new EscPosPrinter({
      opener: new TcpLinkOpener({ host: '127.0.0.1', port: fake.port }),
      driver: 'escpos',
      simulated: false,
      columns: 48,
      jobTimeoutMs: 3_000,
      pollIntervalMs: 100,
      ioTimeoutMs: 500,
      missesBeforeOffline: 2,
      backoff: { initialMs: 100, maxMs: 500 },
      logger: createMemoryLogger(),
    });
    printer.start();
  });

  afterAll(async () => {
    await printer.stop();
    await fake.close();
  });

  it('reads paper-out from DLE EOT and says receipt printing is unavailable', async () => {
    const end = Date.now() + 5_000;
    while (
      printer.snapshot().state.kind !== 'printer' ||
      (printer.snapshot().state as { paper: string }).paper !== 'out'
    ) {
      if (Date.now() > end) throw new Error(`no paper-out status: ${JSON.stringify(printer.snapshot())}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(printer.snapshot()).toMatchObject({
      status: 'online',
      state: { paper: 'out' },
      problem: { action: 'refill' },
    });
    const availability = checkAvailability(['receiptPrinter'], [printer.snapshot()]);
    expect(availability).toMatchObject({ available: false, label: { 'zh-CN': '暂不可用' } });
    expect(availability.reason?.['zh-CN']).toContain('凭条打印机缺纸');
  });

  it('refuses the job with deviceNotReady.paperOut and sends no job bytes', async () => {
    const before = fake.jobBytes().length;
    const result = await printer.print(receipt, { timeoutMs: 5_000 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'deviceNotReady.paperOut',
        completion: 'deviceNotReady',
        errorClass: 'hardware',
        action: 'refill',
      },
    });
    if (!result.ok)
      expect(describeDeviceFailure(result.error.code).citizenMessage['zh-CN']).toBe('打印机缺纸，请联系工作人员');
    expect(fake.jobBytes().length).toBe(before); // only DLE EOT queries went out
    expect(contains(fake.received, [0x1b, 0x40])).toBe(false);
  });

  it('prints once paper is loaded: GB18030 text, native QR, cut, and completes on the GS r 1 reply', async () => {
    fake.paperOut = false;
    const result = await printer.print(receipt, { timeoutMs: 5_000 });
    expect(result).toMatchObject({ ok: true, value: { jobId: 'RCPT-0001' } });
    const job = fake.jobBytes();
    expect(contains(job, [0x1b, 0x40, 0x1c, 0x26])).toBe(true); // ESC @, FS &
    expect(contains(job, encodeGb18030('阳泉市郊区政务服务中心'))).toBe(true);
    expect(contains(job, [0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00])).toBe(true); // QR model 2
    expect(contains(job, new TextEncoder().encode('https://example.invalid/p/YQ-2026-0001'))).toBe(true);
    expect(contains(job, [0x1d, 0x56, 0x42, 0x00])).toBe(true); // cut
    expect(job.slice(-3)).toEqual([0x1d, 0x72, 0x01]); // completion probe last
  });
});
