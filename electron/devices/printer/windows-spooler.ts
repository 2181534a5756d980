import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import { ok } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import { type Completion, failed } from '../core/completion.js';
import { type CommandRunner, runCommand } from '../core/command-runner.js';
import { sleep } from '../core/time.js';
import type { PrintOutcome } from '../device.js';
import { conditionToChange, type PrinterCondition } from './printer-condition.js';
import { SpoolerPrinter } from './spooler-printer.js';

/**
 * Printing through the Windows spooler. Windows cannot print a PDF silently by itself, so a configured
 * helper (SumatraPDF by default) hands the file to the named printer; the printer's state comes from
 * Win32_Printer (DetectedErrorState: no paper, jam, door open, offline) and the job's from Win32_PrintJob
 * (StatusMask), both through PowerShell. A job counts as done when the spooler marks it printed/complete
 * or removes it after it was seen; an error state keeps it waiting until the job timeout, when it is
 * deleted from the spooler so it cannot print later.
 *
 * Every OS call goes through the injected CommandRunner, so all of this is tested on Linux with a scripted
 * runner (windows-spooler.test.ts); it runs for real only on Windows.
 */
export interface WindowsSpoolerOptions {
  readonly deviceClass: 'documentPrinter' | 'receiptPrinter';
  readonly printerName: string;
  readonly pdfCommand: { readonly path: string; readonly args: readonly string[] };
  readonly jobTimeoutMs: number;
  readonly pollIntervalMs: number;
  readonly ioTimeoutMs: number;
  readonly logger: Logger;
  readonly runner?: CommandRunner;
  /** Where the PDF waits for the helper (deleted right after). */
  readonly tempDir?: string;
  /** How often a running job is checked. */
  readonly jobPollMs?: number;
}

export interface Win32PrinterInfo {
  readonly found: boolean;
  /** Win32_Printer.PrinterStatus: 3 idle, 4 printing, 5 warmup, 6 stopped, 7 offline. */
  readonly status?: number;
  /** Win32_Printer.DetectedErrorState: 2 none, 3 low paper, 4 no paper, 5 low toner, 6 no toner, 7 door open, 8 jammed, 9 offline, 10 service requested, 11 output bin full. */
  readonly error?: number;
  readonly offline?: boolean;
}

export function interpretWin32Printer(info: Win32PrinterInfo, name: string): PrinterCondition | undefined {
  if (!info.found) return undefined;
  const detail = `printer ${name}: status ${info.status ?? '?'}, detected error ${info.error ?? '?'}${info.offline ? ', work offline' : ''}`;
  switch (info.error) {
    case 8:
      return { status: 'hardwareError', paper: 'jammed', detail, refuse: 'paperJam' };
    case 4:
      return { status: 'online', paper: 'out', detail, refuse: 'paperOut' };
    case 7:
      return { status: 'userError', paper: 'unknown', detail, refuse: 'coverOpen' };
    case 6:
    case 10:
    case 11:
      return { status: 'hardwareError', paper: 'unknown', detail, refuse: 'printerFault' };
    case 9:
      return { status: 'offline', paper: 'unknown', detail, refuse: 'offline' };
  }
  if (info.offline || info.status === 7 || info.status === 6)
    return { status: 'offline', paper: 'unknown', detail, refuse: 'offline' };
  return { status: 'online', paper: info.error === 3 ? 'low' : 'full', detail };
}

/** Win32_PrintJob.StatusMask bits. */
export const JobMask = {
  paused: 0x1,
  error: 0x2,
  deleting: 0x4,
  spooling: 0x8,
  printing: 0x10,
  offline: 0x20,
  paperOut: 0x40,
  printed: 0x80,
  deleted: 0x100,
  blocked: 0x200,
  userIntervention: 0x400,
  complete: 0x1000,
} as const;

const psQuote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const wqlQuote = (text: string) => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

export function printerQuery(name: string): string {
  return [
    `$p = Get-CimInstance -ClassName Win32_Printer -Filter ${psQuote(`Name='${wqlQuote(name)}'`)}`,
    `if ($null -eq $p) { '{"found":false}' } else {`,
    `[pscustomobject]@{ found = $true; status = [int]$p.PrinterStatus; error = [int]$p.DetectedErrorState; offline = [bool]$p.WorkOffline } | ConvertTo-Json -Compress }`,
  ].join('\n');
}

export function jobQuery(name: string, documentId: string): string {
  return [
    `$jobs = @(Get-CimInstance -ClassName Win32_PrintJob | Where-Object { $_.Name -like ${psQuote(`${name},*`)} -and $_.Document -like ${psQuote(`*${documentId}*`)} })`,
    `ConvertTo-Json -Compress -InputObject @($jobs | ForEach-Object { [pscustomobject]@{ id = [int]$_.JobId; mask = [int]$_.StatusMask } })`,
  ].join('\n');
}

export function jobDelete(name: string, documentId: string): string {
  return `Get-CimInstance -ClassName Win32_PrintJob | Where-Object { $_.Name -like ${psQuote(`${name},*`)} -and $_.Document -like ${psQuote(`*${documentId}*`)} } | Remove-CimInstance`;
}

export class WindowsSpoolerPrinter extends SpoolerPrinter {
  readonly driver = 'windowsSpooler' as const;
  private readonly runner: CommandRunner;

  constructor(private readonly options: WindowsSpoolerOptions) {
    super({
      deviceClass: options.deviceClass,
      driver: 'windowsSpooler',
      name: `printer ${options.printerName}`,
      pollIntervalMs: options.pollIntervalMs,
    });
    this.runner = options.runner ?? runCommand;
  }

  private powershell(script: string, timeoutMs: number, signal?: AbortSignal) {
    return this.runner(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
      { timeoutMs, signal },
    );
  }

  async refresh(signal?: AbortSignal): Promise<PrinterCondition | undefined> {
    const result = await this.powershell(
      printerQuery(this.options.printerName),
      this.options.ioTimeoutMs + 10_000,
      signal,
    );
    let info: Win32PrinterInfo | undefined;
    try {
      if (result.code === 0) info = JSON.parse(result.stdout.trim()) as Win32PrinterInfo;
    } catch {
      info = undefined;
    }
    if (!info) {
      this.tracker.update({
        status: 'offline',
        state: { paper: 'unknown' },
        detail: `spooler query failed (${result.timedOut ? 'timed out' : `exit ${result.code}`})`,
        problem: { errorClass: 'software', action: 'maintenance' },
      });
      return undefined;
    }
    const condition = interpretWin32Printer(info, this.options.printerName);
    if (!condition) {
      this.tracker.update({
        status: 'noDevice',
        state: { paper: 'unknown' },
        detail: `Windows has no printer named ${this.options.printerName}`,
        problem: { errorClass: 'software', action: 'maintenance' },
      });
      return undefined;
    }
    this.tracker.update(conditionToChange(condition));
    return condition;
  }

  protected async spool(job: PrintJob, signal: AbortSignal): Promise<Completion<PrintOutcome>> {
    const dir = this.options.tempDir ?? join(tmpdir(), 'kiosk-print');
    // The helper names the spooler document after the file: the document id (never personal) plus a nonce.
    const documentTag = `${job.documentId}-${randomBytes(4).toString('hex')}`;
    const file = join(dir, `${documentTag}.pdf`);
    await mkdir(dir, { recursive: true });
    await writeFile(file, job.pdf, { mode: 0o600 });
    try {
      const args = this.options.pdfCommand.args.map((a) =>
        a.replaceAll('{printer}', this.options.printerName).replaceAll('{file}', file),
      );
      const copies = Math.max(1, job.copies ?? 1);
      for (let i = 0; i < copies; i += 1) {
        const handed = await this.runner(this.options.pdfCommand.path, args, { timeoutMs: 60_000, signal });
        if (handed.code !== 0) {
          if (signal.aborted) return failed('canceled', 'print canceled while handing the PDF to the spooler');
          return failed(
            'spoolerError',
            `PDF helper ${handed.timedOut ? 'timed out' : `exited ${handed.code}`}: ${handed.stderr.trim().slice(0, 200)}`,
          );
        }
      }
      this.tracker.update({
        status: 'busy',
        detail: `printer ${this.options.printerName}: printing ${job.documentId}`,
      });
      return await this.awaitJob(documentTag, signal);
    } finally {
      await rm(file, { force: true }).catch(() => undefined);
      void this.refresh();
    }
  }

  private async awaitJob(documentTag: string, signal: AbortSignal): Promise<Completion<PrintOutcome>> {
    let seen = false;
    let lastMask = 0;
    const startedAt = Date.now();
    while (!signal.aborted) {
      const result = await this.powershell(
        jobQuery(this.options.printerName, documentTag),
        this.options.ioTimeoutMs + 10_000,
        signal,
      );
      let jobs: Array<{ id: number; mask: number }> | undefined;
      try {
        if (result.code === 0) jobs = JSON.parse(result.stdout.trim() || '[]') as Array<{ id: number; mask: number }>;
      } catch {
        jobs = undefined;
      }
      if (jobs) {
        const job = jobs[0];
        if (job) {
          seen = true;
          lastMask = job.mask;
          if (job.mask & (JobMask.printed | JobMask.complete)) return this.done(`${job.id}`);
          if (job.mask & JobMask.deleted) return failed('canceled', `job ${job.id} was deleted in the spooler`);
          if (job.mask & (JobMask.error | JobMask.paperOut | JobMask.offline | JobMask.userIntervention))
            void this.refresh();
        } else if (seen) {
          // The spooler removes a job once it has printed it (unless "keep printed documents" is on).
          if (lastMask & (JobMask.error | JobMask.deleting))
            return failed('jobAborted', 'the job left the spooler in an error state');
          return this.done(documentTag);
        } else if (Date.now() - startedAt > 3_000) {
          // Spooled and sent between two looks: the helper succeeded and the spooler no longer has it.
          this.options.logger.info(`${this.deviceClass}: job ${documentTag} completed before it could be observed`);
          return this.done(documentTag);
        }
      }
      await sleep(this.options.jobPollMs ?? 500, signal);
    }
    const removed = await this.powershell(jobDelete(this.options.printerName, documentTag), 15_000);
    this.options.logger.warn(
      `${this.deviceClass}: job ${documentTag} given up; spooler delete ${removed.code === 0 ? 'done' : 'failed'}`,
    );
    return failed('canceled', `job ${documentTag} canceled before completion`);
  }

  private done(jobId: string): Completion<PrintOutcome> {
    return ok({ jobId, completedAt: new Date().toISOString() });
  }
}
