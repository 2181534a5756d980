/** Pure helpers of the face page (no DOM): frame quality and the capture size. */

export type FrameQuality = 'ok' | 'dark' | 'bright' | 'flat';

/**
 * Judges a frame from its luma samples (0–255) before anything is sent: too dark, washed out, or flat (a
 * covered lens, a blank wall). The platform decides on the face; this only spares the citizen a useless wait.
 */
export function frameQuality(lumas: ArrayLike<number>): FrameQuality {
  const n = lumas.length;
  if (n === 0) return 'flat';
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += lumas[i] ?? 0;
  const mean = sum / n;
  let variance = 0;
  for (let i = 0; i < n; i += 1) variance += ((lumas[i] ?? 0) - mean) ** 2;
  const deviation = Math.sqrt(variance / n);
  if (mean < 40) return 'dark';
  if (mean > 235) return 'bright';
  if (deviation < 8) return 'flat';
  return 'ok';
}

/** Luma of RGBA pixel data (ITU-R BT.601 weights), every `step`-th pixel. */
export function lumaSamples(rgba: ArrayLike<number>, step = 1): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < rgba.length; i += 4 * step)
    out.push(0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0));
  return out;
}

/** The size a frame is sent at: at most 640 px wide, the camera's aspect kept. */
export function captureSize(width: number, height: number, maxWidth = 640): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: maxWidth, height: Math.round((maxWidth * 3) / 4) };
  const scale = Math.min(1, maxWidth / width);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Seconds of "请保持不动" before the frame is taken. */
export const HOLD_STILL_SECONDS = 3;
