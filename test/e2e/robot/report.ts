import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One robot run of one item or package, in codes and numbers only. */
export interface RunRecord {
  readonly code: string;
  readonly kind: 'item' | 'package';
  readonly flow: string;
  /** zh-portrait, en, senior, landscape. */
  readonly variant: string;
  readonly viewport: string;
  readonly completed: boolean;
  /** Touches of the screen, from the attract screen to the wipe. */
  readonly taps: number;
  /** Of those, the taps spent finding the item (home → search → result). */
  readonly findTaps: number;
  /** Card placed or lifted, phone scans to pay: done by the citizen, but not on the screen. */
  readonly otherActions: number;
  readonly seconds: number;
  /** Pages passed through. */
  readonly pages: number;
  readonly caseNumber: boolean;
  readonly printedJobs: number;
  readonly printedBytes: readonly number[];
  readonly wiped: boolean;
  readonly reason?: string;
}

export function writeSummary(path: string, runs: readonly RunRecord[], extra: Record<string, unknown> = {}): void {
  const main = runs.filter((r) => r.variant === 'zh-portrait');
  const totals = (list: readonly RunRecord[]) => ({
    runs: list.length,
    completed: list.filter((r) => r.completed).length,
    notCompleted: list.filter((r) => !r.completed).map((r) => r.code),
    taps: list.reduce((s, r) => s + r.taps, 0),
    seconds: Math.round(list.reduce((s, r) => s + r.seconds, 0) * 10) / 10,
    medianTaps: median(list.map((r) => r.taps)),
    maxTaps: Math.max(0, ...list.map((r) => r.taps)),
  });
  const variants = [...new Set(runs.map((r) => r.variant))];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        totals: totals(main),
        byVariant: Object.fromEntries(variants.map((v) => [v, totals(runs.filter((r) => r.variant === v))])),
        ...extra,
        items: main,
        otherRuns: runs.filter((r) => r.variant !== 'zh-portrait'),
      },
      null,
      2,
    )}\n`,
  );
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
