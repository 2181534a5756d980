import type { KioskBridge } from './bridge.js';
import {
  type CallErrorCode,
  type EventName,
  type EventPayloadOf,
  events,
  type MethodName,
  methods,
  type RequestOf,
  type ResponseOf,
  resultSchema,
} from './contract/index.js';
import { err, type Failure, type Result } from './result.js';

/** A failed call: its code is one the method declares (see shared/contract) or a transport code. */
export type CallError<M extends MethodName> = Failure<CallErrorCode<M>>;

/** What `client.call(method, …)` resolves to. */
export type CallResult<M extends MethodName> = Result<ResponseOf<M>, CallErrorCode<M>>;

export interface KioskClient {
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<CallResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}

/**
 * The renderer's typed view of the contract. Replies are validated too: a backend of another version,
 * or a broken host, shows up as a clear failure instead of undefined fields deep in a screen.
 */
export function createKioskClient(bridge: KioskBridge): KioskClient {
  return {
    async call(method, request) {
      let reply: unknown;
      try {
        reply = await bridge.invoke(method, request);
      } catch (error) {
        return err('unavailable', `The kiosk backend did not answer ${method}: ${String(error)}`);
      }
      const parsed = resultSchema(methods[method].response).safeParse(reply);
      if (!parsed.success) return err('internalError', `The reply to ${method} does not match the contract.`);
      // The wire carries any string code; the contract's `errors` say which ones a method answers with.
      return parsed.data as CallResult<typeof method>;
    },
    on(event, listener) {
      return bridge.subscribe(event, (payload) => {
        const parsed = events[event].payload.safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayloadOf<typeof event>);
      });
    },
  };
}
