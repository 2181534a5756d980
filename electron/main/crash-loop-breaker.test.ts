import { describe, expect, it } from 'vitest';
import { CrashLoopBreaker } from './crash-loop-breaker.js';

describe('CrashLoopBreaker', () => {
  it('reloads a few times, then falls back, and forgets old crashes', () => {
    let now = 0;
    const breaker = new CrashLoopBreaker({ maxCrashes: 3, windowMs: 60_000 }, () => now);
    expect([breaker.recordCrash(), breaker.recordCrash(), breaker.recordCrash()]).toEqual([
      'reload',
      'reload',
      'reload',
    ]);
    expect(breaker.recordCrash()).toBe('fallback');
    now += 61_000;
    expect(breaker.recentCrashes).toBe(0);
    expect(breaker.recordCrash()).toBe('reload');
  });
  it('reset() clears the history after the page stayed up', () => {
    const breaker = new CrashLoopBreaker({ maxCrashes: 1, windowMs: 60_000 }, () => 0);
    breaker.recordCrash();
    breaker.reset();
    expect(breaker.recordCrash()).toBe('reload');
  });
});
