import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff.js';

describe('reconnect back-off', () => {
  it('doubles up to the cap and starts over after reset', () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1_000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6].map(() => backoff.next())).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });

  it('spreads retries by up to ±20 % and never exceeds the cap', () => {
    const low = new Backoff({ initialMs: 1_000, maxMs: 5_000, random: () => 0 });
    const high = new Backoff({ initialMs: 1_000, maxMs: 5_000, random: () => 1 });
    expect(low.next()).toBe(800);
    expect(high.next()).toBe(1_200);
    for (let i = 0; i < 10; i += 1) expect(high.next()).toBeLessThanOrEqual(5_000);
  });
});
