import { describeIssues, isMethodName, methods, resultSchema } from '../../shared/contract/index.js';
import { err, type Result } from '../../shared/result.js';
import type { CallContext, Handler, Handlers } from './handlers.js';

export interface DispatchLogger {
  warn(message: string): void;
  error(message: string): void;
}

export type Dispatch = (method: unknown, payload: unknown, context: CallContext) => Promise<Result<unknown>>;

/**
 * Turns an untrusted (method, payload) pair into a Result. The request is validated before any handler
 * runs, so a malformed message changes nothing; a handler that throws or returns off-contract data becomes
 * an internalError value, never an exception across the boundary. Logs name the call, never the payload.
 */
export function createDispatcher(handlers: Handlers, logger: DispatchLogger): Dispatch {
  return async (method, payload, context) => {
    // A developer call whose handlers are not mounted is unknown here, word for word as a made-up name is.
    if (!isMethodName(method) || handlers[method] === undefined) {
      const shown = typeof method === 'string' ? method.slice(0, 64) : typeof method;
      logger.warn(`rpc: unknown method ${JSON.stringify(shown)} from ${context.sender}`);
      return err('unknownMethod', `There is no call named ${JSON.stringify(shown)} in the contract.`);
    }
    const spec = methods[method];
    const handler = handlers[method] as Handler<typeof method>;
    let result: Result<unknown>;
    try {
      // Inside the try: a hostile payload (deeply nested, a getter that throws) must not escape validation.
      const parsed = spec.request.safeParse(payload);
      if (!parsed.success) {
        logger.warn(`rpc: invalid request for ${method} from ${context.sender}`);
        return err('invalidRequest', `Invalid request for ${method}: ${describeIssues(parsed.error)}`.slice(0, 600));
      }
      result = await handler(parsed.data as never, context);
    } catch (error) {
      logger.error(`rpc: ${method} threw ${error instanceof Error ? error.name : 'a non-error'}`);
      return err('internalError', `The kiosk could not complete ${method}.`);
    }
    const checked = resultSchema(spec.response).safeParse(result);
    if (!checked.success) {
      logger.error(`rpc: ${method} returned a reply that breaks the contract: ${describeIssues(checked.error)}`);
      return err('internalError', `The kiosk could not complete ${method}.`);
    }
    return checked.data as Result<unknown>;
  };
}
