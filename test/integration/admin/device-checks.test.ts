import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CUPS_PDF_DIR, CUPS_QUEUE, cupsReady, runTool } from '../support/cups-queue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kioskConfigSchema } from '../../../shared/config/kiosk-config.js';
import { findDemoCitizen } from '../../../shared/demo/demo-citizens.js';
import { DeviceManager } from '../../../electron/devices/device-manager.js';
import type { PortInfo } from '../../../electron/devices/transport/serial-link.js';
import { createDispatcher, type Dispatch } from '../../../electron/rpc/dispatcher.js';
import { EventHub } from '../../../electron/rpc/event-hub.js';
import type { Handlers } from '../../../electron/rpc/handlers.js';
import { openAdminServices, type AdminDependencies } from '../../../electron/services/admin/admin-services.js';
import { createConsoleHandlers } from '../../../electron/services/admin/console-handlers.js';
import { maskName } from '../../../electron/services/admin/credentials.js';
import { querySupplies } from '../../../electron/services/admin/consumables/cups-supplies.js';
import { HealthMonitor } from '../../../electron/services/app/health-monitor.js';
import { CatalogService } from '../../../electron/services/catalog/catalog-service.js';
import { loadKioskConfig } from '../../../electron/services/config/load-config.js';
import { createLogger } from '../../../electron/services/log/logger.js';
import { catalogLookupFor } from '../../../electron/services/platform/catalog-adapter.js';
import { openPlatformServices, type PlatformServices } from '../../../electron/services/platform/platform-services.js';
import { adminConfigForTests, technician } from '../../fixtures/technicians.js';
import { FakePrinter } from '../devices/support/fake-escpos-printer.js';
import {
  type EmulatorProcess,
  haveSocat,
  type PtyPair,
  startPtyPair,
  startSamEmulator,
} from '../devices/support/pty-pair.js';

/**
 * The device tests (自检), the inspection record and the paper count through the console's guarded calls, on
 * the real peers the device tests use: CUPS with the cups-pdf queue (.ci/setup-cups.sh) for the A4 printer,
 * an ESC/POS printer listening on TCP for the receipts, and the SAM protocol over a socat pty for the card
 * reader. What came out is looked at: the PDFs are turned into PNGs under test/output/admin-checks/.
 */
const QUEUE = CUPS_QUEUE;
const OUT_DIR = CUPS_PDF_DIR;
const run = runTool;
const PNG_DIR = join(process.cwd(), 'test', 'output', 'admin-checks');
const READER_IDS = { vendorId: '10c4', productId: 'ea60' };
const KIOSK_ID = 'YQ-TEST-0311';

if (!cupsReady)
  console.warn(`\n  !!! SKIPPED: console device checks need cupsd with queue "${QUEUE}" (bash .ci/setup-cups.sh)\n`);

const context = { transport: 'web', sender: 'test' } as const;
type Reply = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string; message: string } };

/** The PDF cups-pdf wrote for a job ("kiosk-pdf-12" → "…job_12.pdf"), once it is complete. */
async function cupsPdfFor(jobId: string): Promise<string> {
  const id = /-(\d+)$/.exec(jobId)?.[1];
  if (!id) throw new Error(`not a CUPS job id: ${jobId}`);
  for (let n = 0; n < 100; n += 1) {
    const file = readdirSync(OUT_DIR).find((f) => f.endsWith(`job_${id}.pdf`));
    if (file) {
      const path = join(OUT_DIR, file);
      if (statSync(path).size > 1000 && readFileSync(path).includes('%%EOF')) return path;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`cups-pdf wrote nothing for job ${id}`);
}

/** What pdfinfo says of a PDF: its title (cups-pdf keeps the job name: our document id) and page size. */
function pdfInfo(pdf: string): { title: string; size: string; pages: number } {
  const info = run('pdfinfo', [pdf]) ?? '';
  return {
    title: /^Title:\s*(.*)$/m.exec(info)?.[1]?.trim() ?? '',
    size: /^Page size:\s*(.*)$/m.exec(info)?.[1]?.trim() ?? '',
    pages: Number(/^Pages:\s*(\d+)/m.exec(info)?.[1] ?? 0),
  };
}

/** Share of dark pixels in a region of the first page at 50 dpi (grey PGM from pdftoppm), 0–1. */
function darkShare(pdf: string, region?: { x: number; y: number; w: number; h: number }): number {
  const pgm = execFileSync('pdftoppm', ['-r', '50', '-gray', '-singlefile', pdf]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  const r = region ?? { x: 0, y: 0, w: width, h: height };
  let dark = 0;
  for (let y = r.y; y < r.y + r.h; y += 1)
    for (let x = r.x; x < r.x + r.w; x += 1) if ((pixels[y * width + x] ?? 255) < 128) dark += 1;
  return dark / (r.w * r.h);
}

function toPng(pdf: string, name: string): string {
  mkdirSync(PNG_DIR, { recursive: true });
  const base = join(PNG_DIR, name);
  execFileSync('pdftoppm', ['-r', '50', '-png', '-singlefile', pdf, base]);
  return `${base}.png`;
}

describe.skipIf(!cupsReady || !haveSocat)('console device checks on real peers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-checks-'));
  const receipt = new FakePrinter(false);
  let pair: PtyPair | undefined;
  let sam: EmulatorProcess | undefined;
  let devices: DeviceManager;
  let platform: PlatformServices;
  let health: HealthMonitor;
  let dispatch: Dispatch;
  let closeAdmin: () => void = () => undefined;
  let token = '';
  const sentPdfs: string[] = [];

  const call = (method: string, payload: Record<string, unknown> = {}) =>
    dispatch(method, { token, ...payload }, context) as Promise<Reply>;
  const value = async <T = Record<string, unknown>>(method: string, payload: Record<string, unknown> = {}) => {
    const reply = await call(method, payload);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
    return reply.value as T;
  };
  const until = async (what: string, check: () => boolean, ms = 15_000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(devices.snapshots())}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    await receipt.listen();
    pair = await startPtyPair();
    sam = await startSamEmulator(pair.device);
    const logger = createLogger({ file: join(dataDir, 'logs', 'kiosk.log') });
    const file = kioskConfigSchema.parse({
      kioskId: KIOSK_ID,
      admin: await adminConfigForTests(),
      devices: {
        isolation: 'inline',
        idCardReader: {
          driver: 'samSerial',
          link: { kind: 'serial', match: { ...READER_IDS, probe: false } },
          pollIntervalMs: 100,
          ioTimeoutMs: 400,
        },
        documentPrinter: { driver: 'cups', queue: QUEUE, jobTimeoutMs: 60_000, pollIntervalMs: 500 },
        receiptPrinter: {
          driver: 'escpos',
          link: { kind: 'tcp', host: '127.0.0.1', port: receipt.port },
          pollIntervalMs: 200,
          ioTimeoutMs: 500,
        },
        qrScanner: { driver: 'simulator' },
        documentCamera: { driver: 'simulator' },
        faceCamera: { driver: 'none' },
      },
    });
    writeFileSync(join(dataDir, 'kiosk.config.json'), JSON.stringify(file));
    const loaded = loadKioskConfig(join(dataDir, 'kiosk.config.json'), {
      deployed: false,
      lastGoodPath: join(dataDir, 'state', 'last-good.json'),
    });
    const catalog = new CatalogService({ logger, saveFile: join(dataDir, 'catalog', 'current.json') });
    platform = openPlatformServices({
      dataDir,
      config: loaded.config,
      logger,
      version: '1.2.3-test',
      catalog: () => catalogLookupFor(catalog.current()),
      keyDir: `${dataDir}.keys`,
    });
    const lister = async (): Promise<PortInfo[]> => (pair ? [{ path: pair.host, ...READER_IDS }] : []);
    devices = await DeviceManager.create({ config: loaded.config.devices, logger, isolation: 'inline', lister });
    devices.start();
    // A copy of each A4 PDF as it was sent, to read its text (cups-pdf's rewrite keeps no text layer).
    devices.onPrinted(({ job }) => {
      if (job.media !== 'A4') return;
      const path = join(dataDir, `${job.documentId}.pdf`);
      writeFileSync(path, job.pdf);
      sentPdfs.push(path);
    });
    health = new HealthMonitor();
    const deps: AdminDependencies = {
      dataDir,
      version: '1.2.3-test',
      host: 'web',
      startedAt: new Date(),
      loaded,
      config: loaded.config,
      platform,
      devices,
      catalog,
      health,
      events: new EventHub(),
      logger,
    };
    const admin = openAdminServices(deps);
    closeAdmin = () => admin.close();
    dispatch = createDispatcher(createConsoleHandlers(admin, deps) as unknown as Handlers, logger);

    await until('devices online', () =>
      devices
        .snapshots()
        .filter((s) => ['idCardReader', 'documentPrinter', 'receiptPrinter'].includes(s.device))
        .every((s) => s.status === 'online'),
    );
    // The technician signs in with their own card on the reader (the SAM emulator), then lifts it.
    await sam.send({ place: technician.citizenKey });
    const identified = await dispatch('admin.identifyCard', {}, context);
    expect(identified).toMatchObject({ ok: true, value: { kind: 'technician' } });
    const signed = (await dispatch('admin.signIn', { via: 'card', pin: technician.pin }, context)) as Reply;
    if (!signed.ok) throw new Error(`sign-in: ${signed.error.code}`);
    token = (signed.value as { session: { token: string } }).session.token;
    await sam.send({ remove: true });
  }, 60_000);

  afterAll(async () => {
    closeAdmin();
    await devices?.stop();
    await platform?.close();
    await sam?.kill();
    await pair?.stop();
    await receipt.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.keys`, { recursive: true, force: true });
  });

  it('refuses every check without the session', async () => {
    const reply = (await dispatch(
      'admin.checks.run',
      { token: 'x'.repeat(43), check: 'a4TestPage' },
      context,
    )) as Reply;
    expect(reply).toMatchObject({ ok: false, error: { code: 'adminSessionEnded' } });
    expect(await value<{ consumables: Array<{ used: number }> }>('admin.consumables.list')).toMatchObject({
      consumables: [{ used: 0 }, { used: 0 }],
    });
  });

  it('prints the A4 test page through CUPS: a PDF lands in the cups-pdf folder and is counted', async () => {
    const { result } = await value<{ result: { ok: boolean; detail: { job: string; pages: number } } }>(
      'admin.checks.run',
      { check: 'a4TestPage' },
    );
    expect(result).toMatchObject({ ok: true, detail: { pages: 1, driver: 'cups' } });
    const pdf = await cupsPdfFor(result.detail.job);
    expect(pdfInfo(pdf)).toMatchObject({
      title: expect.stringMatching(/^\(?testpage-\d+\)?$/),
      size: expect.stringContaining('(A4)'),
      pages: 1,
    });
    // The L-shaped corner marks 5 mm from each edge came out (A4 at 50 dpi is 413 × 585 px; 5 mm ≈ 10 px).
    for (const [x, y] of [
      [8, 8],
      [393, 8],
      [8, 565],
      [393, 565],
    ] as const)
      expect(darkShare(pdf, { x, y, w: 12, h: 12 })).toBeGreaterThan(0.05);
    expect(darkShare(pdf)).toBeGreaterThan(0.02);
    // What was sent says what the page is for, in both languages, with the kiosk id.
    const sent = run('pdftotext', [sentPdfs.at(-1)!, '-']) ?? '';
    for (const words of ['打印测试页', 'Printer test page', KIOSK_ID]) expect(sent).toContain(words);
    expect(existsSync(toPng(pdf, 'a4-test-page'))).toBe(true);
    const { consumables } = await value<{ consumables: Array<{ media: string; used: number; remaining: number }> }>(
      'admin.consumables.list',
    );
    expect(consumables.find((c) => c.media === 'A4')).toMatchObject({ used: 1, remaining: 249 });
  }, 90_000);

  it('prints the receipt test: its bytes, with the result line, reach the ESC/POS listener; the roll is counted', async () => {
    const before = receipt.jobBytes().length;
    const { result } = await value<{ result: { ok: boolean } }>('admin.checks.run', { check: 'receiptTestPrint' });
    expect(result).toMatchObject({ ok: true, detail: { driver: 'escpos', paper: 'full' } });
    const job = Buffer.from(receipt.jobBytes().slice(before));
    expect(job.includes(Buffer.from(`KIOSK-TEST:${KIOSK_ID}`))).toBe(true);
    expect(job.includes(Buffer.from('Result: printed OK'))).toBe(true);
    expect(job.includes(Buffer.from([0x1d, 0x56, 0x42, 0x00]))).toBe(true); // cut
    const { consumables } = await value<{ consumables: Array<{ media: string; used: number }> }>(
      'admin.consumables.list',
    );
    const roll = consumables.find((c) => c.media === 'receipt80')!;
    // Eleven lines, two rules and a QR code with the feed to the cutter: about 9–14 cm of paper.
    expect(roll.used).toBeGreaterThan(90);
    expect(roll.used).toBeLessThan(140);
  }, 60_000);

  it('reads a card over the SAM pty and answers with the masked name only', async () => {
    const citizen = findDemoCitizen('zhao-li')!;
    await sam!.send({ place: 'zhao-li' });
    const reply = await call('admin.checks.run', { check: 'cardRead', waitSeconds: 10 });
    if (!reply.ok) throw new Error(reply.error.code);
    const text = JSON.stringify(reply.value);
    expect(reply.value).toMatchObject({
      result: { ok: true, check: 'cardRead', detail: { sam: 'ok', photo: 'absent' } },
      card: { maskedName: maskName(citizen.name), photo: 'absent', sam: 'ok' },
    });
    expect(text).not.toContain(citizen.name);
    expect(text).not.toContain(citizen.idNumber);
    expect(JSON.stringify(await value('admin.checks.record'))).not.toContain(citizen.name);
    await sam!.send({ remove: true });
  }, 30_000);

  it('keeps a failed card test with its reason when no card comes', async () => {
    const { result } = await value<{ result: unknown }>('admin.checks.run', { check: 'cardRead', waitSeconds: 1 });
    expect(result).toMatchObject({ ok: false, reason: 'noCard' });
    // The second card test of the day replaces the first in the record only as "latest": it failed now.
  }, 15_000);

  it('scan: length and kind of the code, never its content; not configured devices fail in words', async () => {
    const scanning = call('admin.checks.run', { check: 'scan', waitSeconds: 5 });
    await until(
      'scanner on',
      () =>
        devices.snapshots().find((s) => s.device === 'qrScanner')?.state.kind === 'scanner' &&
        (devices.snapshots().find((s) => s.device === 'qrScanner')!.state as { scanner: string }).scanner === 'on',
    );
    expect(devices.simulator('qrScanner')!.scan!('13800138000')).toMatchObject({ ok: true });
    const reply = await scanning;
    expect(reply).toMatchObject({ ok: true, value: { result: { ok: true, detail: { length: 11, kind: 'digits' } } } });
    expect(JSON.stringify(reply)).not.toContain('13800138000');
    expect(await value('admin.checks.confirm', { check: 'faceCamera', ok: true })).toMatchObject({
      result: { ok: false, reason: 'notConfigured' },
    });
  }, 20_000);

  it('platform: round trip and clock offset against the platform’s time', async () => {
    const { result } = await value<{ result: { ok: boolean; detail: { latencyMs: number; offsetMs: number } } }>(
      'admin.checks.run',
      { check: 'platform' },
    );
    expect(result).toMatchObject({ ok: true, detail: { clock: 'serverTime' } });
    expect(result.detail.latencyMs).toBeGreaterThanOrEqual(0);
    expect(Math.abs(result.detail.offsetMs)).toBeLessThan(5_000);
  });

  it('page-run tests: the answer must agree with itself, and is kept', async () => {
    expect(await call('admin.checks.confirm', { check: 'touch', ok: true, touched: 4 })).toMatchObject({
      ok: false,
      error: { code: 'inconsistent' },
    });
    expect(await call('admin.checks.confirm', { check: 'speaker', ok: false })).toMatchObject({
      ok: false,
      error: { code: 'inconsistent' },
    });
    expect(await value('admin.checks.confirm', { check: 'touch', ok: true, touched: 5 })).toMatchObject({
      result: { ok: true, detail: { touched: 5 } },
    });
    expect(await value('admin.checks.confirm', { check: 'speaker', ok: false, reason: 'notHeard' })).toMatchObject({
      result: { ok: false, reason: 'notHeard' },
    });
  });

  it('the inspection record has the day’s latest result of each test; the 巡检单 prints on CUPS and shows them', async () => {
    const record = await value<{
      entries: Array<{ check: string; ok: boolean; enrolmentId: string; maskedName: string }>;
      missing: string[];
    }>('admin.checks.record');
    const checks = record.entries.map((e) => e.check);
    expect(checks).toEqual([
      'a4TestPage',
      'receiptTestPrint',
      'cardRead',
      'scan',
      'faceCamera',
      'touch',
      'speaker',
      'platform',
    ]);
    expect(record.entries.find((e) => e.check === 'cardRead')?.ok).toBe(false); // the later, failed run
    expect(record.missing).toEqual(['documentCamera']); // faceCamera is none here, and was tried
    expect(record.entries.every((e) => e.enrolmentId === technician.enrolmentId && e.maskedName.includes('*'))).toBe(
      true,
    );

    const summary = await value<{ within24h: boolean; complete: boolean; failed: number }>(
      'admin.checks.lastInspection',
    );
    expect(summary).toMatchObject({ within24h: true, complete: false, failed: 3 });

    const printed = await value<{ jobId: string; checks: number }>('admin.checks.printRecord');
    expect(printed.checks).toBe(8);
    const pdf = await cupsPdfFor(printed.jobId);
    expect(pdfInfo(pdf)).toMatchObject({
      title: expect.stringMatching(/^\(?inspection-\d{4}-\d\d-\d\d-\d+\)?$/),
      size: expect.stringContaining('(A4)'),
    });
    expect(darkShare(pdf)).toBeGreaterThan(0.02);
    const text = run('pdftotext', ['-layout', sentPdfs.at(-1)!, '-']) ?? '';
    for (const words of [
      '巡检单',
      KIOSK_ID,
      'A4打印测试页',
      '凭条打印测试',
      '身份证读卡',
      '扬声器',
      '未检查',
      technician.enrolmentId,
    ])
      expect(text).toContain(words);
    expect(existsSync(toPng(pdf, 'inspection-sheet'))).toBe(true);
    const audit = platform.audit.list({ limit: 50 }).map((a) => a.action);
    expect(audit).toContain('admin.deviceCheck');
    expect(audit).toContain('admin.inspectionPrinted');
  }, 90_000);

  it('已换纸 resets a count (audited); the CUPS queue’s own report is read', async () => {
    const list = await value<{
      consumables: Array<{ media: string; used: number; printer: { note: string; reasons: string[] } }>;
    }>('admin.consumables.list');
    const a4 = list.consumables.find((c) => c.media === 'A4')!;
    expect(a4.used).toBe(2); // the test page and the 巡检单
    // cups-pdf reports no marker levels and, ready, no state reasons: both read from the scheduler.
    expect(a4.printer).toMatchObject({ note: 'noMarkers', reasons: [] });
    expect(await value('admin.consumables.refill', { media: 'A4' })).toMatchObject({
      media: 'A4',
      used: 0,
      remaining: 250,
      level: 'ok',
      refilledBy: technician.enrolmentId,
    });
    expect(await call('admin.consumables.refill', { media: 'A3' })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    const refill = platform.audit.list({ limit: 10, action: 'admin.consumablesRefilled' })[0];
    expect(refill).toMatchObject({ subject: 'A4', detail: { by: technician.enrolmentId, usedBefore: 2 } });
    expect(health.read().checks.find((c) => c.name === 'consumables')).toMatchObject({ level: 'ok' });
  });

  it('reads printer-state-reasons from the real CUPS: a stopped queue says paused', async () => {
    const queue = `kiosk-supplies-${process.pid}`;
    expect(
      run('lpadmin', ['-p', queue, '-v', 'cups-pdf:/', '-P', '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd']),
    ).toBeDefined();
    try {
      expect(run('cupsdisable', [queue])).toBeDefined();
      const stopped = await querySupplies({ server: 'http://127.0.0.1:631', queue, timeoutMs: 3_000 });
      expect(stopped).toMatchObject({ ok: true, supplies: { markers: [], reasons: ['paused'] } });
      expect(run('cupsenable', [queue])).toBeDefined();
      const ready = await querySupplies({ server: 'http://127.0.0.1:631', queue, timeoutMs: 3_000 });
      expect(ready).toMatchObject({ ok: true, supplies: { markers: [], reasons: [] } });
    } finally {
      run('lpadmin', ['-x', queue]);
    }
    expect(await querySupplies({ server: 'http://127.0.0.1:631', queue, timeoutMs: 3_000 })).toMatchObject({
      ok: false,
    });
  });
});
