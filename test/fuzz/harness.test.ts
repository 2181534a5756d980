import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract/index.js';
import { err } from '../../shared/result.js';
import { checkReply } from './invariants.js';
import { MessageFactory } from './messages.js';
import { Rng } from './rng.js';
import { runDispatcherFuzz } from './run-dispatcher.js';

/**
 * The fuzzer's own checks, proven able to fail: its schema-derived messages really are valid for their
 * calls, and each invariant catches a fault planted in a real backend's dispatch.
 */
describe('the contract fuzzer itself', () => {
  it('derives, for every call of the contract, requests its own schema accepts', () => {
    const factory = new MessageFactory(7);
    const poor: string[] = [];
    for (const [name, spec] of Object.entries(methods)) {
      let passed = 0;
      for (let i = 0; i < 30; i += 1)
        if (spec.request.safeParse(factory.validPayload(new Rng(7, i), name)).success) passed += 1;
      if (passed < 15) poor.push(`${name} ${passed}/30`);
    }
    expect(poor).toEqual([]);
  });

  it('makes the same message for the same seed and index, and another for another seed', () => {
    const profile = {
      callable: Object.keys(methods),
      unmounted: [],
      jsonOnly: true,
      weights: { valid: 1, mutated: 1, prototype: 1 },
    };
    const a = new MessageFactory(1).make(42, profile);
    const b = new MessageFactory(1).make(42, profile);
    const c = new MessageFactory(2).make(42, profile);
    expect([b.method, b.label, b.text]).toEqual([a.method, a.label, a.text]);
    expect([c.method, c.label, c.text]).not.toEqual([a.method, a.label, a.text]);
  });

  it('judges replies: a Result with a declared code passes; anything else is named', () => {
    const call = { kind: 'call', method: 'submission.status' } as const;
    expect(checkReply(err('notFound', 'No such application'), call, []).ok).toBe(true);
    expect(checkReply(err('invalidRequest', 'x'), call, []).ok).toBe(true);
    expect(checkReply(err('deviceNotReady', 'x'), call, [])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not declared'),
    });
    expect(checkReply(err('deviceNotReady.paperOut', 'x'), { kind: 'call', method: 'devices.print' }, []).ok).toBe(
      true,
    );
    expect(checkReply({ ok: true }, call, [])).toMatchObject({ ok: false, outcome: 'notAResult' });
    expect(checkReply({ ok: false, error: { code: 'x' } }, call, [])).toMatchObject({
      ok: false,
      outcome: 'notAResult',
    });
    expect(checkReply('ok', call, [])).toMatchObject({ ok: false, outcome: 'notAResult' });
    expect(checkReply({ ok: true, value: { state: 'nonsense' } }, call, [])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('response schema'),
    });
    expect(checkReply(err('invalidRequest', 'x'.repeat(3000)), call, [])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('3000 characters'),
    });
    const sent = `secret-${'y'.repeat(200)}`;
    expect(checkReply(err('invalidRequest', `bad key ${sent.slice(0, 120)}`), call, [sent])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('repeats'),
    });
    expect(checkReply(err('invalidRequest', `bad key ${sent.slice(0, 60)}`), call, [sent]).ok).toBe(true);
    expect(checkReply(err('unknownMethod', 'x'), { kind: 'only', code: 'unavailable' }, [])).toMatchObject({
      ok: false,
    });
  });

  it(
    'catches planted faults: a throw, a non-Result, an undeclared code, an echo, a state change after a refusal',
    { timeout: 60_000 },
    async () => {
      const summary = await runDispatcherFuzz({
        seed: 5,
        count: 700,
        targets: ['production'],
        intercept: (dispatch, target) => {
          const writer = new DatabaseSync(join(target.dataDir, 'kiosk.db'));
          let n = 0;
          return async (method, payload, context) => {
            if (method === 'catalog.search') throw new Error('planted');
            if (method === 'voice.status') return { ok: 'yes' } as never;
            if (method === 'outbox.status') return err('plantedCode', 'x');
            if (typeof method === 'string' && method.length > 200)
              return err('unknownMethod', `No call ${method.slice(0, 400)}`);
            const reply = await dispatch(method, payload, context);
            if (method === 'documents.verify' && !reply.ok)
              writer
                .prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
                .run(`planted${(n += 1)}`, 'x', 0);
            return reply;
          };
        },
      });
      expect(summary.total('crash')).toBeGreaterThan(0);
      expect(summary.total('notAResult')).toBeGreaterThan(0);
      expect(summary.total('undeclaredCode')).toBeGreaterThan(0);
      expect(summary.total('echo')).toBeGreaterThan(0);
      expect(summary.total('stateChangeAfterRefusal')).toBeGreaterThan(0);
      expect(summary.violations.find((v) => v.category === 'stateChangeAfterRefusal')?.problem).toContain(
        'kiosk.db:settings',
      );
      expect(summary.format()).toContain('seed 5');
    },
  );
});
