import { useEffect, useRef, useState } from 'react';
import type { Screen } from '../../../shared/catalog/flow-kinds.js';
import type { UsageReport, UsageTarget } from '../../../shared/contract/usage.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';
import { useKiosk } from '../context/kiosk-context.js';
import type { FlowTarget } from '../flows/flow-target.js';

/**
 * Usage statistics from the citizen's side (issue 11): each time a citizen goes through an item or package
 * is one flow instance with a random id, reported to main (usage.record) as
 *
 * - started: on the first page after the guide's 开始办理;
 * - completed: on the flow's result page (completesOn below; a print item once the printer reported 打印完成);
 * - abandoned: when the flow ends after it started and before it completed — 首页, 返回 off the first page,
 *   the idle wipe, leaving — with the screen it stopped on;
 *
 * with the seconds since started. Codes and screen names only: no answer, no case number, no session id.
 * Reports go one after another (a started is in main before its end) and never hold up the citizen; a
 * refused or failed report is dropped.
 */

/** The result page of each kind of flow: reaching it completes the flow. (Packages are one application.) */
export const completesOn: Readonly<Record<FlowTarget['flow'], Screen>> = {
  apply: 'confirmation',
  book: 'confirmation',
  query: 'result',
  certify: 'result',
  pay: 'payReceipt',
  // The print page itself; completed when the printer reports the document done (notePrintDone).
  print: 'print',
};

/** Whether this page completes the flow: its kind's result page (for print, only once printed). */
export function completes(flow: FlowTarget['flow'], screen: Screen, printed: boolean): boolean {
  return screen === completesOn[flow] && (flow !== 'print' || printed);
}

const printListeners = new Set<() => void>();

/** The printer reported a citizen's document done (renderer/src/printing/use-print-job.ts). */
export function notePrintDone(): void {
  for (const listener of [...printListeners]) listener();
}

/** One flow instance's reports, sent in order. */
export class FlowUsage {
  readonly flowId = crypto.randomUUID();
  private phase: 'open' | 'started' | 'ended' = 'open';
  private startedAt = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: Pick<KioskClient, 'call'>,
    private readonly target: UsageTarget,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get state(): 'open' | 'started' | 'ended' {
    return this.phase;
  }

  start(): void {
    if (this.phase !== 'open') return;
    this.phase = 'started';
    this.startedAt = this.clock();
    this.send({ event: 'started', flowId: this.flowId, target: this.target });
  }

  complete(): void {
    if (this.phase !== 'started') return;
    this.phase = 'ended';
    this.send({ event: 'completed', flowId: this.flowId, target: this.target, durationSeconds: this.seconds() });
  }

  abandon(step: Screen): void {
    if (this.phase !== 'started') return;
    this.phase = 'ended';
    this.send({ event: 'abandoned', flowId: this.flowId, target: this.target, step, durationSeconds: this.seconds() });
  }

  /** Whole seconds since started (the contract's bound is far beyond any session). */
  private seconds(): number {
    return Math.min(6 * 3600, Math.max(0, Math.round((this.clock() - this.startedAt) / 1000)));
  }

  private send(report: UsageReport): void {
    this.queue = this.queue
      // Statistics never disturb a citizen: a refused or failed report is dropped.
      .then(async () => void (await this.client.call('usage.record', report)))
      .catch(() => undefined);
  }
}

/**
 * Reports one flow instance (FlowRunner): started on leaving the first page, completed on the result page,
 * abandoned when the runner unmounts in between (首页, the idle wipe, leaving).
 */
export function useUsageReport(target: FlowTarget, screen: Screen, firstScreen: boolean): void {
  const { client } = useKiosk();
  const [usage] = useState(() => new FlowUsage(client, { kind: target.kind, code: target.code } as UsageTarget));
  const current = useRef(screen);
  current.current = screen;

  useEffect(() => {
    if (!firstScreen) usage.start();
    if (usage.state === 'started' && completes(target.flow, screen, false)) usage.complete();
  }, [usage, target.flow, screen, firstScreen]);

  useEffect(() => {
    const printed = () => {
      if (usage.state === 'started' && completes(target.flow, current.current, true)) usage.complete();
    };
    printListeners.add(printed);
    return () => {
      printListeners.delete(printed);
    };
  }, [usage, target.flow]);

  useEffect(() => () => usage.abandon(current.current), [usage]);
}
