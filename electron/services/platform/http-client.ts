import { describeIssues } from '../../../shared/contract/errors.js';
import {
  type PlatformErrorCode,
  type PlatformGateway,
  type PlatformOpName,
  platformApi,
  platformErrorCodes,
  platformOpNames,
} from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';

export interface HttpPlatformOptions {
  readonly baseUrl: string;
  readonly token: string;
  /** Per attempt. */
  readonly timeoutMs: number;
  /** Extra attempts for idempotent calls after a transport failure (connection refused, timeout, 5xx, 429). */
  readonly retries?: number;
  readonly backoffBaseMs?: number;
  readonly backoffMaxMs?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly log?: { warn(message: string): void };
}

export interface HttpPlatformClient extends PlatformGateway {
  readonly kind: 'http';
  readonly baseUrl: string;
}

const knownCodes = new Set<string>(platformErrorCodes);
const transientStatus = new Set([408, 425, 429, 500, 502, 503, 504]);

type Attempt = { result: Result<unknown, PlatformErrorCode>; transient: boolean };

/**
 * The platform API over HTTP (the documented REST API, see shared/platform/api.ts and /openapi.json).
 * Bearer token, a timeout per attempt, retries with exponential backoff and jitter for idempotent calls
 * on transport failures only, requests validated before they leave and replies validated when they come
 * back. Every failure is a Result with a code and a message naming the call, never the payload.
 */
export function createHttpPlatformClient(options: HttpPlatformOptions): HttpPlatformClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 2;
  const baseMs = options.backoffBaseMs ?? 250;
  const maxMs = options.backoffMaxMs ?? 4000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function attempt(name: PlatformOpName, url: string, init: RequestInit): Promise<Attempt> {
    const spec = platformApi[name];
    let response: Response;
    try {
      response = await doFetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      const why =
        e.name === 'TimeoutError' || e.name === 'AbortError'
          ? `no answer within ${options.timeoutMs} ms`
          : (e.cause?.code ?? e.message);
      return {
        result: err('unavailable', `The platform at ${base} could not be reached for ${name} (${why}).`),
        transient: true,
      };
    }
    let body: unknown;
    try {
      const text = await response.text();
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (response.ok) {
      const parsed = spec.response.safeParse(body);
      if (parsed.success) return { result: ok(parsed.data), transient: false };
      return {
        result: err(
          'badResponse',
          `The platform's reply to ${name} does not match the API: ${body === undefined ? 'not JSON' : describeIssues(parsed.error)}`,
        ),
        transient: false,
      };
    }
    const failure = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    const code =
      typeof failure?.code === 'string' && knownCodes.has(failure.code)
        ? (failure.code as PlatformErrorCode)
        : undefined;
    const message = typeof failure?.message === 'string' ? failure.message.slice(0, 500) : `HTTP ${response.status}`;
    if (response.status === 401 || response.status === 403) {
      return {
        result: err('unauthorized', `The platform refused the kiosk's token for ${name} (HTTP ${response.status}).`),
        transient: false,
      };
    }
    if (transientStatus.has(response.status)) {
      return {
        result: err('unavailable', `The platform could not handle ${name} now (HTTP ${response.status}: ${message}).`),
        transient: true,
      };
    }
    return {
      result: err(
        code ?? 'badResponse',
        code ? message : `The platform answered ${name} with HTTP ${response.status}: ${message}`,
      ),
      transient: false,
    };
  }

  const client: Record<string, unknown> = { kind: 'http', baseUrl: base };
  for (const name of platformOpNames) {
    const spec = platformApi[name];
    client[name] = async (request: unknown): Promise<Result<unknown, PlatformErrorCode>> => {
      const parsed = spec.request.safeParse(request);
      if (!parsed.success) return err('invalidRequest', `Invalid ${name} request: ${describeIssues(parsed.error)}`);
      const data = parsed.data as Record<string, unknown>;
      const path = spec.path.replace(/\{(\w+)\}/g, (_m, key: string) => encodeURIComponent(String(data[key] ?? '')));
      const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, accept: 'application/json' };
      if (typeof data.idempotencyKey === 'string') headers['idempotency-key'] = data.idempotencyKey;
      const init: RequestInit =
        spec.method !== 'GET'
          ? {
              method: spec.method,
              headers: { ...headers, 'content-type': 'application/json' },
              body: JSON.stringify(data),
            }
          : { method: 'GET', headers };
      const attempts = spec.idempotent ? 1 + retries : 1;
      let last: Attempt | undefined;
      for (let i = 0; i < attempts; i += 1) {
        if (i > 0) {
          const delay = Math.min(maxMs, baseMs * 2 ** (i - 1));
          await sleep(delay / 2 + Math.random() * (delay / 2));
        }
        last = await attempt(name, `${base}${path}`, init);
        if (!last.transient) return last.result;
      }
      const final = (last as Attempt).result;
      if (!final.ok) options.log?.warn(`platform: ${name} failed after ${attempts} attempt(s): ${final.error.code}`);
      return final;
    };
  }
  return client as unknown as HttpPlatformClient;
}
