/**
 * What a fuzz run counts and prints: messages per kind and per outcome, and the invariants' tallies. A
 * failure is kept as seed, target, index, kind, call and a short label — never the payload, which may be
 * megabytes; `npm run fuzz -- --seed S --only N` sends that one message again.
 */
export type ViolationCategory =
  | 'crash'
  | 'noReply'
  | 'notAResult'
  | 'undeclaredCode'
  | 'longMessage'
  | 'echo'
  | 'badOkValue'
  | 'internalError'
  | 'stateChangeAfterRefusal'
  | 'prototypePollution'
  | 'developerCallDistinguishable'
  | 'hostDown'
  | 'wrongStatus'
  | 'longLogLine';

export interface Violation {
  readonly category: ViolationCategory;
  readonly seed: number;
  readonly target: string;
  readonly index: number;
  readonly kind: string;
  readonly method: string;
  readonly label: string;
  readonly problem: string;
}

export class Summary {
  readonly started = Date.now();
  /** Known (reported, unfixed) bug id → violations it explains; see known-bugs.ts. */
  readonly known = new Map<string, number>();
  /** Violations no known bug explains, per category: each fails a run. */
  readonly unexplainedCounts = new Map<ViolationCategory, number>();
  messages = 0;
  readonly byKind = new Map<string, Map<string, number>>();
  readonly byTarget = new Map<string, number>();
  readonly violations: Violation[] = [];
  readonly violationCounts = new Map<ViolationCategory, number>();
  /** Accepted messages whose call changed the store or the data folder, per call (legitimate, not snapshotted across). */
  readonly stateChangingAccepted = new Map<string, number>();
  /** Refusals after which the store changed only by audit rows that record the refusal itself (allowed, listed). */
  readonly auditedRefusals = new Map<string, number>();
  refusalsChecked = 0;
  /** Changes of BACKGROUND_PARTS alone (device faults the status service records), seen while a refusal was answered. */
  backgroundWrites = 0;
  batchesCompared = 0;
  livenessChecks = 0;
  readonly slowest = new Map<string, number>();
  schemaDerived = 0;
  /** Contract calls that received at least one message. */
  readonly methodsSent = new Set<string>();
  schemaDerivedPastValidation = 0;

  constructor(
    readonly name: string,
    readonly seed: number,
    private readonly classify: (v: Violation) => string | undefined = () => undefined,
  ) {}

  count(target: string, kind: string, outcome: string): void {
    this.messages += 1;
    this.byTarget.set(target, (this.byTarget.get(target) ?? 0) + 1);
    const outcomes = this.byKind.get(kind) ?? new Map<string, number>();
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    this.byKind.set(kind, outcomes);
  }

  timing(method: string, ms: number): void {
    const key = method.length > 40 ? `${method.slice(0, 40)}…` : method;
    if (ms > (this.slowest.get(key) ?? 0)) this.slowest.set(key, ms);
  }

  violate(v: Omit<Violation, 'seed'>): void {
    const violation = { ...v, seed: this.seed };
    this.violationCounts.set(v.category, (this.violationCounts.get(v.category) ?? 0) + 1);
    const bug = this.classify(violation);
    if (bug) {
      this.known.set(bug, (this.known.get(bug) ?? 0) + 1);
      if (this.knownExamples.filter((e) => e.bug === bug).length < 2) this.knownExamples.push({ bug, violation });
      return;
    }
    this.unexplainedCounts.set(v.category, (this.unexplainedCounts.get(v.category) ?? 0) + 1);
    if (this.violations.length < 100) this.violations.push(violation);
  }

  /** Two examples of each known bug, for the printout. */
  readonly knownExamples: Array<{ bug: string; violation: Violation }> = [];

  /** Violations no known bug explains. */
  get unexplained(): number {
    let n = 0;
    for (const v of this.unexplainedCounts.values()) n += v;
    return n;
  }

  total(category: ViolationCategory): number {
    return this.violationCounts.get(category) ?? 0;
  }

  get totalViolations(): number {
    let n = 0;
    for (const v of this.violationCounts.values()) n += v;
    return n;
  }

  format(): string {
    const lines: string[] = [];
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    lines.push(`${this.name}: ${this.messages} messages, seed ${this.seed}, ${seconds} s`);
    lines.push(`  per target: ${[...this.byTarget].map(([t, n]) => `${t} ${n}`).join(', ')}`);
    lines.push('  per kind (outcome: count):');
    for (const [kind, outcomes] of [...this.byKind].sort()) {
      const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
      const parts = [...outcomes].sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o} ${n}`);
      lines.push(`    ${kind.padEnd(14)} ${String(total).padStart(6)}  ${parts.join(', ')}`);
    }
    if (this.schemaDerived > 0)
      lines.push(
        `  schema-derived messages past validation: ${this.schemaDerivedPastValidation} of ${this.schemaDerived} (${((100 * this.schemaDerivedPastValidation) / this.schemaDerived).toFixed(0)}%)`,
      );
    const changing = [...this.stateChangingAccepted].sort((a, b) => b[1] - a[1]).map(([m, n]) => `${m} ${n}`);
    lines.push(`  accepted messages that changed state (counted apart): ${changing.join(', ') || 'none'}`);
    const audited = [...this.auditedRefusals].map(([m, n]) => `${m} ${n}`);
    lines.push(`  refusals that only wrote their own audit row: ${audited.join(', ') || 'none'}`);
    lines.push(
      `  background writes seen during a refusal (device faults the status service records): ${this.backgroundWrites}`,
    );
    lines.push(
      `  refused messages checked for state changes: ${this.refusalsChecked} (each against the store's commit counters and the data folder; ${this.batchesCompared} refusal batches compared table by table)`,
    );
    lines.push(`  liveness checks after messages: ${this.livenessChecks}`);
    const slow = [...this.slowest]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([m, ms]) => `${m} ${ms.toFixed(0)} ms`);
    lines.push(`  slowest calls: ${slow.join(', ')}`);
    lines.push(`  crashes: ${this.total('crash') + this.total('hostDown')}`);
    lines.push(`  replies that are not a Result: ${this.total('notAResult')}`);
    lines.push(`  state changes after a refused message: ${this.total('stateChangeAfterRefusal')}`);
    const others = [...this.violationCounts].filter(
      ([c]) => !['crash', 'hostDown', 'notAResult', 'stateChangeAfterRefusal'].includes(c),
    );
    lines.push(`  other invariant failures: ${others.map(([c, n]) => `${c} ${n}`).join(', ') || '0'}`);
    lines.push(
      `  violations explained by reported bugs (known-bugs.ts): ${[...this.known].map(([b, n]) => `${b} ${n}`).join(', ') || 'none'}`,
    );
    for (const { bug, violation: v } of this.knownExamples)
      lines.push(
        `    e.g. ${bug}: seed ${v.seed} ${v.target} #${v.index} ${v.kind} ${v.method} — ${v.label}: ${v.problem}`,
      );
    lines.push(`  violations no reported bug explains: ${this.unexplained}`);
    const shown = new Map<string, number>();
    for (const v of this.violations) {
      const n = shown.get(v.category) ?? 0;
      if (n >= 4) continue;
      shown.set(v.category, n + 1);
      lines.push(
        `  ✗ ${v.category}: seed ${v.seed} ${v.target} #${v.index} ${v.kind} ${v.method} — ${v.label}: ${v.problem}`,
      );
    }
    return lines.join('\n');
  }
}

export function showMethod(method: unknown): string {
  if (typeof method === 'string')
    return JSON.stringify(method.length > 48 ? `${method.slice(0, 48)}…(${method.length})` : method);
  if (typeof method === 'symbol') return 'a symbol';
  return `(${method === null ? 'null' : typeof method})`;
}
