import { describe, expect, it } from 'vitest';
import { flowKindSpecs } from '../../../shared/catalog/flow-kinds.js';
import { usageReportSchema } from '../../../shared/contract/usage.js';
import { completes, completesOn, FlowUsage } from './usage-report.js';

function fakeClient() {
  const sent: unknown[] = [];
  let release: () => void = () => undefined;
  const client = {
    call: (method: string, request: unknown) => {
      sent.push({ method, request });
      // The first reply is slow: the next report must still wait for it.
      return sent.length === 1
        ? new Promise((resolve) => {
            release = () => resolve({ ok: true, value: { recorded: true } });
          })
        : Promise.resolve({ ok: true, value: { recorded: true } });
    },
  } as never;
  return { client, sent, release: () => release() };
}

describe('usage report (renderer)', () => {
  it('every flow kind completes on a screen it has', () => {
    for (const [kind, screen] of Object.entries(completesOn))
      expect(flowKindSpecs[kind as keyof typeof completesOn].screens, kind).toContain(screen);
    expect(completes('apply', 'confirmation', false)).toBe(true);
    expect(completes('apply', 'check', false)).toBe(false);
    expect(completes('print', 'print', false)).toBe(false);
    expect(completes('print', 'print', true)).toBe(true);
    expect(completes('pay', 'pay', false)).toBe(false);
    expect(completes('pay', 'payReceipt', false)).toBe(true);
  });

  it('one started, then one end, in order, with whole seconds; valid for the contract', async () => {
    let now = 1000;
    const { client, sent, release } = fakeClient();
    const usage = new FlowUsage(client, { kind: 'item', code: 'RS-001' }, () => now);
    usage.abandon('form'); // not started: nothing
    usage.start();
    usage.start();
    now += 61_400;
    usage.complete();
    usage.abandon('form');
    usage.complete();
    await Promise.resolve();
    // The completed waits for the started's reply.
    expect(sent).toHaveLength(1);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([
      {
        method: 'usage.record',
        request: { event: 'started', flowId: usage.flowId, target: { kind: 'item', code: 'RS-001' } },
      },
      {
        method: 'usage.record',
        request: {
          event: 'completed',
          flowId: usage.flowId,
          target: { kind: 'item', code: 'RS-001' },
          durationSeconds: 61,
        },
      },
    ]);
    for (const s of sent) expect(usageReportSchema.safeParse((s as { request: unknown }).request).success).toBe(true);
    expect(usage.state).toBe('ended');
  });

  it('each flow instance has its own id', () => {
    const { client } = fakeClient();
    const a = new FlowUsage(client, { kind: 'item', code: 'RS-001' });
    const b = new FlowUsage(client, { kind: 'item', code: 'RS-001' });
    expect(a.flowId).not.toBe(b.flowId);
  });
});
