import { packageScreens, type Screen, screensFor } from '../../../../shared/catalog/flow-kinds.js';
import type { Catalog } from '../../../../shared/catalog/schema.js';
import type { UsageReport, UsageTarget } from '../../../../shared/contract/usage.js';
import type { usageErrors } from '../../../../shared/contract/usage.js';
import type { EvaluationLevel } from '../../../../shared/platform/services.js';
import { err, ok, type Result } from '../../../../shared/result.js';
import type { StatisticsStore } from './statistics-store.js';

export type UsageError = (typeof usageErrors)[number];

/** The 好差评 levels as numbers: 5 is 非常满意, 1 is 非常不满意. */
export const levelValue: Record<EvaluationLevel, number> = {
  verySatisfied: 5,
  satisfied: 4,
  basicallySatisfied: 3,
  dissatisfied: 2,
  veryDissatisfied: 1,
};

export interface UsageRecorderOptions {
  readonly store: StatisticsStore;
  readonly now: () => number;
  /** The catalog the kiosk runs now: a started must name one of its items or packages. */
  readonly catalog: () => Pick<Catalog, 'items' | 'packages'>;
  /** How many flow instances are remembered (open and ended) to refuse repeats; the oldest go first. */
  readonly remember?: number;
}

interface FlowRecord {
  readonly target: UsageTarget;
  readonly startedAt: number;
  ended: boolean;
}

/** A duration may exceed main's own measure by this much (the page measures from its own start of the flow). */
const SLACK_SECONDS = 30;

/**
 * Records usage_events. From the page (usage.record) it takes what only the page knows — a flow started,
 * completed or abandoned — and checks it against what main knows: the catalog, the flow kind's screens, and
 * the flow instances it has seen (one started each, then one completed or abandoned, same target, a
 * duration no longer than the time since its started). A refused report writes nothing.
 *
 * Flow instances live in memory only: a random id per instance, never stored, so the table cannot link a
 * started to its end, or either to a session. (A kiosk restarted mid-flow reloads the page, which starts
 * new instances; the instance it lost is simply not counted as ended.)
 */
export class UsageRecorder {
  private readonly flows = new Map<string, FlowRecord>();
  private readonly remember: number;

  constructor(private readonly options: UsageRecorderOptions) {
    this.remember = options.remember ?? 4096;
  }

  record(report: UsageReport): Result<{ recorded: true }, UsageError> {
    const now = this.options.now();
    const target = this.checkTarget(report.target);
    if (!target.ok) return target;
    const known = this.flows.get(report.flowId);

    if (report.event === 'started') {
      if (known) return err('alreadyStarted', 'This flow instance was already reported started');
      this.options.store.add({
        at: now,
        kind: 'started',
        targetKind: report.target.kind,
        targetCode: report.target.code,
      });
      this.flows.set(report.flowId, { target: report.target, startedAt: now, ended: false });
      this.forgetOldest();
      return ok({ recorded: true });
    }

    if (!known) return err('notStarted', 'No started was reported for this flow instance');
    if (known.ended) return err('alreadyEnded', 'This flow instance was already reported completed or abandoned');
    if (known.target.kind !== report.target.kind || known.target.code !== report.target.code)
      return err('targetMismatch', 'The flow instance was started for another item or package');
    const elapsed = Math.max(0, (now - known.startedAt) / 1000);
    if (report.durationSeconds > elapsed + SLACK_SECONDS)
      return err('durationImplausible', 'The duration is longer than the time since the flow started');

    if (report.event === 'abandoned') {
      if (!target.value.includes(report.step))
        return err('unknownStep', `The step is not a screen of this ${report.target.kind}'s flow`);
      this.options.store.add({
        at: now,
        kind: 'abandoned',
        targetKind: report.target.kind,
        targetCode: report.target.code,
        step: report.step,
        value: report.durationSeconds,
      });
    } else {
      this.options.store.add({
        at: now,
        kind: 'completed',
        targetKind: report.target.kind,
        targetCode: report.target.code,
        value: report.durationSeconds,
      });
    }
    known.ended = true;
    return ok({ recorded: true });
  }

  /** A rating given through evaluation.submit (main's own count; the item when the rating names one). */
  rated(level: EvaluationLevel, itemCode?: string): void {
    const item = itemCode && this.options.catalog().items.some((i) => i.code === itemCode) ? itemCode : undefined;
    this.options.store.add({
      at: this.options.now(),
      kind: 'rated',
      ...(item ? { targetKind: 'item', targetCode: item } : {}),
      step: level,
      value: levelValue[level],
    });
  }

  /** A citizen's document the printer reported done: A4 sheets, or receipt copies. */
  printed(device: 'documentPrinter' | 'receiptPrinter', media: 'A4' | 'receipt80', amount: number): void {
    if (!Number.isInteger(amount) || amount <= 0) return;
    this.options.store.add({
      at: this.options.now(),
      kind: 'printed',
      targetKind: 'media',
      targetCode: media,
      step: device,
      value: amount,
    });
  }

  /** A device went into a fault (counted once per fault, when it starts). */
  fault(device: string, code: string): void {
    this.options.store.add({
      at: this.options.now(),
      kind: 'fault',
      targetKind: 'device',
      targetCode: device,
      step: code,
    });
  }

  /** The screens the target may stop on, if the catalog has it. */
  private checkTarget(target: UsageTarget): Result<readonly Screen[], UsageError> {
    const catalog = this.options.catalog();
    if (target.kind === 'item') {
      const item = catalog.items.find((i) => i.code === target.code);
      return item ? ok(screensFor(item)) : err('unknownTarget', 'No item with this code in the current catalog');
    }
    return catalog.packages.some((p) => p.code === target.code)
      ? ok(packageScreens)
      : err('unknownTarget', 'No package with this code in the current catalog');
  }

  private forgetOldest(): void {
    while (this.flows.size > this.remember) {
      const oldest = this.flows.keys().next();
      if (oldest.done) return;
      this.flows.delete(oldest.value);
    }
  }
}
