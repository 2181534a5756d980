import { describe, expect, it } from 'vitest';
import { productionNames } from './messages.js';
import { runWebFuzz } from './run-web.js';
import { fuzzSeed } from './seed.js';

/**
 * The contract fuzzer through the web host over real HTTP and WebSocket on 127.0.0.1, at the size
 * `npm test` runs (the full size is `npm run fuzz`): contract messages with the token, and everything
 * refused before the dispatcher (no or a wrong token, a foreign origin or Host, bodies that are not JSON or
 * too large, other methods and paths, bad percent escapes, static paths that climb out, bad upgrades, bad
 * frames, raw bytes). The host must answer app.info after every one; nothing refused may change state.
 */
const seed = fuzzSeed();
const COUNT = Number(process.env.FUZZ_WEB_COUNT ?? 1_500);

describe(`contract fuzzer, web host (seed ${seed})`, () => {
  it(
    `${COUNT} requests: the host stays up, answers Results, refuses what it must, changes nothing when it refuses`,
    { timeout: 120_000 },
    async () => {
      // Every kind of frame, the ones that used to end the host included (fixed: fixed-bugs.test.ts).
      const summary = await runWebFuzz({ seed, count: COUNT });
      console.log(summary.format());
      expect(summary.messages).toBe(COUNT);
      expect(summary.unexplained, summary.format()).toBe(0);
      expect(summary.total('notAResult')).toBe(0);
      expect(summary.total('stateChangeAfterRefusal')).toBe(0);
      expect(summary.total('crash') + summary.total('hostDown')).toBe(0);
      expect(summary.livenessChecks).toBe(COUNT);
      const kinds = [...summary.byKind.keys()];
      for (const kind of ['valid', 'mutated', 'prototype', 'auth', 'host', 'body', 'wsUpgrade', 'wsFrame', 'raw'])
        expect(kinds, `no ${kind} request was sent`).toContain(kind);
      expect(summary.methodsSent.size).toBeGreaterThan(productionNames.length * 0.9);
      expect(summary.refusalsChecked).toBeGreaterThan(COUNT / 2);
    },
  );
});
