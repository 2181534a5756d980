import { describe, expect, it } from 'vitest';
import { WedgeDecoder } from './wedge.js';

const type = (decoder: WedgeDecoder, text: string, start: number, gapMs: number) =>
  [...text, 'Enter'].map((key, i) => decoder.feed(key, start + i * gapMs));

describe('keyboard-wedge decoder', () => {
  it('takes a fast burst ending in Enter as a scan, swallowing it once it is clearly a scanner', () => {
    const verdicts = type(new WedgeDecoder({ maxKeyGapMs: 30, minLength: 4 }), 'YQ-2026-0001', 1_000, 8);
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: 'YQ-2026-0001' });
    expect(verdicts.slice(0, 2).every((v) => v.kind === 'pass')).toBe(true);
    expect(verdicts.slice(2, -1).every((v) => v.kind === 'swallow')).toBe(true);
  });

  it('leaves a person typing alone, and short bursts too', () => {
    expect(type(new WedgeDecoder({ maxKeyGapMs: 30, minLength: 4 }), '13900000101', 0, 180).at(-1)).toEqual({
      kind: 'pass',
    });
    expect(type(new WedgeDecoder({ maxKeyGapMs: 30, minLength: 4 }), 'ab', 0, 5).at(-1)).toEqual({ kind: 'pass' });
  });

  it('ignores modifier keys inside a burst and starts over after a pause', () => {
    const decoder = new WedgeDecoder({ maxKeyGapMs: 30, minLength: 2 });
    decoder.feed('x', 0);
    decoder.feed('y', 500);
    decoder.feed('Shift', 505);
    decoder.feed('Z', 510);
    expect(decoder.feed('Enter', 515)).toEqual({ kind: 'scan', code: 'yZ' });
  });
});
