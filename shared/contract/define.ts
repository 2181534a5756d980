import type { z } from 'zod';

/** One renderer→main call: what the renderer sends and what it gets back inside an ok Result. */
export interface MethodSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly request: Req;
  readonly response: Res;
  /** Domain failure codes this call may return besides the transport ones (documentation and client typing). */
  readonly errors: readonly string[];
  readonly summary: string;
}

export function defineMethod<
  Req extends z.ZodType,
  Res extends z.ZodType,
  const E extends readonly string[] = [],
>(spec: { request: Req; response: Res; errors?: E; summary: string }): MethodSpec<Req, Res> & { readonly errors: E } {
  return { ...spec, errors: (spec.errors ?? []) as E };
}

/** One main→renderer event. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
  readonly summary: string;
}

export function defineEvent<P extends z.ZodType>(spec: { payload: P; summary: string }): EventSpec<P> {
  return spec;
}
