/**
 * Expected failures cross every boundary (IPC, HTTP, device commands) as values, never as thrown errors.
 * A Result is plain JSON so it survives structured clone and JSON.stringify unchanged.
 */
export interface Failure<Code extends string = string> {
  readonly code: Code;
  /** Plain, precise words for a technician or a log. The renderer shows citizens its own localized text per code. */
  readonly message: string;
}

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<Code extends string = string> = { readonly ok: false; readonly error: Failure<Code> };
export type Result<T, Code extends string = string> = Ok<T> | Err<Code>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<Code extends string>(code: Code, message: string): Err<Code> {
  return { ok: false, error: { code, message } };
}

/** Unwraps a value where a failure is a programming error (tests, start-up of bundled defaults). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Error(`${result.error.code}: ${result.error.message}`);
}
