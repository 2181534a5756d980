import { describeIssues } from '../../shared/contract/errors.js';
import {
  type PlatformErrorCode,
  type PlatformGateway,
  type PlatformOpName,
  type PlatformParsedRequest,
  type PlatformResult,
  platformApi,
  platformOpNames,
} from '../../shared/platform/index.js';
import { err, type Result } from '../../shared/result.js';

export type PlatformHandlers = {
  readonly [K in PlatformOpName]: (request: PlatformParsedRequest<K>) => PlatformResult<K> | Promise<PlatformResult<K>>;
};

export interface GatewayLog {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Wraps handlers that trust their input into a gateway that does not: every request is parsed against the
 * API schema first (nothing runs, nothing is stored on bad input), a throwing handler becomes an
 * internalError value, and a reply that breaks the schema is caught here rather than at the kiosk.
 * Messages name fields, never values (they may be personal).
 */
export function validatingGateway(handlers: PlatformHandlers, log?: GatewayLog): PlatformGateway {
  const gateway: Record<string, (request: unknown) => Promise<Result<unknown, PlatformErrorCode>>> = {};
  for (const name of platformOpNames) {
    const spec = platformApi[name];
    const handler = handlers[name] as (
      request: unknown,
    ) => Result<unknown, PlatformErrorCode> | Promise<Result<unknown, PlatformErrorCode>>;
    gateway[name] = async (request: unknown) => {
      const parsed = spec.request.safeParse(request);
      if (!parsed.success) return err('invalidRequest', `Invalid ${name} request: ${describeIssues(parsed.error)}`);
      let result: Result<unknown, PlatformErrorCode>;
      try {
        result = await handler(parsed.data);
      } catch (error) {
        log?.error(`platform: ${name} failed: ${error instanceof Error ? error.message : 'non-error thrown'}`);
        return err('internalError', `The platform could not complete ${name}.`);
      }
      if (!result.ok) return result;
      const checked = spec.response.safeParse(result.value);
      if (!checked.success) {
        log?.error(`platform: ${name} produced an off-schema reply: ${describeIssues(checked.error)}`);
        return err('internalError', `The platform could not complete ${name}.`);
      }
      return { ok: true, value: checked.data };
    };
  }
  return gateway as unknown as PlatformGateway;
}
