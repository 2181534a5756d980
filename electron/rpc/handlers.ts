import type {
  DeveloperMethodName,
  MethodName,
  ParsedRequestOf,
  ProductionMethodName,
  ResponseOf,
} from '../../shared/contract/index.js';
import type { Result } from '../../shared/result.js';

/** Who sent a call, as established by the transport (IPC sender frame or web-host token and origin). */
export interface CallContext {
  readonly transport: 'ipc' | 'web';
  /** A short, non-personal label for logs ("main-frame", "web:127.0.0.1"). */
  readonly sender: string;
}

export type Handler<M extends MethodName> = (
  request: ParsedRequestOf<M>,
  context: CallContext,
) => Result<ResponseOf<M>> | Promise<Result<ResponseOf<M>>>;

/** A handler for every production call (the compiler lists any that is missing). */
export type ProductionHandlers = { readonly [M in ProductionMethodName]: Handler<M> };

/** Handlers of the developer-only calls, mounted only behind the developer flag. */
export type DeveloperHandlers = { readonly [M in DeveloperMethodName]: Handler<M> };

/** What a dispatcher serves: every production call, and the developer calls where they are mounted. */
export type Handlers = ProductionHandlers & Partial<DeveloperHandlers>;
