import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { methods } from '../../shared/contract/index.js';
import { checkReply, prototypeFingerprint } from './invariants.js';
import { dispatcherWeights, type Message, MessageFactory, type MessageProfile } from './messages.js';
import { knownBugFor } from './known-bugs.js';
import { Rng } from './rng.js';
import { difference, type Snapshot } from './state.js';
import { showMethod, Summary, type ViolationCategory } from './summary.js';
import { openTarget, type Target, type TargetName } from './targets.js';

/**
 * Drives messages through the dispatcher of real backends (see targets.ts) and checks, for every one, the
 * invariants of issue 12: no crash (the call settles, nothing escapes to the process, the next valid call
 * still answers), a Result with a declared code, a short message that repeats nothing long, no prototype
 * polluted, and no state change after a refusal.
 */
export interface DispatcherRunOptions {
  readonly seed: number;
  readonly count: number;
  /** First message index (a replay of one message: `only`). */
  readonly start?: number;
  readonly targets?: readonly TargetName[];
  /** No reply within this many ms is a hang (a card read waits at most 40 ms here: hints.ts). */
  readonly replyTimeoutMs?: number;
  /** Compare the whole store after this many refusals in a row (besides the per-message check). */
  readonly batchSize?: number;
  readonly onProgress?: (done: number) => void;
  /** Test hook: wraps each backend's dispatch (the harness's self-test plants faults with it). */
  readonly intercept?: (dispatch: Target['backend']['dispatch'], target: Target) => Target['backend']['dispatch'];
}

const TARGET_WEIGHTS: Record<TargetName, number> = { production: 5, developer: 4, outOfService: 1 };

/**
 * Refusals that legitimately write one audit row saying so (a failed e-ID check is a security event). The
 * store may change by these audit actions alone, and only after these calls.
 */
export const AUDITED_REFUSALS: Readonly<Record<string, readonly string[]>> = {
  'identity.verifyEId': ['identity.eIdRefused'],
};

/**
 * Parts of the store that the kiosk writes by itself, whatever message is on its way: the console's status
 * service records a device's last fault when the device layer reports one (electron/services/admin/status),
 * and the statistics count it as a fault event (electron/services/admin/statistics), which after a simulator
 * fault injected by an earlier accepted message can happen at any later moment. A
 * change of these alone is counted as a background write, never attributed to the message it coincided with.
 */
export const BACKGROUND_PARTS: ReadonlySet<string> = new Set([
  'kiosk.db:settings:console.lastDeviceFaults',
  // …and the statistics count that fault (electron/services/admin/statistics).
  'kiosk.db:usage_events:fault',
  'kiosk.db:sqlite_sequence:usage_events',
  // The statistics' uptime: its row is touched every minute while the kiosk runs.
  'kiosk.db:uptime',
]);

/** A log line longer than this means something sent was written to the log. */
export const LOG_LINE_LIMIT = 4096;

export async function runDispatcherFuzz(options: DispatcherRunOptions): Promise<Summary> {
  const summary = new Summary('dispatcher', options.seed, knownBugFor);
  const names = options.targets ?? (['production', 'developer', 'outOfService'] as const);
  const targets = new Map<TargetName, Target>();
  for (const name of names) {
    const opened = await openTarget(name);
    const dispatch = options.intercept?.(opened.backend.dispatch, opened);
    targets.set(name, dispatch ? { ...opened, backend: { ...opened.backend, dispatch } } : opened);
  }
  const factory = new MessageFactory(options.seed);
  const escaped: string[] = [];
  const onUncaught = (error: unknown) => escaped.push(error instanceof Error ? error.name : typeof error);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  const fingerprint = prototypeFingerprint();
  const trackers = new Map<TargetName, Tracker>();
  for (const [name, target] of targets) trackers.set(name, new Tracker(target, summary, options.batchSize ?? 50));
  try {
    const start = options.start ?? 0;
    for (let index = start; index < start + options.count; index += 1) {
      const pick = new Rng(options.seed ^ 0x5bd1e995, index);
      const weights = Object.fromEntries(names.map((n) => [n, TARGET_WEIGHTS[n]])) as Record<TargetName, number>;
      const target = targets.get(pick.weighted(weights)) as Target;
      const tracker = trackers.get(target.name) as Tracker;
      const profile: MessageProfile = {
        callable: target.callable,
        unmounted: target.unmounted,
        jsonOnly: false,
        weights: dispatcherWeights,
      };
      const message = factory.make(index, profile);
      await sendOne(target, tracker, message, summary, factory, options.replyTimeoutMs ?? 30_000);
      if (escaped.length > 0) {
        record(summary, 'crash', target, message, `${escaped.splice(0).join(', ')} escaped to the process`);
      }
      if (prototypeFingerprint() !== fingerprint || ({} as Record<string, unknown>).polluted !== undefined) {
        record(summary, 'prototypePollution', target, message, 'a built-in prototype gained a property');
        break;
      }
      options.onProgress?.(index - start + 1);
    }
    for (const tracker of trackers.values()) tracker.finish();
    for (const target of targets.values()) checkLogLines(target, summary);
  } finally {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    for (const target of targets.values()) await target.close();
  }
  return summary;
}

async function sendOne(
  target: Target,
  tracker: Tracker,
  message: Message,
  summary: Summary,
  factory: MessageFactory,
  replyTimeoutMs: number,
): Promise<void> {
  const before = target.state.token();
  const expectation = target.expect(message.method);
  const began = performance.now();
  let reply: unknown;
  try {
    const payload = message.payload();
    const pending = target.backend.dispatch(message.method, payload, { transport: 'web', sender: 'fuzz' });
    reply = await withTimeout(cancelCardReadsWhenSlow(target, pending), replyTimeoutMs);
  } catch (error) {
    const what = error === TIMEOUT ? 'noReply' : 'crash';
    record(
      summary,
      what,
      target,
      message,
      what === 'noReply'
        ? `no reply within ${replyTimeoutMs} ms`
        : `dispatch threw ${error instanceof Error ? error.name : typeof error}`,
    );
    summary.count(target.name, message.kind, what);
    tracker.resync();
    return;
  }
  const elapsed = performance.now() - began;
  if (typeof message.method === 'string' && Object.hasOwn(methods, message.method))
    summary.methodsSent.add(message.method);
  summary.timing(typeof message.method === 'string' ? message.method : '(not a string)', elapsed);
  const verdict = checkReply(reply, expectation, message.longInputs);
  summary.count(target.name, message.kind, verdict.outcome);
  if (!verdict.ok) {
    const category = categoryOf(verdict.outcome, verdict.problem);
    record(summary, category, target, message, verdict.problem);
  } else if (verdict.outcome === 'internalError' && !message.throwsWhenRead) {
    record(summary, 'internalError', target, message, 'answered internalError (a bug, ARCHITECTURE.md "Errors")');
  }
  if (message.kind === 'valid') {
    summary.schemaDerived += 1;
    if (verdict.outcome !== 'invalidRequest') summary.schemaDerivedPastValidation += 1;
  }
  const accepted = verdict.ok && verdict.accepted;
  if (accepted) factory.seen.remember((reply as { value: unknown }).value);
  if (accepted) await settle();
  tracker.after(message, before, accepted);

  if (message.kind === 'developerCall' && typeof message.method === 'string') {
    await checkIndistinguishable(target, message, reply, summary);
  }
  // The next valid call still answers.
  summary.livenessChecks += 1;
  const alive = await withTimeout(
    target.backend.dispatch('app.info', {}, { transport: 'web', sender: 'fuzz' }),
    replyTimeoutMs,
  ).catch(() => undefined);
  if (!alive || !(alive as { ok?: boolean }).ok)
    record(summary, 'hostDown', target, message, 'app.info no longer answers ok');
}

/**
 * The per-target state check. The store's commit counters and the data folder's listing are read before
 * and after each message; when they moved the whole store is read to name what changed. A refusal may
 * change nothing (except the audit rows of AUDITED_REFUSALS); an accepted message's changes are counted
 * apart and become the new baseline. Every `batchSize` refusals in a row, the whole store is compared
 * table by table as well.
 */
export interface Sent {
  readonly index: number;
  readonly kind: string;
  readonly method: unknown;
  readonly label: string;
}

export class Tracker {
  private baseline: Snapshot;
  private auditRowid: number;
  private refusedSince = 0;
  private refusedLabels: string[] = [];

  constructor(
    private readonly target: Target,
    private readonly summary: Summary,
    private readonly batchSize: number,
  ) {
    this.baseline = target.state.snapshot();
    this.auditRowid = target.state.maxRowid('kiosk.db', 'audit_log');
  }

  after(message: Sent, tokenBefore: string, accepted: boolean): void {
    const method = typeof message.method === 'string' ? message.method : '';
    const moved = this.target.state.token() !== tokenBefore;
    if (accepted) {
      if (moved) {
        this.summary.stateChangingAccepted.set(method, (this.summary.stateChangingAccepted.get(method) ?? 0) + 1);
        this.resync();
      }
      this.refusedSince = 0;
      this.refusedLabels = [];
      return;
    }
    this.summary.refusalsChecked += 1;
    this.refusedSince += 1;
    if (this.refusedLabels.length < 8) this.refusedLabels.push(`#${message.index} ${showMethod(message.method)}`);
    if (moved) {
      const now = this.target.state.snapshot();
      const all = difference(this.baseline, now);
      const changed = all.filter((part) => !BACKGROUND_PARTS.has(part));
      if (changed.length < all.length) this.summary.backgroundWrites += 1;
      const allowed = AUDITED_REFUSALS[method];
      const auditOnly = changed.every(
        (part) => part === 'kiosk.db:audit_log' || part === 'kiosk.db:sqlite_sequence:audit_log',
      );
      const rows = auditOnly && allowed ? this.target.state.rowsAfter('kiosk.db', 'audit_log', this.auditRowid) : [];
      if (
        changed.length > 0 &&
        auditOnly &&
        allowed &&
        rows.length > 0 &&
        rows.every((r) => allowed.includes(String(r.action)))
      ) {
        this.summary.auditedRefusals.set(method, (this.summary.auditedRefusals.get(method) ?? 0) + 1);
      } else if (changed.length > 0) {
        const audit = changed.includes('kiosk.db:audit_log')
          ? ` (audit actions: ${[...new Set(this.target.state.rowsAfter('kiosk.db', 'audit_log', this.auditRowid).map((r) => String(r.action)))].join(', ')})`
          : '';
        record(this.summary, 'stateChangeAfterRefusal', this.target, message, `changed ${changed.join(', ')}${audit}`);
      }
      this.baseline = now;
      this.auditRowid = this.target.state.maxRowid('kiosk.db', 'audit_log');
    }
    if (this.refusedSince >= this.batchSize) this.compareBatch(message);
  }

  /** After a batch of refusals: the whole store, table by table, as before the batch. */
  private compareBatch(last: Sent): void {
    const now = this.target.state.snapshot();
    const changed = difference(this.baseline, now).filter((part) => !BACKGROUND_PARTS.has(part));
    this.summary.batchesCompared += 1;
    if (changed.length > 0)
      record(
        this.summary,
        'stateChangeAfterRefusal',
        this.target,
        last,
        `a batch of refusals (${this.refusedLabels.join(', ')}…) changed ${changed.join(', ')}`,
      );
    this.baseline = now;
    this.refusedSince = 0;
    this.refusedLabels = [];
  }

  resync(): void {
    this.baseline = this.target.state.snapshot();
    this.auditRowid = this.target.state.maxRowid('kiosk.db', 'audit_log');
  }

  finish(): void {
    if (this.refusedSince > 0) {
      const now = this.target.state.snapshot();
      const changed = difference(this.baseline, now).filter((part) => !BACKGROUND_PARTS.has(part));
      this.summary.batchesCompared += 1;
      if (changed.length > 0)
        this.summary.violate({
          category: 'stateChangeAfterRefusal',
          target: this.target.name,
          index: -1,
          kind: 'batch',
          method: '',
          label: this.refusedLabels.join(', '),
          problem: `the last refusals changed ${changed.join(', ')}`,
        });
    }
  }
}

/** A developer call on a backend without them answers word for word as a made-up name of the same shape. */
async function checkIndistinguishable(target: Target, message: Message, reply: unknown, summary: Summary) {
  const method = message.method as string;
  const madeUp = method.replace(/[A-Za-z]/g, 'q');
  const other = await target.backend.dispatch(madeUp, message.payload(), { transport: 'web', sender: 'fuzz' });
  const same = JSON.stringify(other).split(madeUp).join(method) === JSON.stringify(reply);
  if (!same)
    record(summary, 'developerCallDistinguishable', target, message, 'the reply differs from a made-up name’s');
}

export function checkLogLines(target: Target, summary: Summary) {
  const dir = join(target.dataDir, 'logs');
  let longest = 0;
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) longest = Math.max(longest, line.length);
  }
  if (longest > LOG_LINE_LIMIT)
    summary.violate({
      category: 'longLogLine',
      target: target.name,
      index: -1,
      kind: 'log',
      method: '',
      label: 'logs/',
      problem: `a log line of ${longest} characters (over ${LOG_LINE_LIMIT}): something sent was logged`,
    });
}

export function categoryOf(outcome: string, problem: string): ViolationCategory {
  if (outcome === 'notAResult') return 'notAResult';
  if (outcome === 'internalError') return 'internalError';
  if (problem.startsWith('code ')) return 'undeclaredCode' as const;
  if (problem.startsWith('error message of')) return 'longMessage' as const;
  if (problem.startsWith('error message repeats')) return 'echo' as const;
  if (problem.startsWith('an ok reply')) return 'badOkValue' as const;
  return 'undeclaredCode' as const;
}

export function record(
  summary: Summary,
  category: Parameters<Summary['violate']>[0]['category'],
  target: { name: string },
  message: Sent,
  problem: string,
) {
  summary.violate({
    category,
    target: target.name,
    index: message.index,
    kind: message.kind,
    method: showMethod(message.method),
    label: message.label,
    problem,
  });
}

export const TIMEOUT = Symbol('timeout');

/**
 * A card read with no waitMs waits the contract's default 30 s for a card: after a moment the harness
 * cancels waiting reads, as the page does when the citizen leaves the screen (the read answers canceled).
 */
export async function cancelCardReadsWhenSlow<T>(
  target: { backend: { dispatch: Target['backend']['dispatch'] } },
  pending: Promise<T>,
  afterMs = 150,
): Promise<T> {
  let settled = false;
  const done = pending.finally(() => {
    settled = true;
  });
  const timer = setTimeout(() => {
    if (!settled)
      void target.backend.dispatch('devices.idCard.cancel', {}, { transport: 'web', sender: 'fuzz-harness' });
  }, afterMs);
  try {
    return await done;
  } finally {
    clearTimeout(timer);
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMEOUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Lets an accepted call's follow-up work (the outbox's send) happen before the next message is judged. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setImmediate(resolve));
}
