import { methods, resultSchema, transportErrorCodes } from '../../shared/contract/index.js';
import { completionCodeSchema } from '../../shared/devices/device-status.js';

/**
 * What every reply to every message must be, whatever was sent: a Result — `{ ok: true, value }` with a
 * value the call's response schema accepts, or `{ ok: false, error: { code, message } }` whose code is one
 * the call declares (its `errors`, with a device completion's `.reason`) or a transport code — and a refusal's
 * message is short and never repeats a long part of what was sent.
 */
export const MAX_MESSAGE_CHARS = 2048;
/** A refusal may quote a little of what it refuses (a key's name, cut); a run this long is an echo. */
export const ECHO_WINDOW = 100;

const transport = new Set<string>(transportErrorCodes);
const completionFailures = new Set<string>(completionCodeSchema.options.filter((c) => c !== 'success'));

export type Expectation =
  /** A mounted contract call: its declared codes plus the transport codes. */
  | { readonly kind: 'call'; readonly method: string }
  /** Not a call this backend answers: exactly this code (unknownMethod, or unavailable out of service). */
  | { readonly kind: 'only'; readonly code: string }
  /** A refusal with one of these codes (a malformed request the dispatcher never saw). */
  | { readonly kind: 'refusal'; readonly codes: readonly string[] };

export type Verdict =
  | { readonly ok: true; readonly outcome: string; readonly accepted: boolean }
  | { readonly ok: false; readonly outcome: string; readonly problem: string };

/** Declared codes of a call, as a set (the transport codes are always allowed besides). */
export function declaredCodes(method: string): ReadonlySet<string> {
  const spec = (methods as Record<string, { errors: readonly string[] }>)[method];
  return new Set(spec?.errors ?? []);
}

export function codeAllowed(method: string, code: string): boolean {
  if (transport.has(code)) return true;
  const declared = declaredCodes(method);
  if (declared.has(code)) return true;
  const dot = code.indexOf('.');
  if (dot <= 0) return false;
  const base = code.slice(0, dot);
  return declared.has(base) && completionFailures.has(base) && code.length <= 64;
}

/** Checks one reply. `longInputs` are strings of 100+ characters the sender wrote. */
export function checkReply(reply: unknown, expect: Expectation, longInputs: readonly string[]): Verdict {
  const shape = resultShape(reply);
  if (shape !== undefined) return { ok: false, outcome: 'notAResult', problem: `not a Result: ${shape}` };
  const result = reply as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  if (result.ok) {
    if (expect.kind !== 'call')
      return { ok: false, outcome: 'ok', problem: `answered ok to ${describeExpectation(expect)}` };
    const spec = (methods as Record<string, { response: Parameters<typeof resultSchema>[0] }>)[expect.method];
    if (spec && !resultSchema(spec.response).safeParse(reply).success)
      return { ok: false, outcome: 'ok', problem: 'an ok reply whose value breaks the response schema' };
    return { ok: true, outcome: 'ok', accepted: true };
  }
  const { code, message } = result.error as { code: string; message: string };
  const outcome = code.length > 64 ? `${code.slice(0, 64)}…` : code;
  if (expect.kind === 'only' && code !== expect.code)
    return { ok: false, outcome, problem: `code ${outcome} where only ${expect.code} is right` };
  if (expect.kind === 'refusal' && !expect.codes.includes(code))
    return { ok: false, outcome, problem: `code ${outcome} where only ${expect.codes.join(' or ')} is right` };
  if (expect.kind === 'call' && !codeAllowed(expect.method, code))
    return { ok: false, outcome, problem: `code ${outcome} is not declared by ${expect.method}` };
  if (message.length > MAX_MESSAGE_CHARS)
    return { ok: false, outcome, problem: `error message of ${message.length} characters (over ${MAX_MESSAGE_CHARS})` };
  const echoed = echoOf(message, longInputs);
  if (echoed !== undefined)
    return { ok: false, outcome, problem: `error message repeats ${echoed} characters of what was sent` };
  return { ok: true, outcome, accepted: false };
}

/** undefined when `reply` has the shape of a Result; otherwise what is wrong, in a few words. */
export function resultShape(reply: unknown): string | undefined {
  if (reply === null || typeof reply !== 'object' || Array.isArray(reply)) return `a ${describe(reply)}`;
  if (Object.getPrototypeOf(reply) !== Object.prototype) return 'an object that is not plain';
  const keys = Object.keys(reply).sort().join(',');
  const r = reply as Record<string, unknown>;
  if (r.ok === true) return keys === 'ok,value' ? undefined : `ok reply with keys ${keys.slice(0, 60)}`;
  if (r.ok !== false) return `ok is ${describe(r.ok)}`;
  if (keys !== 'error,ok') return `failure with keys ${keys.slice(0, 60)}`;
  const error = r.error;
  if (error === null || typeof error !== 'object') return `error is ${describe(error)}`;
  const e = error as Record<string, unknown>;
  if (Object.keys(e).sort().join(',') !== 'code,message') return 'error without exactly code and message';
  if (typeof e.code !== 'string' || e.code.length === 0) return 'error code is not a non-empty string';
  if (typeof e.message !== 'string') return 'error message is not a string';
  try {
    JSON.stringify(reply);
  } catch {
    return 'a reply that cannot be sent as JSON';
  }
  return undefined;
}

function describeExpectation(expect: Expectation): string {
  if (expect.kind === 'call') return expect.method;
  return `something only ${expect.kind === 'only' ? expect.code : expect.codes.join(' or ')} answers`;
}

function echoOf(message: string, longInputs: readonly string[]): number | undefined {
  for (const input of longInputs) {
    for (let start = 0; start + ECHO_WINDOW <= Math.min(input.length, 4096); start += ECHO_WINDOW) {
      if (message.includes(input.slice(start, start + ECHO_WINDOW))) return longestRun(message, input);
    }
  }
  return undefined;
}

function longestRun(message: string, input: string): number {
  let best = 0;
  for (let i = 0; i < message.length; i += 1) {
    const at = input.indexOf(message.slice(i, i + best + 1));
    if (at < 0) continue;
    while (i + best < message.length && input.includes(message.slice(i, i + best + 1))) best += 1;
  }
  return best;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The own property names of Object.prototype and friends: a fuzzer's message must never add one. */
export function prototypeFingerprint(): string {
  const names = (o: object) => Reflect.ownKeys(o).map(String).sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(names).join('|');
}
