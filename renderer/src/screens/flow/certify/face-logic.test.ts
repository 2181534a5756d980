import { describe, expect, it } from 'vitest';
import { captureSize, frameQuality, lumaSamples } from './face-logic.js';

describe('face frame checks', () => {
  it('tells dark, washed-out and flat frames from usable ones', () => {
    expect(frameQuality(new Array(100).fill(10))).toBe('dark');
    expect(frameQuality(new Array(100).fill(250))).toBe('bright');
    expect(frameQuality(new Array(100).fill(128))).toBe('flat');
    expect(frameQuality(Array.from({ length: 100 }, (_, i) => 60 + (i % 10) * 12))).toBe('ok');
    expect(frameQuality([])).toBe('flat');
  });
  it('computes luma from RGBA and keeps the aspect when scaling down', () => {
    expect(lumaSamples([255, 255, 255, 255, 0, 0, 0, 255])).toEqual([255, 0]);
    expect(lumaSamples([255, 0, 0, 255, 0, 0, 0, 255, 0, 255, 0, 255], 2)).toEqual([0.299 * 255, 0.587 * 255]);
    expect(captureSize(1280, 720)).toEqual({ width: 640, height: 360 });
    expect(captureSize(320, 240)).toEqual({ width: 320, height: 240 });
  });
});
