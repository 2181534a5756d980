import { describe, expect, it, vi } from 'vitest';
import { defaultKioskConfig } from '../../shared/config/kiosk-config.js';
import { ok } from '../../shared/result.js';
import { HealthMonitor } from '../services/app/health-monitor.js';
import { createAppHandlers } from '../services/app/app-handlers.js';
import { createMemoryLogger } from '../services/log/logger.js';
import { createDispatcher } from './dispatcher.js';
import type { Handlers } from './handlers.js';

const context = { transport: 'ipc', sender: 'main-frame' } as const;

function setup(overrides: Partial<Handlers> = {}) {
  const logger = createMemoryLogger();
  const base = createAppHandlers({
    name: 'gov-kiosk',
    version: '1.2.3',
    host: 'web',
    startedAt: new Date('2026-01-01T00:00:00Z'),
    loaded: { config: defaultKioskConfig, source: 'defaults' },
    health: new HealthMonitor(),
  });
  const handlers = { ...base, ...overrides } as Handlers;
  return { dispatch: createDispatcher(handlers, logger), logger };
}

describe('dispatcher', () => {
  it('answers a valid call with an ok Result', async () => {
    const { dispatch } = setup();
    const result = await dispatch('app.info', {}, context);
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'gov-kiosk', version: '1.2.3', host: 'web', kioskId: 'DEMO-0001' },
    });
  });

  it('refuses an unknown method with a clear value and does not call anything', async () => {
    const { dispatch, logger } = setup();
    const result = await dispatch('app.shutdown', {}, context);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknownMethod', message: expect.stringContaining('app.shutdown') },
    });
    expect(logger.lines.join('\n')).toContain('unknown method');
  });

  it('does not know developer calls whose handlers are not mounted: same answer as a made-up name', async () => {
    const { dispatch } = setup();
    const answer = async (name: string) => {
      const result = await dispatch(name, { citizenKey: 'zhang-wei' }, context);
      return JSON.stringify(result).replaceAll(name, '<name>');
    };
    expect(await answer('devices.sim.placeCard')).toBe(await answer('devices.nothing.here'));
    expect(await answer('payment.simulate')).toBe(await answer('payment.nothing'));
  });

  it('serves a developer call once its handler is mounted', async () => {
    const placeCard = vi.fn(() => ok({}));
    const { dispatch } = setup({ 'devices.sim.placeCard': placeCard });
    expect(await dispatch('devices.sim.placeCard', { citizenKey: 'zhang-wei' }, context)).toEqual(ok({}));
    expect(placeCard).toHaveBeenCalledOnce();
  });

  it('keeps the refusal of a hostile payload short and never throws across the boundary', async () => {
    const { dispatch } = setup();
    const longKeys = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${'k'.repeat(5_000)}${i}`, 1]));
    const refused = await dispatch('app.health', longKeys, context);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message.length).toBeLessThanOrEqual(600);
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const trapped = await dispatch('app.health', trap, context);
    expect(trapped.ok).toBe(false);
  });

  it.each([
    ['an extra field', { verbose: true }],
    ['a non-object payload', 'hello'],
    ['null', null],
    ['an array', [1, 2]],
  ])('refuses %s without running the handler', async (_label, payload) => {
    const spy = vi.fn(() => ok({ level: 'ok' as const, checks: [], uptimeSeconds: 0 }));
    const { dispatch } = setup({ 'app.health': spy });
    const result = await dispatch('app.health', payload, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalidRequest');
    expect(spy).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into internalError and does not leak its message', async () => {
    const { dispatch, logger } = setup({
      'app.info': () => {
        throw new Error('secret 110101199003077777');
      },
    });
    const result = await dispatch('app.info', {}, context);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internalError', message: 'The kiosk could not complete app.info.' },
    });
    expect(logger.lines.join('\n')).not.toContain('110101199003077777');
  });

  it('refuses a handler reply that breaks the contract', async () => {
    const { dispatch } = setup({ 'app.info': () => ok({ name: 'x' }) as never });
    const result = await dispatch('app.info', {}, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internalError');
  });

  it('passes domain failures through unchanged', async () => {
    const { dispatch } = setup({
      'config.get': () => ({ ok: false, error: { code: 'configInvalid', message: 'bad' } }),
    });
    expect(await dispatch('config.get', {}, context)).toEqual({
      ok: false,
      error: { code: 'configInvalid', message: 'bad' },
    });
  });
});
