import { sleep } from './time.js';

/**
 * A check run in the background, then again every intervalMs, until stop(): the spooler printers (printer
 * state) and the camera and wedge scanner (USB presence) each had their own copy of this loop. The first
 * check starts at once, inside start(); stop() waits for the check under way to finish.
 */
export class PeriodicPoll {
  private readonly stopper = new AbortController();
  private running: Promise<void> | undefined;

  /** Starts the loop; a second call does nothing. The check gets the stop signal. */
  start(check: (signal: AbortSignal) => unknown, intervalMs: number): void {
    this.running ??= (async () => {
      while (!this.stopper.signal.aborted) {
        await check(this.stopper.signal);
        await sleep(intervalMs, this.stopper.signal);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopper.abort();
    await this.running;
  }
}
