import type { Result } from '../../../shared/result.js';
import { Backoff, type BackoffOptions } from './backoff.js';
import { sleep } from './time.js';

/** Something connected to a device: a link plus whatever the driver set up on it. */
export interface Session {
  /** Resolves with a reason when the session ends by itself (unplug, peer closed, port error). */
  readonly closed: Promise<string>;
  close(): Promise<void>;
}

export type ConnectProblem = 'noDevice' | 'offline';

export interface ConnectionSpec<S extends Session> {
  /** Discovery, open and the driver's hello/probe. */
  connect(signal: AbortSignal): Promise<Result<S, ConnectProblem>>;
  /** Runs while connected (poll loop, liveness probes). Returns to give the session up (device stopped answering). */
  run(session: S, signal: AbortSignal): Promise<void>;
  /** A connect attempt failed: the driver reports noDevice or offline. */
  down(problem: ConnectProblem, reason: string): void;
  /** A running session ended by itself (the link closed); reported before the reconnect attempt. */
  lost?(reason: string): void;
  /** Hot-plug arrivals cut the back-off short. */
  watch?(onArrival: () => void): () => void;
  readonly backoff: BackoffOptions;
}

/**
 * Keeps a device connected: discover → open → probe → run; on any loss, reconnect at once, then with
 * growing back-off while it keeps failing; a hot-plug arrival or reset() retries immediately. Never throws and
 * never exits until stop().
 */
export class ConnectionLoop<S extends Session> {
  private readonly backoff: Backoff;
  private readonly stopper = new AbortController();
  private waker = new AbortController();
  private wakeRequested = false;
  private running: Promise<void> | undefined;
  private current: S | undefined;

  constructor(private readonly spec: ConnectionSpec<S>) {
    this.backoff = new Backoff(spec.backoff);
  }

  get session(): S | undefined {
    return this.current;
  }

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopper.abort();
    this.waker.abort();
    await this.current?.close();
    await this.running;
  }

  /** Drops the session (if any) and reconnects now. */
  async reset(): Promise<void> {
    this.backoff.reset();
    this.wake();
    await this.current?.close();
  }

  private wake(): void {
    this.wakeRequested = true;
    this.waker.abort();
  }

  private async loop(): Promise<void> {
    const unwatch = this.spec.watch?.(() => {
      if (this.current) return;
      this.backoff.reset();
      this.wake();
    });
    const stop = this.stopper.signal;
    try {
      while (!stop.aborted) {
        let connected: Result<S, ConnectProblem>;
        try {
          connected = await this.spec.connect(stop);
        } catch (error) {
          connected = { ok: false, error: { code: 'offline', message: `connect threw ${(error as Error).name}` } };
        }
        if (stop.aborted) {
          if (connected.ok) await connected.value.close();
          break;
        }
        if (!connected.ok) {
          this.spec.down(connected.error.code, connected.error.message);
          await this.pause(this.backoff.next());
          continue;
        }
        const session = connected.value;
        this.current = session;
        const startedAt = Date.now();
        const runner = new AbortController();
        const stopRun = () => runner.abort();
        stop.addEventListener('abort', stopRun, { once: true });
        const run = this.spec.run(session, runner.signal).catch(() => undefined);
        const ended = await Promise.race([session.closed, run.then(() => undefined)]);
        if (ended !== undefined && !stop.aborted) this.spec.lost?.(ended);
        runner.abort();
        stop.removeEventListener('abort', stopRun);
        await session.close();
        await run;
        this.current = undefined;
        // A session that lasted reconnects at once (a reset or a glitch comes straight back); one that keeps
        // dropping right after connecting backs off like a failed connect.
        if (Date.now() - startedAt > 5_000) this.backoff.reset();
        else await this.pause(this.backoff.next());
      }
    } finally {
      unwatch?.();
    }
  }

  private async pause(ms: number): Promise<void> {
    if (this.wakeRequested) {
      this.wakeRequested = false;
      return;
    }
    this.waker = new AbortController();
    await sleep(ms, AbortSignal.any([this.waker.signal, this.stopper.signal]));
    this.wakeRequested = false;
  }
}
