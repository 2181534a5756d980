import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import { createMemoryLogger } from '../../services/log/logger.js';
import type { CommandResult, CommandRunner } from '../core/command-runner.js';
import { interpretWin32Printer, JobMask, jobQuery, printerQuery, WindowsSpoolerPrinter } from './windows-spooler.js';

/** A scripted Windows: answers the PowerShell queries from a printer state and a queue of job masks. */
function scriptedWindows(state: { printer: object; jobMasks: Array<number | undefined> }) {
  const calls: Array<{ file: string; args: readonly string[] }> = [];
  const reply = (stdout: string, code = 0): CommandResult => ({ code, stdout, stderr: '', timedOut: false });
  const runner: CommandRunner = async (file, args) => {
    calls.push({ file, args });
    const script = args.at(-1) ?? '';
    if (file === 'powershell.exe' && script.includes('Win32_Printer ')) return reply(JSON.stringify(state.printer));
    if (file === 'powershell.exe' && script.includes('Win32_PrintJob') && script.includes('Remove-CimInstance'))
      return reply('');
    if (file === 'powershell.exe' && script.includes('Win32_PrintJob')) {
      const mask = state.jobMasks.length > 1 ? state.jobMasks.shift() : state.jobMasks[0];
      return reply(JSON.stringify(mask === undefined ? [] : [{ id: 42, mask }]));
    }
    return reply(''); // the PDF helper
  };
  return { runner, calls };
}

const job: PrintJob = {
  documentId: 'CERT-7',
  title: '食品经营备案凭证',
  media: 'A4',
  pdf: new TextEncoder().encode('%PDF-1.7 test document'),
};

describe('Windows spooler driver (scripted runner)', () => {
  const tempDir = mkdtempSync(join(tmpdir(), 'winspool-'));
  afterAll(() => rmSync(tempDir, { recursive: true, force: true }));
  const make = (runner: CommandRunner) =>
    new WindowsSpoolerPrinter({
      deviceClass: 'documentPrinter',
      printerName: "HP LaserJet 'Kiosk'",
      pdfCommand: { path: 'C:\\SumatraPDF.exe', args: ['-print-to', '{printer}', '-silent', '{file}'] },
      jobTimeoutMs: 2_000,
      pollIntervalMs: 10_000,
      ioTimeoutMs: 1_000,
      logger: createMemoryLogger(),
      runner,
      tempDir,
      jobPollMs: 5,
    });

  it('quotes printer names for PowerShell and WQL', () => {
    expect(printerQuery("HP 'A'")).toContain(`-Filter 'Name=''HP \\''A\\'''''`);
    expect(jobQuery("HP 'A'", 'DOC-1')).toContain(`-like 'HP ''A'',*'`);
  });

  it.each([
    [{ found: true, status: 3, error: 2 }, 'online', 'full', undefined],
    [{ found: true, status: 3, error: 3 }, 'online', 'low', undefined],
    [{ found: true, status: 1, error: 4 }, 'online', 'out', 'paperOut'],
    [{ found: true, status: 1, error: 8 }, 'hardwareError', 'jammed', 'paperJam'],
    [{ found: true, status: 1, error: 7 }, 'userError', 'unknown', 'coverOpen'],
    [{ found: true, status: 7, error: 2 }, 'offline', 'unknown', 'offline'],
    [{ found: true, status: 3, error: 2, offline: true }, 'offline', 'unknown', 'offline'],
  ])('Win32_Printer %j → %s', (info, status, paper, refuse) => {
    expect(interpretWin32Printer(info, 'p')).toMatchObject({ status, paper, ...(refuse ? { refuse } : {}) });
  });

  it('hands the PDF to the helper, follows the job until the spooler marks it printed, and removes the file', async () => {
    const { runner, calls } = scriptedWindows({
      printer: { found: true, status: 3, error: 2 },
      jobMasks: [JobMask.spooling, JobMask.printing, JobMask.printed],
    });
    const result = await make(runner).print(job, { timeoutMs: 5_000 });
    expect(result).toMatchObject({ ok: true, value: { jobId: '42' } });
    const helper = calls.find((c) => c.file === 'C:\\SumatraPDF.exe');
    expect(helper?.args.slice(0, 3)).toEqual(['-print-to', "HP LaserJet 'Kiosk'", '-silent']);
    expect(helper?.args[3]).toMatch(/CERT-7-[0-9a-f]{8}\.pdf$/);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('counts a job that printed and left the spooler as done', async () => {
    const { runner } = scriptedWindows({
      printer: { found: true, status: 3, error: 2 },
      jobMasks: [JobMask.printing, undefined],
    });
    expect(await make(runner).print(job, { timeoutMs: 5_000 })).toMatchObject({ ok: true });
  });

  it('refuses at once when the printer is out of paper, without calling the helper', async () => {
    const { runner, calls } = scriptedWindows({ printer: { found: true, status: 1, error: 4 }, jobMasks: [] });
    expect(await make(runner).print(job, { timeoutMs: 5_000 })).toMatchObject({
      ok: false,
      error: { code: 'deviceNotReady.paperOut' },
    });
    expect(calls.some((c) => c.file === 'C:\\SumatraPDF.exe')).toBe(false);
  });

  it('reports a printer Windows does not have as noDevice', async () => {
    const { runner } = scriptedWindows({ printer: { found: false }, jobMasks: [] });
    const device = make(runner);
    expect(await device.print(job, { timeoutMs: 5_000 })).toMatchObject({
      ok: false,
      error: { code: 'deviceNotReady.noDevice' },
    });
    expect(device.snapshot().status).toBe('noDevice');
  });

  it('deletes a job stuck in error when it times out, so it cannot print later', async () => {
    const { runner, calls } = scriptedWindows({
      printer: { found: true, status: 3, error: 2 },
      jobMasks: [JobMask.error | JobMask.paperOut],
    });
    const result = await make(runner).print(job, { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeOut' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.some((c) => (c.args.at(-1) ?? '').includes('Remove-CimInstance'))).toBe(true);
  });

  it('refuses a document that is not a PDF', async () => {
    const { runner } = scriptedWindows({ printer: { found: true, status: 3, error: 2 }, jobMasks: [] });
    expect(
      await make(runner).print({ ...job, pdf: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]) }, { timeoutMs: 1_000 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalidData.invalidJob' },
    });
  });
});
