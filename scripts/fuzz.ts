import { parseArgs } from 'node:util';
import { knownBugs } from '../test/fuzz/known-bugs.js';
import { runDispatcherFuzz } from '../test/fuzz/run-dispatcher.js';
import { runWebFuzz } from '../test/fuzz/run-web.js';
import type { Summary } from '../test/fuzz/summary.js';

/**
 * `npm run fuzz -- --dispatcher 100000 --web 20000`: the contract fuzzer of test/fuzz at full size (issue 12).
 * Prints, per part, the messages per kind and outcome, the crashes, the replies that are not a Result, the
 * state changes after a refusal, the violations explained by reported bugs (test/fuzz/known-bugs.ts) and any
 * other, and the time; exits 1 when a violation no reported bug explains was found.
 *
 *   --seed S        the run's seed (default: a fresh one, printed)
 *   --only N        send message N of the seed alone (replays a failure; with --dispatcher or --web 1)
 *   --avoid-known-crashes   leave out the WebSocket frames that end the host while ws-frame-kills-host is open
 */
const { values } = parseArgs({
  options: {
    dispatcher: { type: 'string', default: '0' },
    web: { type: 'string', default: '0' },
    seed: { type: 'string' },
    only: { type: 'string' },
    'avoid-known-crashes': { type: 'boolean', default: false },
  },
});

const count = (name: string, text: string | undefined): number => {
  const n = Number(text ?? '0');
  if (!Number.isSafeInteger(n) || n < 0) {
    process.stderr.write(`--${name} must be a count of messages, not ${JSON.stringify(text)}\n`);
    process.exit(2);
  }
  return n;
};

const seed = values.seed === undefined ? (Math.random() * 0x1_0000_0000) >>> 0 : count('seed', values.seed) >>> 0;
const only = values.only === undefined ? undefined : count('only', values.only);
let dispatcherCount = count('dispatcher', values.dispatcher);
let webCount = count('web', values.web);
if (only !== undefined) {
  dispatcherCount = Math.min(dispatcherCount, 1);
  webCount = Math.min(webCount, 1);
}
if (dispatcherCount + webCount === 0) {
  process.stderr.write('usage: npm run fuzz -- --dispatcher 100000 --web 20000 [--seed S] [--only N]\n');
  process.exit(2);
}

process.stdout.write(`contract fuzzer: seed ${seed}${only === undefined ? '' : `, message ${only} only`}\n`);
const began = Date.now();
const progress = (label: string, total: number) => (done: number) => {
  if (done % 5_000 === 0 || done === total) process.stderr.write(`  ${label}: ${done}/${total}\n`);
};
const summaries: Summary[] = [];
if (dispatcherCount > 0) {
  const summary = await runDispatcherFuzz({
    seed,
    count: dispatcherCount,
    ...(only === undefined ? {} : { start: only }),
    onProgress: progress('dispatcher', dispatcherCount),
  });
  summaries.push(summary);
  process.stdout.write(`\n${summary.format()}\n`);
}
if (webCount > 0) {
  const summary = await runWebFuzz({
    seed,
    count: webCount,
    ...(only === undefined ? {} : { start: only }),
    avoidKnownCrashes: values['avoid-known-crashes'],
    onProgress: progress('web host', webCount),
  });
  summaries.push(summary);
  process.stdout.write(`\n${summary.format()}\n`);
}

const sum = (f: (s: Summary) => number) => summaries.reduce((n, s) => n + f(s), 0);
const unexplained = sum((s) => s.unexplained);
const known = new Map<string, number>();
for (const s of summaries) for (const [id, n] of s.known) known.set(id, (known.get(id) ?? 0) + n);
process.stdout.write(
  [
    '',
    `total: ${sum((s) => s.messages)} messages in ${((Date.now() - began) / 1000).toFixed(1)} s, seed ${seed}`,
    `  crashes: ${sum((s) => s.total('crash') + s.total('hostDown') + s.total('noReply'))}`,
    `  replies that are not a Result: ${sum((s) => s.total('notAResult'))}`,
    `  state changes after a refused message: ${sum((s) => s.total('stateChangeAfterRefusal'))}`,
    `  violations explained by reported bugs: ${[...known].map(([id, n]) => `${id} ${n}`).join(', ') || 'none'}`,
    ...knownBugs.filter((b) => known.has(b.id)).map((b) => `    ${b.id}: ${b.summary}`),
    `  violations no reported bug explains: ${unexplained}`,
    '',
  ].join('\n'),
);
process.exit(unexplained > 0 ? 1 : 0);
