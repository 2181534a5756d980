import { randomUUID } from 'node:crypto';
import type { identityMethods } from '../../../shared/contract/identity.js';
import type { Handlers } from '../../rpc/handlers.js';
import type { PlatformServices } from './platform-services.js';

/**
 * identity.verifyEId: the platform verifies a scanned e-ID code. A fresh idempotency key per scan lets the
 * HTTP client retry a lost answer without the one-use code being refused as used. The audit line says only
 * whether it worked and why not; the code (a short-lived credential) and the person are never logged.
 */
export function createIdentityHandlers(
  services: Pick<PlatformServices, 'gateway' | 'kioskId' | 'audit'>,
): Pick<Handlers, keyof typeof identityMethods> {
  return {
    'identity.verifyEId': async ({ code }) => {
      const result = await services.gateway.verifyEId({
        code,
        kioskId: services.kioskId,
        idempotencyKey: randomUUID(),
      });
      services.audit.record({
        actor: 'citizen',
        action: result.ok ? 'identity.eIdVerified' : 'identity.eIdRefused',
        detail: result.ok ? {} : { reason: result.error.code },
      });
      return result;
    },
  };
}
