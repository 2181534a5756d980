import type { AdminRole } from '../../../shared/config/admin-config.js';
import type { MethodName, ParsedRequestOf, ResponseOf } from '../../../shared/contract/index.js';
import type { Result } from '../../../shared/result.js';
import type { CallContext, Handler } from '../../rpc/handlers.js';
import type { ActiveSession, AdminAuth } from './admin-auth.js';

/** A console handler: it runs only for a live session whose role may make the call. */
export type ConsoleHandler<M extends MethodName> = (
  request: ParsedRequestOf<M>,
  session: ActiveSession,
  context: CallContext,
) => Result<ResponseOf<M>> | Promise<Result<ResponseOf<M>>>;

/**
 * Wraps a console handler in the session check: the token must be the live session's, the session within
 * its idle limit and cap, and the role enough. Every console call goes through here, so no page can skip it.
 */
export function guarded<M extends MethodName>(
  auth: AdminAuth,
  needs: AdminRole,
  handler: ConsoleHandler<M>,
): Handler<M> {
  return (request, context) => {
    const token = (request as { token?: unknown }).token;
    const session = auth.check(typeof token === 'string' ? token : '', needs);
    if (!session.ok) return session;
    return handler(request, session.value, context);
  };
}
