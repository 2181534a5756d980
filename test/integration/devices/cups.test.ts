import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { CUPS_PDF_DIR, CUPS_QUEUE, cupsReady, runTool } from '../support/cups-queue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAvailability } from '../../../shared/devices/availability.js';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import { CupsPrinter } from '../../../electron/devices/printer/cups-printer.js';
import { createMemoryLogger } from '../../../electron/services/log/logger.js';

/**
 * The CUPS driver against a real cupsd with a cups-pdf queue (set up by .ci/setup-cups.sh, which CI runs as
 * root before the tests). A printed PDF must land as a PDF; a disabled queue must read as offline and make
 * printing unavailable.
 */
const QUEUE = CUPS_QUEUE;
const OUT_DIR = CUPS_PDF_DIR;
const run = runTool;
const SERVER = 'http://127.0.0.1:631';
const PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd';

if (!cupsReady) {
  console.warn(
    `\n  !!! SKIPPED: CUPS printer tests need a running cupsd with queue "${QUEUE}".\n  !!! Run as root: bash .ci/setup-cups.sh   (CI does this in .ci/run)\n`,
  );
}

function makePdf(text: string): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.fontSize(24).text(text);
    doc.end();
  });
}

function printer(queue: string): CupsPrinter {
  return new CupsPrinter({
    deviceClass: 'documentPrinter',
    queue,
    server: SERVER,
    jobTimeoutMs: 60_000,
    pollIntervalMs: 200,
    ioTimeoutMs: 3_000,
    logger: createMemoryLogger(),
  });
}

describe.skipIf(!cupsReady)('CUPS driver against a real cupsd with cups-pdf', () => {
  const tempQueue = `kiosk-pdf-test-${process.pid}`;
  const started: CupsPrinter[] = [];

  beforeAll(() => {
    expect(run('lpadmin', ['-p', tempQueue, '-v', 'cups-pdf:/', '-P', PPD, '-E'])).toBeDefined();
  });

  afterAll(async () => {
    for (const p of started) await p.stop();
    run('lpadmin', ['-x', tempQueue]);
  });

  it('prints a PDF and reports completion only when CUPS says completed; the PDF lands as a PDF', async () => {
    const device = printer(QUEUE);
    const condition = await device.refresh();
    expect(condition).toMatchObject({ status: 'online' });
    const documentId = `TEST-${Date.now()}`;
    const job: PrintJob = {
      documentId,
      title: 'kiosk test page',
      media: 'A4',
      pdf: await makePdf(`Kiosk CUPS test ${documentId}`),
    };
    const result = await device.print(job, { timeoutMs: 60_000 });
    expect(result).toMatchObject({ ok: true, value: { jobId: expect.stringMatching(new RegExp(`^${QUEUE}-\\d+$`)) } });
    if (!result.ok) return;
    const jobNumber = result.value.jobId.split('-').at(-1);
    // cups-pdf has written the file by the time CUPS marks the job completed.
    const file = readdirSync(OUT_DIR).find((name) => name.endsWith(`job_${jobNumber}.pdf`));
    expect(file, `a file for job ${jobNumber} in ${OUT_DIR}`).toBeDefined();
    const bytes = readFileSync(join(OUT_DIR, file!));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(500);
    rmSync(join(OUT_DIR, file!), { force: true });
  });

  it('refuses a file that is not a PDF without touching the spooler', async () => {
    const result = await printer(QUEUE).print(
      { documentId: 'NOT-PDF', title: 'x', media: 'A4', pdf: new TextEncoder().encode('hello world, not a pdf') },
      { timeoutMs: 5_000 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidData.invalidJob' } });
  });

  it('reports a disabled queue as offline, refuses jobs, and the kiosk says printing is unavailable', async () => {
    const device = printer(tempQueue);
    started.push(device);
    device.start();
    await waitFor(() => device.snapshot().status === 'online', 'online');
    expect(run('cupsdisable', ['-r', 'kiosk test: paper tray service', tempQueue])).toBeDefined();
    await waitFor(() => device.snapshot().status === 'offline', 'offline after cupsdisable');
    expect(device.snapshot().detail).toContain('paused');
    expect(device.snapshot().problem).toEqual({ errorClass: 'hardware', action: 'checkConnection' });

    const availability = checkAvailability(['documentPrinter'], [device.snapshot()]);
    expect(availability.available).toBe(false);
    expect(availability.label).toEqual({ 'zh-CN': '暂不可用', en: 'Unavailable for now' });
    expect(availability.reason?.['zh-CN']).toBe('暂不可用：打印机未连接或已关闭。请稍后再试，或到服务窗口办理。');
    expect(
      checkAvailability(
        ['idCardReader'],
        [
          device.snapshot(),
          {
            ...device.snapshot(),
            device: 'idCardReader',
            status: 'online',
            state: { kind: 'idCardReader', card: 'absent', sam: 'ok' },
          },
        ],
      ).available,
    ).toBe(true);

    const refused = await device.print(
      { documentId: 'OFFLINE', title: 'x', media: 'A4', pdf: await makePdf('offline') },
      { timeoutMs: 10_000 },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'deviceNotReady.offline' } });

    expect(run('cupsenable', [tempQueue])).toBeDefined();
    await waitFor(() => device.snapshot().status === 'online', 'online after cupsenable');
  });

  it('reports a queue CUPS does not have as noDevice, and an unreachable scheduler as offline', async () => {
    const missing = printer('no-such-queue-kiosk');
    await missing.refresh();
    expect(missing.snapshot()).toMatchObject({ status: 'noDevice' });
    const unreachable = new CupsPrinter({
      deviceClass: 'documentPrinter',
      queue: QUEUE,
      server: 'http://127.0.0.1:9',
      jobTimeoutMs: 5_000,
      pollIntervalMs: 1_000,
      ioTimeoutMs: 1_000,
      logger: createMemoryLogger(),
    });
    await unreachable.refresh();
    expect(unreachable.snapshot()).toMatchObject({ status: 'offline' });
    expect(unreachable.snapshot().detail).toContain('not reachable');
  });
});

async function waitFor(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
