import { ok } from '../../../shared/result.js';
import type { Handlers } from '../../rpc/handlers.js';
import type { CitizenPresence } from './citizen-presence.js';

/** Calls that the page makes on its own between citizens (polls, the attract screen's set-up): not use. */
const NOT_USE = new Set(['app.info', 'app.health', 'config.get', 'catalog.get', 'devices.status']);

/** session.begin: a citizen left the attract screen. */
export function createPresenceHandlers(presence: CitizenPresence): Pick<Handlers, 'session.begin'> {
  return {
    'session.begin': () => {
      presence.begin();
      return ok({ begun: true as const });
    },
  };
}

/**
 * Tells the presence (citizen-presence.ts) what the page does: session.end closes a citizen's session, and any
 * other call from the page is use. The console's calls are use too
 * (while it is open the presence asks the console directly).
 */
export function withPresence(handlers: Handlers, presence: CitizenPresence): Handlers {
  const wrapped = { ...handlers } as Record<string, unknown>;
  for (const [method, handler] of Object.entries(handlers) as Array<[string, (...args: never[]) => unknown]>) {
    if (NOT_USE.has(method)) continue;
    wrapped[method] = (...args: never[]) => {
      presence.touch();
      return handler(...args);
    };
  }
  return {
    ...(wrapped as Handlers),
    'session.end': async (request, context) => {
      const result = await handlers['session.end'](request, context);
      presence.end();
      return result;
    },
  };
}
