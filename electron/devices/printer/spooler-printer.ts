import type { PrintJob } from '../../../shared/devices/print-job.js';
import { ok } from '../../../shared/result.js';
import { CommandQueue, type CommandOptions } from '../core/command-queue.js';
import { type Completion, failed } from '../core/completion.js';
import { PeriodicPoll } from '../core/periodic-poll.js';
import { TrackedDevice } from '../core/tracked-device.js';
import type { PrintOutcome, PrinterDevice } from '../device.js';
import type { PrinterCondition } from './printer-condition.js';

export function isPdf(bytes: Uint8Array): boolean {
  return (
    bytes.length > 8 &&
    bytes[0] === 0x25 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x44 &&
    bytes[3] === 0x46 &&
    bytes[4] === 0x2d
  );
}

/**
 * A printer behind an operating-system spooler whose state is polled: CUPS (IPP) and the Windows spooler
 * (Win32_Printer). Both drivers had the same status set-up, poll loop, start/stop/reset, one-job-at-a-time
 * queue and the same check before a job (a PDF, and a printer that can take it now); that is here. How the
 * spooler is asked (refresh) and how a job is handed over and followed to the end (spool) stay in each driver.
 */
export abstract class SpoolerPrinter extends TrackedDevice implements PrinterDevice {
  readonly deviceClass: 'documentPrinter' | 'receiptPrinter';
  abstract readonly driver: 'cups' | 'windowsSpooler';
  private readonly queue = new CommandQueue({ maxPending: 4, graceMs: 10_000 });
  private readonly poll = new PeriodicPoll();
  private readonly pollIntervalMs: number;

  protected constructor(init: {
    readonly deviceClass: 'documentPrinter' | 'receiptPrinter';
    readonly driver: 'cups' | 'windowsSpooler';
    /** How the printer is named in details ("queue HP_LaserJet", "printer HP LaserJet"). */
    readonly name: string;
    readonly pollIntervalMs: number;
  }) {
    super({
      device: init.deviceClass,
      driver: init.driver,
      simulated: false,
      state: { kind: 'printer', paper: 'unknown', media: init.deviceClass === 'receiptPrinter' ? 'receipt80' : 'A4' },
      detail: `${init.name}: not checked yet`,
    });
    this.deviceClass = init.deviceClass;
    this.pollIntervalMs = init.pollIntervalMs;
  }

  start(): void {
    this.poll.start((signal) => this.refresh(signal), this.pollIntervalMs);
  }

  stop(): Promise<void> {
    return this.poll.stop();
  }

  async reset(): Promise<Completion<void>> {
    await this.refresh();
    return ok(undefined);
  }

  print(job: PrintJob, options: CommandOptions): Promise<Completion<PrintOutcome>> {
    return this.queue.run(`print ${job.documentId}`, (signal) => this.runJob(job, signal), options);
  }

  /** Asks the spooler now and updates the status; undefined when there is no printer to print on. */
  abstract refresh(signal?: AbortSignal): Promise<PrinterCondition | undefined>;

  /** Hands a PDF the printer can take now to the spooler and follows the job until it is done or given up. */
  protected abstract spool(job: PrintJob, signal: AbortSignal): Promise<Completion<PrintOutcome>>;

  private async runJob(job: PrintJob, signal: AbortSignal): Promise<Completion<PrintOutcome>> {
    if (!isPdf(job.pdf)) return failed('invalidJob', `document ${job.documentId} is not a PDF`);
    const condition = await this.refresh(signal);
    const snap = this.tracker.snapshot();
    if (!condition) return failed(snap.status === 'noDevice' ? 'noDevice' : 'offline', snap.detail);
    if (condition.refuse) return failed(condition.refuse, condition.detail);
    return this.spool(job, signal);
  }
}
