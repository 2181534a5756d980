import type { DriverKind } from '../../../shared/devices/device-status.js';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import type { BackoffOptions } from '../core/backoff.js';
import { CommandQueue, type CommandOptions } from '../core/command-queue.js';
import { type Completion, failed } from '../core/completion.js';
import type { ConnectProblem, Session } from '../core/connection-loop.js';
import { LinkedDevice } from '../core/linked-device.js';
import { sleep } from '../core/time.js';
import type { PrintOutcome, PrinterDevice } from '../device.js';
import type { ByteLink, LinkOpener } from '../transport/link.js';
import {
  commands,
  escPosCondition,
  type EscPosStatus,
  isPaperSensorByte,
  isRealTimeStatusByte,
  paperFromSensorByte,
  parseStatus,
  renderReceipt,
} from './escpos.js';
import { conditionToChange } from './printer-condition.js';

/** A link to an ESC/POS printer with a reply reader: one query at a time, the first fitting byte answers it. */
export class EscPosSession implements Session {
  readonly closed: Promise<string>;
  private waiting: { accept: (byte: number) => boolean; settle: (result: Completion<number>) => void } | undefined;

  constructor(readonly link: ByteLink) {
    this.closed = new Promise((resolve) => link.onClose(resolve));
    link.onData((chunk) => {
      for (const byte of chunk) {
        const waiting = this.waiting;
        if (waiting?.accept(byte)) waiting.settle(ok(byte));
        // anything else (automatic status back, noise) is ignored
      }
    });
    link.onClose((reason) => this.waiting?.settle(failed('linkError', `${link.description}: ${reason}`)));
  }

  close(): Promise<void> {
    return this.link.close();
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<Completion<void>> {
    return this.link.write(bytes, timeoutMs);
  }

  async query(
    bytes: readonly number[],
    accept: (byte: number) => boolean,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<Completion<number>> {
    if (this.waiting) return failed('busy', 'a printer query is already waiting');
    if (this.link.isClosed) return failed('linkError', `${this.link.description} is closed`);
    let current: { settle: (result: Completion<number>) => void } | undefined;
    const answer = new Promise<Completion<number>>((resolve) => {
      const timer = setTimeout(
        () => settle(failed('noAnswer', `${this.link.description}: no reply within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const onAbort = () => settle(failed('canceled', 'query canceled'));
      signal?.addEventListener('abort', onAbort, { once: true });
      const entry = {
        accept,
        settle: (result: Completion<number>) => {
          if (this.waiting !== entry) return;
          this.waiting = undefined;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(result);
        },
      };
      const settle = entry.settle;
      this.waiting = entry;
      current = entry;
    });
    const written = await this.link.write(Uint8Array.from(bytes), timeoutMs);
    if (!written.ok) current?.settle(written);
    return answer;
  }
}

export interface EscPosPrinterOptions {
  readonly opener: LinkOpener;
  readonly driver: DriverKind;
  readonly simulated: boolean;
  readonly columns: number;
  readonly jobTimeoutMs: number;
  readonly pollIntervalMs: number;
  readonly ioTimeoutMs: number;
  readonly missesBeforeOffline: number;
  readonly backoff: BackoffOptions;
  readonly logger: Logger;
}

/**
 * An ESC/POS receipt printer over serial or TCP 9100 (ARCHITECTURE.md, 'Devices'): polled with DLE EOT for paper, cover,
 * errors and offline; a receipt is refused before a byte is sent when the printer cannot print it, and
 * reported complete only when the printer answers GS r 1 after the receipt (it answers in order, after
 * printing what came before).
 */
export class EscPosPrinter extends LinkedDevice<EscPosSession> implements PrinterDevice {
  readonly deviceClass = 'receiptPrinter' as const;
  readonly driver: DriverKind;
  private readonly queue = new CommandQueue({ maxPending: 4, graceMs: 5_000 });

  constructor(private readonly options: EscPosPrinterOptions) {
    super({
      device: 'receiptPrinter',
      driver: options.driver,
      simulated: options.simulated,
      state: { kind: 'printer', paper: 'unknown', media: 'receipt80' },
      source: options.opener,
      unlinkedState: { paper: 'unknown' },
      noDeviceAction: 'maintenance',
      backoff: options.backoff,
    });
    this.driver = options.driver;
  }

  print(job: PrintJob, options: CommandOptions): Promise<Completion<PrintOutcome>> {
    return this.queue.run(`receipt ${job.documentId}`, (signal) => this.runJob(job, signal), options);
  }

  private async readStatus(session: EscPosSession, signal?: AbortSignal): Promise<Completion<EscPosStatus>> {
    const replies: Partial<Record<1 | 2 | 3 | 4, number>> = {};
    for (const n of [1, 2, 3, 4] as const) {
      const reply = await session.query(commands.status(n), isRealTimeStatusByte, this.options.ioTimeoutMs, signal);
      if (!reply.ok) return reply;
      replies[n] = reply.value;
    }
    return ok(parseStatus(replies));
  }

  private async poll(session: EscPosSession, signal?: AbortSignal): Promise<Completion<EscPosStatus>> {
    const status = await this.queue.run('status', (s) => this.readStatus(session, s), {
      timeoutMs: this.options.ioTimeoutMs * 4 + 500,
      signal,
    });
    if (status.ok) this.tracker.update(conditionToChange(escPosCondition(status.value, session.link.description)));
    return status;
  }

  protected async connect(signal: AbortSignal): Promise<Result<EscPosSession, ConnectProblem>> {
    const sessions = new WeakMap<ByteLink, EscPosSession>();
    const sessionFor = (link: ByteLink) => {
      let session = sessions.get(link);
      if (!session) sessions.set(link, (session = new EscPosSession(link)));
      return session;
    };
    const opened = await this.options.opener.open(
      async (link, s) =>
        (await sessionFor(link).query(commands.status(1), isRealTimeStatusByte, this.options.ioTimeoutMs, s)).ok,
      signal,
    );
    if (!opened.ok) return err(opened.error.code === 'noDevice' ? 'noDevice' : 'offline', opened.error.message);
    const session = sessionFor(opened.value);
    const hello = await this.poll(session, signal);
    if (!hello.ok) {
      await session.close();
      return err('offline', `${opened.value.description}: ${hello.error.message}`);
    }
    this.options.logger.info(`receipt printer connected on ${opened.value.description}`);
    return ok(session);
  }

  protected async run(session: EscPosSession, signal: AbortSignal): Promise<void> {
    let misses = 0;
    while (!signal.aborted) {
      // After a miss, ask again at once: a lost reply should not cost a whole interval.
      if (misses === 0) await sleep(this.options.pollIntervalMs, signal);
      if (signal.aborted) return;
      const status = await this.poll(session, signal);
      if (status.ok || status.error.completion === 'canceled') {
        misses = 0;
        continue;
      }
      if (status.error.reason === 'busy') {
        await sleep(this.options.pollIntervalMs, signal);
        continue;
      }
      misses += 1;
      if (misses >= this.options.missesBeforeOffline) {
        this.tracker.update({
          status: 'offline',
          state: { paper: 'unknown' },
          detail: `${session.link.description}: no status reply ${misses} times in a row`,
          problem: { errorClass: 'hardware', action: 'checkConnection' },
        });
        this.options.logger.warn(`receipt printer on ${session.link.description} stopped answering; reopening`);
        return;
      }
    }
  }

  private async runJob(job: PrintJob, signal: AbortSignal): Promise<Completion<PrintOutcome>> {
    if (!job.receiptLines || job.receiptLines.length === 0) {
      return failed('invalidJob', `document ${job.documentId} has no receipt lines for an ESC/POS printer`);
    }
    const session = this.loop.session;
    const snap = this.tracker.snapshot();
    if (!session) return failed(snap.status === 'noDevice' ? 'noDevice' : 'offline', snap.detail);
    const status = await this.readStatus(session, signal);
    if (!status.ok)
      return status.error.completion === 'canceled'
        ? status
        : failed('offline', `status query failed: ${status.error.message}`);
    const condition = escPosCondition(status.value, session.link.description);
    this.tracker.update(conditionToChange(condition));
    if (condition.refuse) return failed(condition.refuse, condition.detail);

    const receipt = renderReceipt(job.receiptLines, this.options.columns);
    const copies = Math.max(1, job.copies ?? 1);
    const bytes = new Uint8Array(receipt.length * copies);
    for (let i = 0; i < copies; i += 1) bytes.set(receipt, i * receipt.length);
    this.tracker.update({ status: 'busy', detail: `${session.link.description}: printing ${job.documentId}` });
    try {
      const sent = await session.write(bytes, this.options.jobTimeoutMs);
      if (!sent.ok) return sent;
      const done = await session.query(commands.paperSensor, isPaperSensorByte, this.options.jobTimeoutMs, signal);
      if (!done.ok) {
        if (done.error.completion === 'canceled') return done;
        return failed('jobTimeOut', `the printer did not confirm ${job.documentId}: ${done.error.message}`);
      }
      const paper = paperFromSensorByte(done.value);
      if (paper.paperEnd) return failed('paperOut', `paper ran out while printing ${job.documentId}`, 'hardwareError');
      this.options.logger.info(`receipt ${job.documentId} printed`);
      return ok({ jobId: job.documentId, completedAt: new Date().toISOString() });
    } finally {
      this.tracker.update({ ...conditionToChange(condition), status: condition.status });
    }
  }
}
