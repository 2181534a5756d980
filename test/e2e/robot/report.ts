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
  /** Of those, the taps spent finding the item (attract → home → the tile, or search → result). */
  readonly findTaps: number;
  /** Taps from the home screen on (all but the attract screen's), identification included. */
  readonly tapsFromHome: number;
  /** Card placed or lifted, phone scans to pay: done by the citizen, but not on the screen. */
  readonly otherActions: number;
  readonly seconds: number;
  /** Pages passed through, from the start page to the end. */
  readonly pages: number;
  /** Pages from the home screen on: home, search when used, and the flow's pages. */
  readonly pagesFromHome: number;
  /** Of `pages`, those that move on by themselves (sending, thanks): seen or not with the machine's speed. */
  readonly transientPages: number;
  /** A measured run: the item's home tile if it has one, no coverage detours (RunOptions.direct). */
  readonly direct: boolean;
  /** Form pages of optional fields the robot went through (none in 长辈模式, which leaves them to the check page). */
  readonly optionalPages: number;
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
  const effort = (list: readonly RunRecord[]) => ({
    runs: list.length,
    medianTaps: median(list.map((r) => r.taps)),
    medianTapsFromHome: median(list.map((r) => r.tapsFromHome)),
    medianPages: median(list.map((r) => r.pages)),
    medianPagesFromHome: median(list.map((r) => r.pagesFromHome)),
  });
  const flows = [...new Set(runs.map((r) => r.flow))];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        totals: totals(main),
        byVariant: Object.fromEntries(variants.map((v) => [v, totals(runs.filter((r) => r.variant === v))])),
        // Taps and pages per flow kind and per mode (variant), completed runs only.
        effortByFlow: Object.fromEntries(
          flows.map((flow) => [
            flow,
            Object.fromEntries(
              variants
                .map((v) => [v, runs.filter((r) => r.flow === flow && r.variant === v && r.completed)] as const)
                .filter(([, list]) => list.length > 0)
                .map(([v, list]) => [v, effort(list)]),
            ),
          ]),
        ),
        fewerSteps: fewerSteps(runs),
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

/** The limits issue 10 sets for a licensed shop owner's food filing (SC-005), from the home screen. */
export const licensedFoodShopLimits = { code: 'SC-005', tapsFromHome: 25, pagesFromHome: 12 } as const;

export interface SeniorComparison {
  readonly code: string;
  /** Pages acted on (without the pages that move on by themselves), in the normal mode and in 长辈模式. */
  readonly normalPages: number;
  readonly seniorPages: number;
  /** Optional fields the normal run gave a page each; 长辈模式 leaves them to the check page. */
  readonly optionalPagesInNormal: number;
  /** No more pages than in the normal mode, and fewer where the normal run had an optional question. */
  readonly ok: boolean;
}

/**
 * Issue 10's "fewer steps", from the measured (direct) runs: the licensed food filing against its limits, and
 * each flow done in 长辈模式 against the same flow done directly in the normal mode.
 */
export function fewerSteps(runs: readonly RunRecord[]) {
  const direct = (variant: string, code: string) =>
    runs.find((r) => r.direct && r.completed && r.variant === variant && r.code === code);
  const food = direct('zh-portrait-direct', licensedFoodShopLimits.code);
  const seniorVersusNormal: SeniorComparison[] = runs
    .filter((r) => r.variant === 'senior' && r.completed)
    .flatMap((senior) => {
      const normal = direct('zh-portrait-direct', senior.code);
      if (!normal) return [];
      // Pages the citizen acts on: those that move on by themselves come and go with the machine's speed.
      const [normalPages, seniorPages] = [normal, senior].map((r) => r.pages - r.transientPages) as [number, number];
      const fewer = normal.optionalPages > 0 ? seniorPages < normalPages : seniorPages <= normalPages;
      return [
        {
          code: senior.code,
          normalPages,
          seniorPages,
          optionalPagesInNormal: normal.optionalPages,
          ok: fewer,
        },
      ];
    });
  // Pages acted on, as for 长辈模式 below: the sending and thanks pages come and go with the machine's speed.
  const foodPages = food ? food.pagesFromHome - food.transientPages : 0;
  return {
    licensedFoodShop: food
      ? {
          ...licensedFoodShopLimits,
          measuredTapsFromHome: food.tapsFromHome,
          measuredPagesFromHome: foodPages,
          transientPagesSeen: food.transientPages,
          ok:
            food.tapsFromHome <= licensedFoodShopLimits.tapsFromHome &&
            foodPages <= licensedFoodShopLimits.pagesFromHome,
        }
      : undefined,
    seniorVersusNormal,
  };
}
