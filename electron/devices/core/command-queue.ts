import { type Completion, failed } from './completion.js';
import { sleep } from './time.js';

export interface CommandOptions {
  /** Whole time the caller waits, queueing included. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

export interface CommandQueueOptions {
  /** Commands waiting behind the running one; more are refused at once with deviceNotReady.busy. */
  readonly maxPending?: number;
  /**
   * After a command's completion was delivered (timeOut, canceled), how long its work may take to notice the
   * abort and stop before the queue gives up on it, reports it and runs the next command anyway.
   */
  readonly graceMs?: number;
  readonly onStuck?: (label: string) => void;
}

interface Entry {
  readonly label: string;
  settled: boolean;
  start(): Promise<void>;
}

/**
 * One command at a time per device, in order, with a bounded queue. Every command ends in exactly one
 * completion: its own, or timeOut when `timeoutMs` passes (queueing included), or canceled when the caller's
 * signal aborts, or internalError when the work throws. On timeout or cancel the work's signal is aborted and
 * the next command starts only once the work has stopped (its own I/O timeouts guarantee that), or after
 * `graceMs` if it does not: a wedged driver is reported, not waited on forever.
 */
export class CommandQueue {
  private readonly waiting: Entry[] = [];
  private active = false;
  private readonly maxPending: number;
  private readonly graceMs: number;

  constructor(private readonly options: CommandQueueOptions = {}) {
    this.maxPending = options.maxPending ?? 8;
    this.graceMs = options.graceMs ?? 2_000;
  }

  get busy(): boolean {
    return this.active;
  }

  get pending(): number {
    return this.waiting.filter((e) => !e.settled).length;
  }

  run<T>(
    label: string,
    work: (signal: AbortSignal) => Promise<Completion<T>>,
    options: CommandOptions,
  ): Promise<Completion<T>> {
    if (options.signal?.aborted) return Promise.resolve(failed('canceled', `${label} was canceled before it started`));
    if (this.pending >= this.maxPending) {
      return Promise.resolve(failed('busy', `${label} refused: ${this.maxPending} commands already waiting`));
    }
    return new Promise<Completion<T>>((resolve) => {
      const inner = new AbortController();
      let delivered!: () => void;
      const deliveredPromise = new Promise<void>((r) => {
        delivered = r;
      });
      const entry: Entry = {
        label,
        settled: false,
        start: async () => {
          if (entry.settled) return; // timed out or canceled while it waited
          let workSettled = false;
          const workPromise = (async () => {
            try {
              finish(await work(inner.signal));
            } catch (error) {
              finish(
                failed('internalError', `${label} failed: ${error instanceof Error ? error.name : 'non-error thrown'}`),
              );
            } finally {
              workSettled = true;
            }
          })();
          await Promise.race([workPromise, deliveredPromise.then(() => sleep(this.graceMs))]);
          if (!workSettled) this.options.onStuck?.(label);
        },
      };
      const onAbort = () => {
        inner.abort();
        finish(failed('canceled', `${label} was canceled`));
      };
      const timer = setTimeout(() => {
        inner.abort();
        finish(failed('timeOut', `${label} did not complete within ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      function finish(completion: Completion<T>) {
        if (entry.settled) return;
        entry.settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        delivered();
        resolve(completion);
      }
      this.waiting.push(entry);
      this.pump();
    });
  }

  private pump(): void {
    if (this.active) return;
    const next = this.waiting.shift();
    if (!next) return;
    this.active = true;
    void next.start().finally(() => {
      this.active = false;
      this.pump();
    });
  }
}
