import { ok } from '../../../shared/result.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { iso, type PlatformContext } from './platform-context.js';

/** What a kiosk asks to stay current: the catalog, the platform's signing keys, and its heartbeat. */
export function kioskSyncHandlers(
  ctx: PlatformContext,
  catalogDocument: (() => unknown) | undefined,
): Pick<PlatformHandlers, 'catalogSync' | 'publicKeys' | 'heartbeat'> {
  const { signingKey } = ctx;
  return {
    catalogSync(request) {
      const current = ctx.catalog().version;
      const changed = request.knownVersion !== current;
      // The document goes only to a kiosk that has another version, and only when this platform can send one.
      const document = changed ? catalogDocument?.() : undefined;
      return ok({
        version: current,
        changed: changed && document !== undefined,
        ...(document !== undefined ? { catalog: document } : {}),
      });
    },

    publicKeys() {
      return ok({ keys: [signingKey.publicKey] });
    },

    heartbeat(request) {
      const now = ctx.clock.now();
      ctx.tables.recordHeartbeat(request, now);
      return ok({ serverTime: iso(now), catalogVersion: ctx.catalog().version, keys: [signingKey.publicKey] });
    },
  };
}
