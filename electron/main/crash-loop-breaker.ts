export interface CrashLoopOptions {
  /** How many renderer crashes within windowMs are tolerated before giving up on reloading. */
  readonly maxCrashes: number;
  readonly windowMs: number;
}

export type CrashDecision = 'reload' | 'fallback';

/**
 * Decides what to do when the kiosk page dies: reload, unless it has died too often lately, in which case
 * reloading would only flash a broken screen at the citizen; show the "service temporarily unavailable"
 * page instead (it retries later on its own).
 */
export class CrashLoopBreaker {
  private crashes: number[] = [];

  constructor(
    private readonly options: CrashLoopOptions = { maxCrashes: 3, windowMs: 5 * 60_000 },
    private readonly now: () => number = Date.now,
  ) {}

  recordCrash(): CrashDecision {
    const t = this.now();
    this.crashes = [...this.crashes.filter((c) => t - c < this.options.windowMs), t];
    return this.crashes.length > this.options.maxCrashes ? 'fallback' : 'reload';
  }

  /** Called after the page has stayed up for a while, so old crashes stop counting. */
  reset(): void {
    this.crashes = [];
  }

  get recentCrashes(): number {
    const t = this.now();
    return this.crashes.filter((c) => t - c < this.options.windowMs).length;
  }
}
