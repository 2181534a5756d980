import { screenSchema } from '../../../../shared/catalog/flow-kinds.js';
import {
  rangeDays,
  type StatisticsDay,
  type StatisticsItem,
  type StatisticsRange,
  type StatisticsSummary,
} from '../../../../shared/contract/admin-statistics.js';
import { usageTargetSchema } from '../../../../shared/contract/usage.js';
import { deviceClassSchema, type DeviceClass } from '../../../../shared/devices/device-class.js';
import type { DeviceSnapshot } from '../../../../shared/devices/device-status.js';
import { evaluationLevels } from '../../../../shared/platform/services.js';
import type { Logger } from '../../log/logger.js';
import { isFault, technicianCode } from '../status/device-codes.js';
import { StatisticsStore } from './statistics-store.js';
import type { UsageRecorder } from './usage-recorder.js';

const DAY_MS = 24 * 3600 * 1000;

/** The first moment of a kiosk day (China, UTC+8, no daylight saving). */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

/** The days of a range ending on the day of `now`, oldest first. */
export function daysOf(range: StatisticsRange, now: number): string[] {
  const n = rangeDays[range];
  const today = dayStart(StatisticsStore.dayOf(now));
  // Noon of each day, so the date is right whatever the hour of `now`.
  return Array.from({ length: n }, (_, i) => StatisticsStore.dayOf(today - (n - 1 - i) * DAY_MS + DAY_MS / 2));
}

/** The median of whole seconds (the mean of the middle two for an even count, rounded). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

/** Seconds of [from, to) covered by the runs (overlaps merged). */
export function coveredMs(runs: ReadonlyArray<{ startedAt: number; lastSeenAt: number }>, from: number, to: number) {
  const spans = runs
    .map((r) => [Math.max(from, r.startedAt), Math.min(to, r.lastSeenAt)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

export interface StatisticsServiceOptions {
  readonly store: StatisticsStore;
  readonly recorder: UsageRecorder;
  readonly now: () => number;
  readonly devices: () => readonly DeviceSnapshot[];
  /** Device status changes: a device going into a fault is counted. */
  readonly subscribe: (listener: (snapshot: DeviceSnapshot) => void) => () => void;
  readonly logger: Logger;
  /** How often the run's last_seen is written (default a minute). */
  readonly touchEveryMs?: number;
  /** How long a device may take to be found at start before its absence counts as a fault (default 60 s). */
  readonly startGraceMs?: number;
}

/**
 * The statistics page's numbers (issue 11), and the two things main counts by itself: device faults (a device
 * going into a fault, once per fault) and uptime (this run's start, and last_seen every minute while it runs).
 */
export class StatisticsService {
  readonly runStartedAt: number;
  private readonly faulty = new Map<string, string>();
  private readonly served = new Set<string>();
  private readonly unsubscribe: () => void;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: StatisticsServiceOptions) {
    this.runStartedAt = options.now();
    options.store.startRun(this.runStartedAt);
    for (const snapshot of options.devices()) this.note(snapshot);
    this.unsubscribe = options.subscribe((snapshot) => this.note(snapshot));
    this.timer = setInterval(() => this.touch(), options.touchEveryMs ?? 60_000);
    this.timer.unref();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.unsubscribe();
    this.touch();
  }

  /** Writes that the run is alive now. */
  touch(): void {
    try {
      this.options.store.touchRun(this.runStartedAt, this.options.now());
    } catch (error) {
      this.options.logger.warn(`statistics: uptime not written: ${(error as Error).message.slice(0, 120)}`);
    }
  }

  /** A device entering a fault is counted once, when it enters it; while the kiosk starts, absence is not a fault. */
  private note(snapshot: DeviceSnapshot): void {
    if (!isFault(snapshot)) {
      this.faulty.delete(snapshot.device);
      this.served.add(snapshot.device);
      return;
    }
    const grace = this.options.startGraceMs ?? 60_000;
    if (!this.served.has(snapshot.device) && this.options.now() - this.runStartedAt < grace) return;
    const code = technicianCode(snapshot) ?? 'hardwareError';
    if (this.faulty.get(snapshot.device) === code) return;
    this.faulty.set(snapshot.device, code);
    try {
      this.options.recorder.fault(snapshot.device, code);
    } catch (error) {
      this.options.logger.warn(`statistics: fault not counted: ${(error as Error).message.slice(0, 120)}`);
    }
  }

  summary(range: StatisticsRange): StatisticsSummary {
    const { store } = this.options;
    const now = this.options.now();
    const days = daysOf(range, now);
    const from = days[0] as string;
    const to = days[days.length - 1] as string;

    const perDay = new Map<string, StatisticsDay>(
      days.map((day) => [
        day,
        { day, started: 0, completed: 0, abandoned: 0, rated: 0, a4Pages: 0, receipts: 0, faults: 0 },
      ]),
    );
    const items = new Map<string, StatisticsItem & { steps: Map<string, number> }>();
    const ratings = new Map<string, number>(evaluationLevels.map((l) => [l, 0]));
    const faults = new Map<DeviceClass, number>();

    for (const row of store.counts(from, to)) {
      const day = perDay.get(row.day);
      if (!day) continue;
      const d = day as { -readonly [K in keyof StatisticsDay]: StatisticsDay[K] };
      switch (row.kind) {
        case 'started':
        case 'completed':
        case 'abandoned': {
          const target = usageTargetSchema.safeParse({ kind: row.targetKind, code: row.targetCode });
          if (!target.success) break;
          d[row.kind] += row.count;
          const key = `${target.data.kind}:${target.data.code}`;
          const item = items.get(key) ?? {
            target: target.data,
            started: 0,
            completed: 0,
            abandoned: 0,
            abandonedAt: [],
            steps: new Map<string, number>(),
          };
          (item as { -readonly [K in 'started' | 'completed' | 'abandoned']: number })[row.kind] += row.count;
          if (row.kind === 'abandoned' && row.step && screenSchema.safeParse(row.step).success)
            item.steps.set(row.step, (item.steps.get(row.step) ?? 0) + row.count);
          items.set(key, item);
          break;
        }
        case 'rated':
          d.rated += row.count;
          if (row.step && ratings.has(row.step)) ratings.set(row.step, (ratings.get(row.step) ?? 0) + row.count);
          break;
        case 'printed':
          if (row.targetCode === 'A4') d.a4Pages += row.sum;
          else d.receipts += row.sum;
          break;
        case 'fault': {
          d.faults += row.count;
          const device = deviceClassSchema.safeParse(row.targetCode);
          if (device.success) faults.set(device.data, (faults.get(device.data) ?? 0) + row.count);
          break;
        }
      }
    }

    const durations = new Map<string, number[]>();
    const all: number[] = [];
    for (const d of store.completedDurations(from, to)) {
      const key = `${d.targetKind}:${d.targetCode}`;
      durations.set(key, [...(durations.get(key) ?? []), d.seconds]);
      all.push(d.seconds);
    }

    const itemList: StatisticsItem[] = [...items.entries()]
      .map(([key, { steps, ...item }]) => {
        const m = median(durations.get(key) ?? []);
        return {
          ...item,
          ...(m === undefined ? {} : { medianSeconds: m }),
          abandonedAt: [...steps.entries()]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, 20)
            .map(([step, count]) => ({ step: screenSchema.parse(step), count })),
        };
      })
      .sort((a, b) => b.started - a.started || b.completed - a.completed || a.target.code.localeCompare(b.target.code));

    const dayList = [...perDay.values()];
    const sum = (k: keyof Omit<StatisticsDay, 'day'>) => dayList.reduce((n, d) => n + d[k], 0);
    const overall = median(all);
    return {
      range,
      from,
      to,
      generatedAt: new Date(now).toISOString(),
      totals: {
        started: sum('started'),
        completed: sum('completed'),
        abandoned: sum('abandoned'),
        ...(overall === undefined ? {} : { medianSeconds: overall }),
        rated: sum('rated'),
        a4Pages: sum('a4Pages'),
        receipts: sum('receipts'),
        faults: sum('faults'),
      },
      days: dayList,
      items: itemList.slice(0, 1000),
      ratings: evaluationLevels.map((level) => ({ level, count: ratings.get(level) ?? 0 })),
      faults: [...faults.entries()].sort((a, b) => b[1] - a[1]).map(([device, count]) => ({ device, count })),
      uptime: this.uptime(dayStart(from), now),
    };
  }

  /** The share of [from, now) the kiosk ran, counted from its first run if that is later. */
  private uptime(from: number, now: number): StatisticsSummary['uptime'] {
    const { store } = this.options;
    const since = Math.min(now, Math.max(from, store.firstRunAt() ?? now));
    const span = now - since;
    // This run is alive now, whatever its last_seen says.
    const runs = store.runs(since, now).map((r) => (r.startedAt === this.runStartedAt ? { ...r, lastSeenAt: now } : r));
    const up = coveredMs(runs, since, now);
    return {
      percent: span > 0 ? Math.min(100, Math.round((up / span) * 1000) / 10) : 100,
      upSeconds: Math.round(up / 1000),
      spanSeconds: Math.round(span / 1000),
      since: new Date(since).toISOString(),
    };
  }
}
