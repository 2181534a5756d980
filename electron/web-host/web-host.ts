import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { securityHeaders } from '../../shared/security/content-security-policy.js';
import { err, type Result } from '../../shared/result.js';
import type { KioskBackend } from '../backend/create-backend.js';
import type { Logger } from '../services/log/logger.js';
import { serveStatic } from './static-files.js';

export interface WebHostOptions {
  readonly backend: KioskBackend;
  readonly logger: Logger;
  /** 0 picks a free port. The host always binds 127.0.0.1: the kiosk API is never on the network. */
  readonly port?: number;
  /** Built renderer to serve (dist/renderer). */
  readonly rendererDir?: string;
  /** Development: a connect-style middleware (Vite) that serves the renderer instead of rendererDir. */
  readonly devMiddleware?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  /** Extra headers that replace the strict ones in development (Vite injects inline styles). */
  readonly headers?: Record<string, string>;
  /** Fixed token for tests; a fresh random one per run otherwise. */
  readonly token?: string;
}

export interface WebHost {
  readonly server: Server;
  readonly origin: string;
  readonly token: string;
  /** The address to open: origin plus the token the page needs for its calls. */
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const INVOKE_PREFIX = '/api/invoke/';

/**
 * Serves the kiosk to an ordinary Chromium: the renderer's files, one POST per contract call and one
 * WebSocket for events. A caller must hold the per-run token and, when a browser says where it comes from,
 * come from this origin; anything else is refused before it reaches the dispatcher.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.logger.child('web-host');
  const headers = options.headers ?? securityHeaders;
  let origin = '';
  let port = 0;
  // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
  const hostAllowed = (req: IncomingMessage) =>
    req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!hostAllowed(req)) {
      res.writeHead(421, headers).end();
      return;
    }
    if (url.startsWith('/api/')) {
      void handleApi(req, res, url).catch(() => sendJson(res, 500, err('internalError', 'The web host failed.')));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    if (options.devMiddleware) {
      options.devMiddleware(req, res, () => res.writeHead(404, headers).end());
      return;
    }
    if (!options.rendererDir) {
      res.writeHead(404, headers).end('No renderer configured.');
      return;
    }
    serveStatic(options.rendererDir, url, res, headers);
  });

  const isTrusted = (req: IncomingMessage, presented: string | null | undefined): Result<true> => {
    if (!tokenMatches(presented, token)) return err('forbiddenSender', 'Missing or wrong kiosk token.');
    const from = req.headers.origin;
    if (from !== undefined && from !== origin)
      return err('forbiddenSender', 'Calls are accepted from the kiosk page only.');
    return { ok: true, value: true };
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: string) {
    if (req.method !== 'POST' || !url.startsWith(INVOKE_PREFIX)) {
      sendJson(res, 404, err('unknownMethod', 'Unknown API path.'));
      return;
    }
    const trusted = isTrusted(req, bearer(req.headers.authorization));
    if (!trusted.ok) {
      log.warn(`refused a call: ${trusted.error.message}`);
      sendJson(res, 403, trusted);
      return;
    }
    const body = await readBody(req);
    if (body.kind === 'tooLarge')
      return sendJson(res, 413, err('invalidRequest', `Request body over ${MAX_BODY_BYTES} bytes.`));
    if (body.kind === 'notJson') return sendJson(res, 400, err('invalidRequest', 'The request body is not JSON.'));
    if (body.kind === 'aborted') return;
    let method: string;
    try {
      method = decodeURIComponent(url.slice(INVOKE_PREFIX.length).split('?')[0] ?? '');
    } catch {
      // A malformed percent escape ("%zz") is the caller's mistake, refused like any unknown name.
      return sendJson(res, 404, err('unknownMethod', 'The call name is not a valid URL path segment.'));
    }
    const result = await options.backend.dispatch(method, body.value, { transport: 'web', sender: 'web:127.0.0.1' });
    sendJson(res, 200, result);
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    // Parsed inside the handler: a malformed request line ("GET http://[") is refused, not thrown.
    const requestUrl = URL.parse(req.url ?? '/', origin);
    const trusted =
      requestUrl?.pathname === '/api/events' && hostAllowed(req)
        ? isTrusted(req, requestUrl.searchParams.get('token'))
        : undefined;
    if (!trusted?.ok) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const disconnect = options.backend.events.connect((event, payload) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }));
      });
      ws.on('close', disconnect);
      // A malformed frame (reserved opcode, bad UTF-8, an oversized payload) is an error on this socket only:
      // without a listener ws would throw it out of the process and end the web host (found by the fuzzer).
      ws.on('error', () => ws.terminate());
      // The page never sends anything on this socket; a message is a misbehaving client.
      ws.on('message', () => ws.close(1008, 'events only'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  log.info(`listening on ${origin}`);

  return {
    server,
    origin,
    token,
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

function tokenMatches(presented: string | null | undefined, token: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

type BodyRead = { kind: 'ok'; value: unknown } | { kind: 'tooLarge' } | { kind: 'notJson' } | { kind: 'aborted' };

function readBody(req: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) return; // past the limit: drain and ignore (the caller already holds the token)
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) return resolve({ kind: 'tooLarge' });
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.length === 0) return resolve({ kind: 'ok', value: {} });
      try {
        resolve({ kind: 'ok', value: JSON.parse(text) });
      } catch {
        resolve({ kind: 'notJson' });
      }
    });
    req.on('error', () => resolve({ kind: 'aborted' }));
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...securityHeaders,
  });
  res.end(text);
}
