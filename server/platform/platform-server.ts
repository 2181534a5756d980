import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type PlatformGateway,
  type PlatformOpName,
  platformApi,
  platformOpNames,
} from '../../shared/platform/index.js';
import { buildOpenApiDocument, httpStatusOf } from '../../shared/platform/openapi.js';
import type { Result } from '../../shared/result.js';

export interface PlatformServerOptions {
  readonly gateway: PlatformGateway;
  /** Bearer token every API call must carry. */
  readonly token: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Always a loopback address unless a deployment puts a TLS proxy in front (default 127.0.0.1). */
  readonly host?: string;
  readonly log?: { info(message: string): void; warn(message: string): void };
  /** POST /v1/admin/reset clears the platform (demos and tests only). */
  readonly reset?: () => void;
  /** Test hook: runs after the platform handled a call and before the answer is sent. */
  readonly beforeReply?: (op: PlatformOpName, result: Result<unknown>) => Promise<void> | void;
  readonly maxBodyBytes?: number;
}

export interface PlatformServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

interface Route {
  readonly op: PlatformOpName;
  readonly method: string;
  readonly pattern: RegExp;
  readonly params: string[];
}

const routes: Route[] = platformOpNames.map((op) => {
  const spec = platformApi[op];
  const params: string[] = [];
  const pattern = new RegExp(
    `^${spec.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      params.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { op, method: spec.method, pattern, params };
});

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, code: string, message: string, status = httpStatusOf(code)): void {
  send(res, status, { error: { code, message } });
}

/**
 * The reference platform server: the platform API of shared/platform/api.ts over HTTP, backed by any
 * gateway (normally the embedded local platform on its own store), so several kiosks can share one.
 * Binds 127.0.0.1 by default, checks the bearer token in constant time, caps bodies, and logs one line
 * per call with the operation and status — never a body, and no personal data is ever in a URL.
 */
export async function startPlatformServer(options: PlatformServerOptions): Promise<PlatformServer> {
  const host = options.host ?? '127.0.0.1';
  const limit = options.maxBodyBytes ?? 256 * 1024;
  const expected = Buffer.from(`Bearer ${options.token}`, 'utf8');
  let openapiText = '';

  const authorized = (req: IncomingMessage) => {
    const given = Buffer.from(req.headers.authorization ?? '', 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://platform.invalid');
    let op: string = url.pathname === '/openapi.json' || url.pathname === '/health' ? url.pathname : 'unrouted';
    res.on('finish', () => options.log?.info(`${req.method} ${op} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      if (req.method === 'GET' && url.pathname === '/openapi.json') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(openapiText);
        return;
      }
      if (req.method === 'GET' && url.pathname === '/health') {
        send(res, 200, { ok: true });
        return;
      }
      if (!authorized(req)) {
        sendError(res, 'unauthorized', 'A valid bearer token is required.', 401);
        return;
      }
      if (req.method === 'POST' && url.pathname === '/v1/admin/reset') {
        op = 'admin.reset';
        if (!options.reset) {
          sendError(res, 'notAllowed', 'Reset is not enabled on this server.', 403);
          return;
        }
        options.reset();
        send(res, 200, { reset: true });
        return;
      }
      let route: Route | undefined;
      let match: RegExpExecArray | null = null;
      for (const r of routes) {
        match = r.pattern.exec(url.pathname);
        if (match) {
          route = r;
          break;
        }
      }
      if (!route || !match) {
        sendError(res, 'notFound', `There is no API path ${url.pathname.slice(0, 100)}.`, 404);
        return;
      }
      op = route.op;
      if (req.method !== route.method) {
        res.setHeader('allow', route.method);
        sendError(res, 'invalidRequest', `${url.pathname} takes ${route.method}.`, 405);
        return;
      }
      let request: Record<string, unknown> = {};
      if (route.method !== 'GET') {
        const text = await readBody(req, Math.max(limit, platformApi[route.op].maxBodyBytes ?? 0));
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          sendError(res, 'invalidRequest', 'The request body is not JSON.');
          return;
        }
        if (json === null || typeof json !== 'object' || Array.isArray(json)) {
          sendError(res, 'invalidRequest', 'The request body must be a JSON object.');
          return;
        }
        request = json as Record<string, unknown>;
      }
      route.params.forEach((name, i) => {
        request[name] = decodeURIComponent(match?.[i + 1] ?? '');
      });
      const call = options.gateway[route.op] as (r: unknown) => Promise<Result<unknown>>;
      const result = await call(request);
      await options.beforeReply?.(route.op, result);
      if (result.ok) send(res, 200, result.value);
      else sendError(res, result.error.code, result.error.message);
    } catch (error) {
      if (error instanceof BodyTooLarge)
        sendError(res, 'invalidRequest', 'The request body is larger than this call allows.', 413);
      else {
        options.log?.warn(`platform-server: ${op} failed: ${error instanceof Error ? error.name : 'error'}`);
        if (!res.headersSent) sendError(res, 'internalError', 'The platform could not complete the call.');
      }
    }
  };
  // The handler answers every failure itself (its try/catch); nothing is left to reject.
  const server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  openapiText = JSON.stringify(buildOpenApiDocument({ serverUrl: url }), null, 2);

  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
