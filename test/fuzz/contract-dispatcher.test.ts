import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract/index.js';
import { runDispatcherFuzz } from './run-dispatcher.js';
import { fuzzSeed } from './seed.js';

/**
 * The contract fuzzer through the dispatcher, at the size `npm test` runs (the full size is
 * `npm run fuzz`): schema-derived, mutated, random, prototype-key, huge, deep, exotic and wrongly named
 * messages to a production, a developer and an out-of-service backend. Every reply must be a Result with a
 * declared code, nothing may escape, and no refused message may change the store or the data folder.
 * FUZZ_SEED=n runs another seed; a failure names the seed and the message's index.
 */
const seed = fuzzSeed();
const COUNT = Number(process.env.FUZZ_DISPATCHER_COUNT ?? 5_000);

describe(`contract fuzzer, dispatcher (seed ${seed})`, () => {
  it(
    `${COUNT} messages: no crash, only Results with declared codes, no state change after a refusal`,
    { timeout: 120_000 },
    async () => {
      const summary = await runDispatcherFuzz({ seed, count: COUNT });
      console.log(summary.format());
      expect(summary.messages).toBe(COUNT);
      expect(summary.unexplained, summary.format()).toBe(0);
      expect(summary.total('notAResult')).toBe(0);
      expect(summary.total('stateChangeAfterRefusal')).toBe(0);
      expect(summary.total('crash') + summary.total('hostDown') + summary.total('noReply')).toBe(0);
      // The run reached what it claims to: every kind, every call, and refusals as well as accepted calls.
      expect([...summary.byKind.keys()].sort()).toEqual(
        ['deep', 'developerCall', 'exotic', 'huge', 'mutated', 'prototype', 'random', 'valid', 'wrongMethod'].sort(),
      );
      expect(summary.methodsSent.size).toBe(Object.keys(methods).length);
      expect(summary.refusalsChecked).toBeGreaterThan(COUNT / 2);
      expect(summary.batchesCompared).toBeGreaterThan(0);
      expect(summary.schemaDerivedPastValidation / summary.schemaDerived).toBeGreaterThan(0.8);
    },
  );
});
