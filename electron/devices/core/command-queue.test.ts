import { describe, expect, it } from 'vitest';
import { CommandQueue } from './command-queue.js';
import { type Completion, failed, ok } from './completion.js';
import { sleep } from './time.js';

const work =
  (ms: number, value: string) =>
  async (signal: AbortSignal): Promise<Completion<string>> =>
    (await sleep(ms, signal)) ? ok(value) : failed('canceled', 'aborted');

describe('command queue', () => {
  it('runs one command at a time, in order', async () => {
    const queue = new CommandQueue();
    const order: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const job = (name: string) => async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      order.push(`start ${name}`);
      await sleep(10);
      order.push(`end ${name}`);
      running -= 1;
      return ok(name);
    };
    const results = await Promise.all(['a', 'b', 'c'].map((n) => queue.run(n, job(n), { timeoutMs: 1_000 })));
    expect(results.map((r) => r.ok && r.value)).toEqual(['a', 'b', 'c']);
    expect(maxRunning).toBe(1);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('ends a slow command with exactly one timeOut and aborts its work', async () => {
    const queue = new CommandQueue();
    let aborted = false;
    const result = await queue.run(
      'slow',
      async (signal) => {
        signal.addEventListener('abort', () => {
          aborted = true;
        });
        await sleep(500, signal);
        return ok('late');
      },
      { timeoutMs: 30 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'timeOut', completion: 'timeOut' } });
    expect(aborted).toBe(true);
  });

  it('cancels a running and a waiting command through their signals', async () => {
    const queue = new CommandQueue();
    const a = new AbortController();
    const b = new AbortController();
    const first = queue.run('first', work(200, 'x'), { timeoutMs: 1_000, signal: a.signal });
    const second = queue.run('second', work(10, 'y'), { timeoutMs: 1_000, signal: b.signal });
    b.abort();
    a.abort();
    expect(await first).toMatchObject({ ok: false, error: { code: 'canceled' } });
    expect(await second).toMatchObject({ ok: false, error: { code: 'canceled' } });
    expect(await queue.run('third', work(1, 'z'), { timeoutMs: 1_000 })).toEqual({ ok: true, value: 'z' });
  });

  it('refuses at once when the queue is full', async () => {
    const queue = new CommandQueue({ maxPending: 1 });
    const running = queue.run('running', work(50, 'a'), { timeoutMs: 1_000 });
    const waiting = queue.run('waiting', work(1, 'b'), { timeoutMs: 1_000 });
    const refused = await queue.run('refused', work(1, 'c'), { timeoutMs: 1_000 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'deviceNotReady.busy' } });
    expect((await running).ok && (await waiting).ok).toBe(true);
  });

  it('turns a throwing command into internalError and keeps going', async () => {
    const queue = new CommandQueue();
    const thrown = await queue.run(
      'boom',
      async () => {
        throw new Error('secret 110101199003077777');
      },
      { timeoutMs: 1_000 },
    );
    expect(thrown).toMatchObject({ ok: false, error: { code: 'internalError' } });
    expect(JSON.stringify(thrown)).not.toContain('110101199003077777');
    expect(await queue.run('next', work(1, 'fine'), { timeoutMs: 1_000 })).toEqual({ ok: true, value: 'fine' });
  });

  it('reports a command that ignores its abort and moves on after the grace period', async () => {
    const stuck: string[] = [];
    const queue = new CommandQueue({ graceMs: 20, onStuck: (label) => stuck.push(label) });
    const never = queue.run('wedged', () => new Promise<Completion<string>>(() => undefined), { timeoutMs: 10 });
    expect(await never).toMatchObject({ ok: false, error: { code: 'timeOut' } });
    expect(await queue.run('after', work(1, 'ok'), { timeoutMs: 1_000 })).toEqual({ ok: true, value: 'ok' });
    expect(stuck).toEqual(['wedged']);
  });
});
