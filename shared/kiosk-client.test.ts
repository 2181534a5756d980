import { describe, expect, expectTypeOf, it } from 'vitest';
import type { KioskBridge } from './bridge.js';
import type { CallErrorCode, TransportErrorCode } from './contract/index.js';
import { type CallError, type CallResult, createKioskClient } from './kiosk-client.js';
import { err, type Result } from './result.js';

/** A client over a bridge that answers every call with `reply` (or throws it when it is an Error). */
function clientAnswering(reply: unknown) {
  const bridge: KioskBridge = {
    invoke: () => (reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply as Result<unknown>)),
    subscribe: () => () => undefined,
  };
  return createKioskClient(bridge);
}

// These checks are types: `npm run typecheck` fails when an undeclared code becomes comparable again.
describe('client.call failure codes (types)', () => {
  it('are the codes the method declares, plus the transport codes', async () => {
    const reply = await clientAnswering(err('expired', 'old code')).call('identity.verifyEId', {
      code: 'x'.repeat(16),
    });
    expectTypeOf(reply).toEqualTypeOf<CallResult<'identity.verifyEId'>>();
    if (reply.ok) return;
    expectTypeOf(reply.error).toEqualTypeOf<CallError<'identity.verifyEId'>>();
    expectTypeOf<'expired'>().toExtend<typeof reply.error.code>();
    expectTypeOf<'alreadyUsed'>().toExtend<typeof reply.error.code>();
    expectTypeOf<TransportErrorCode>().toExtend<typeof reply.error.code>();
    expect(reply.error.code === 'expired').toBe(true);
    // @ts-expect-error identity.verifyEId does not declare slotFull: the comparison could never be true
    expect(reply.error.code === 'slotFull').toBe(false);
  });

  it('are only the transport codes for a method that declares none', () => {
    expectTypeOf<CallErrorCode<'app.info'>>().toEqualTypeOf<TransportErrorCode>();
    // @ts-expect-error app.info declares no domain codes
    const notFound: CallErrorCode<'app.info'> = 'notFound';
    expect(notFound).toBe('notFound');
  });

  it('let a device failure carry its reason after a dot, and only a declared completion code', () => {
    type PrintCode = CallErrorCode<'devices.print'>;
    expectTypeOf<'deviceNotReady'>().toExtend<PrintCode>();
    expectTypeOf<'deviceNotReady.paperOut'>().toExtend<PrintCode>();
    expectTypeOf<'userError.replaceCard'>().toExtend<PrintCode>();
    expectTypeOf<'success'>().not.toExtend<PrintCode>();
    expectTypeOf<'paperOut'>().not.toExtend<PrintCode>();
    // A platform code has no reasoned form.
    expectTypeOf<'notFound.x'>().not.toExtend<CallErrorCode<'case.progress'>>();
  });

  it('include what the platform link answers for calls the platform serves', () => {
    expectTypeOf<'unauthorized' | 'badResponse'>().toExtend<CallErrorCode<'case.progress'>>();
    expectTypeOf<'unauthorized'>().not.toExtend<CallErrorCode<'documents.receipt'>>();
  });
});

describe('client.call at run time', () => {
  it('passes a failure on as the backend sent it', async () => {
    const reply = await clientAnswering(err('deviceNotReady.paperOut', 'no paper')).call('devices.scanner.setEnabled', {
      enabled: true,
    });
    expect(reply).toEqual({ ok: false, error: { code: 'deviceNotReady.paperOut', message: 'no paper' } });
  });

  it('answers unavailable when the bridge throws and internalError for an off-contract reply', async () => {
    const thrown = await clientAnswering(new Error('gone')).call('app.info', {});
    expect(thrown.ok ? undefined : thrown.error.code).toBe('unavailable');
    const broken = await clientAnswering({ ok: true, value: { name: 1 } }).call('app.info', {});
    expect(broken.ok ? undefined : broken.error.code).toBe('internalError');
  });
});
