import type { PrintJob } from '../../../shared/devices/print-job.js';
import { ok } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import { type Completion, failed } from '../core/completion.js';
import { type CommandRunner, runCommand } from '../core/command-runner.js';
import { sleep } from '../core/time.js';
import type { PrintOutcome } from '../device.js';
import { baseAttributes, ippRequest, IppOperation, IppStatus, IppTag, ippValues, JobState } from './ipp.js';
import { conditionToChange, interpretIppPrinter, type PrinterCondition } from './printer-condition.js';
import { SpoolerPrinter } from './spooler-printer.js';

export { isPdf } from './spooler-printer.js';

export interface CupsPrinterOptions {
  readonly deviceClass: 'documentPrinter' | 'receiptPrinter';
  readonly queue: string;
  /** http://host:631 of the scheduler. */
  readonly server: string;
  readonly jobTimeoutMs: number;
  readonly pollIntervalMs: number;
  readonly ioTimeoutMs: number;
  readonly logger: Logger;
  readonly runner?: CommandRunner;
}

/**
 * Printing through CUPS. Jobs go in with `lp` (the PDF on stdin: nothing personal is written to a temp
 * file by us); the printer's state and each job's state come from the scheduler over IPP
 * (Get-Printer-Attributes, Get-Job-Attributes), which is locale-independent and says exactly
 * completed / canceled / aborted where `lpstat` output does not. A job is done when CUPS says job-state
 * completed; a job that runs over its time is canceled at the spooler so it cannot come out later.
 *
 * No native code: runs in the backend. The scheduler is polled every pollIntervalMs for paper, jams and
 * queue state (a disabled queue is "paused" → offline).
 */
export class CupsPrinter extends SpoolerPrinter {
  readonly driver = 'cups' as const;
  private readonly runner: CommandRunner;
  private condition: PrinterCondition | undefined;
  private readonly printerUri: string;
  private readonly host: string;

  constructor(private readonly options: CupsPrinterOptions) {
    super({
      deviceClass: options.deviceClass,
      driver: 'cups',
      name: `queue ${options.queue}`,
      pollIntervalMs: options.pollIntervalMs,
    });
    this.runner = options.runner ?? runCommand;
    const url = new URL(options.server);
    this.host = `${url.hostname}:${url.port || '631'}`;
    this.printerUri = `ipp://localhost/printers/${options.queue}`;
  }

  /** Asks the scheduler now and updates the status. */
  async refresh(signal?: AbortSignal): Promise<PrinterCondition | undefined> {
    const answer = await ippRequest(
      { server: this.options.server, timeoutMs: this.options.ioTimeoutMs },
      `/printers/${encodeURIComponent(this.options.queue)}`,
      IppOperation.getPrinterAttributes,
      [
        ...baseAttributes(this.printerUri),
        {
          tag: IppTag.keyword,
          name: 'requested-attributes',
          values: ['printer-state', 'printer-state-reasons', 'printer-is-accepting-jobs', 'printer-state-message'],
        },
      ],
      signal,
    );
    if (!answer.ok) {
      this.condition = undefined;
      this.tracker.update({
        status: 'offline',
        state: { paper: 'unknown' },
        detail: answer.problem,
        problem: { errorClass: 'software', action: 'checkConnection' },
      });
      return undefined;
    }
    const { response } = answer;
    if (response.statusCode === IppStatus.notFound) {
      this.condition = undefined;
      this.tracker.update({
        status: 'noDevice',
        state: { paper: 'unknown' },
        detail: `CUPS has no queue named ${this.options.queue}`,
        problem: { errorClass: 'software', action: 'maintenance' },
      });
      return undefined;
    }
    const state = ippValues(response, 'printer-state')[0];
    const condition = interpretIppPrinter({
      queue: this.options.queue,
      state: typeof state === 'number' ? state : undefined,
      reasons: ippValues(response, 'printer-state-reasons').map(String),
      accepting: ippValues(response, 'printer-is-accepting-jobs')[0] as boolean | undefined,
    });
    this.condition = condition;
    this.tracker.update(conditionToChange(condition));
    return condition;
  }

  protected async spool(job: PrintJob, signal: AbortSignal): Promise<Completion<PrintOutcome>> {
    // The spooler's job name is the document id: a title can name what a citizen printed, and queues are logged.
    const args = ['-h', this.host, '-d', this.options.queue, '-t', job.documentId, '-n', String(job.copies ?? 1)];
    if (job.media === 'A4') args.push('-o', 'media=A4');
    args.push('-o', 'document-format=application/pdf', '--', '-');
    const submitted = await this.runner('lp', args, {
      input: job.pdf,
      timeoutMs: this.options.ioTimeoutMs * 4 + 5_000,
      signal,
    });
    if (submitted.code !== 0) {
      if (signal.aborted) return failed('canceled', 'print canceled while submitting');
      const why = submitted.timedOut
        ? 'lp timed out'
        : `lp exited ${submitted.code}: ${submitted.stderr.trim().slice(0, 200)}`;
      void this.refresh();
      return failed('spoolerError', why);
    }
    const match = /request id is (\S+)-(\d+)/.exec(submitted.stdout);
    if (!match) return failed('spoolerError', `lp answered without a job id: ${submitted.stdout.trim().slice(0, 120)}`);
    const jobId = Number(match[2]);
    const jobName = `${match[1]}-${jobId}`;
    this.options.logger.info(
      `${this.deviceClass}: job ${jobName} (${job.documentId}, ${job.pdf.length} bytes) submitted`,
    );
    this.tracker.update({ status: 'busy', detail: `queue ${this.options.queue}: printing job ${jobId}` });
    try {
      return await this.awaitJob(jobId, jobName, signal);
    } finally {
      void this.refresh();
    }
  }

  private async awaitJob(jobId: number, jobName: string, signal: AbortSignal): Promise<Completion<PrintOutcome>> {
    let lastProblem = '';
    while (!signal.aborted) {
      const answer = await ippRequest(
        { server: this.options.server, timeoutMs: this.options.ioTimeoutMs },
        '/jobs',
        IppOperation.getJobAttributes,
        [
          ...baseAttributes(this.printerUri),
          { tag: IppTag.integer, name: 'job-id', values: [jobId] },
          { tag: IppTag.keyword, name: 'requested-attributes', values: ['job-state', 'job-state-reasons'] },
        ],
        signal,
      );
      if (answer.ok) {
        const state = ippValues(answer.response, 'job-state')[0];
        const reasons = ippValues(answer.response, 'job-state-reasons').map(String).join(', ');
        if (state === JobState.completed) {
          this.options.logger.info(`${this.deviceClass}: job ${jobName} completed`);
          return ok({ jobId: jobName, completedAt: new Date().toISOString() });
        }
        if (state === JobState.canceled)
          return failed('canceled', `job ${jobName} was canceled at the spooler (${reasons})`);
        if (state === JobState.aborted) return failed('jobAborted', `job ${jobName} aborted (${reasons})`);
        lastProblem = `job ${jobName} state ${String(state)} (${reasons})`;
      } else {
        lastProblem = answer.problem;
      }
      await sleep(250, signal);
    }
    // Timed out or canceled by the caller: take the job off the queue so it cannot print later.
    const canceled = await this.runner('cancel', ['-h', this.host, jobName], { timeoutMs: 5_000 });
    this.options.logger.warn(
      `${this.deviceClass}: job ${jobName} given up (${lastProblem}); cancel ${canceled.code === 0 ? 'done' : 'failed'}`,
    );
    return failed('canceled', `job ${jobName} canceled before completion (${lastProblem})`);
  }
}
