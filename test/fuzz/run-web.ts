import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { methods } from '../../shared/contract/index.js';
import { startWebHost, type WebHost } from '../../electron/web-host/web-host.js';
import { createLogger } from '../../electron/services/log/logger.js';
import { checkReply, prototypeFingerprint, type Expectation } from './invariants.js';
import { type Message, MessageFactory, type MessageProfile, type Weights } from './messages.js';
import { knownBugFor } from './known-bugs.js';
import { Rng } from './rng.js';
import { categoryOf, checkLogLines, record, type Sent, settle, Tracker } from './run-dispatcher.js';
import { Summary } from './summary.js';
import { openTarget, type Target } from './targets.js';
import { closeCodeOf, frame, HttpClient, percentEncode, rawExchange, responses, statusOf } from './web-client.js';

/**
 * The web host under the same invariants, over real HTTP on 127.0.0.1: contract messages as
 * `POST /api/invoke/<method>` with the per-run token, plus everything a hostile local page or process could
 * send before the dispatcher sees anything — no token, a wrong one, a foreign origin, a foreign Host (DNS
 * rebinding), bodies that are not JSON or are too large, other HTTP methods and paths, malformed percent
 * escapes, static paths that climb out, WebSocket upgrades with bad URLs and headers, bad frames on an open
 * socket, and raw bytes that are not HTTP at all. After each one the host must still answer app.info.
 */
export interface WebRunOptions {
  readonly seed: number;
  readonly count: number;
  readonly start?: number;
  readonly onProgress?: (done: number) => void;
  /**
   * Leave out the WebSocket frames that break the protocol while the known bug 'ws-frame-kills-host' is
   * open: in a test runner the host's uncaught exception ends the test process itself. The fixed-bugs test
   * sends them to a host in a child process instead; the script sends them.
   */
  readonly avoidKnownCrashes?: boolean;
}

const webWeights = {
  invoke: 56,
  auth: 8,
  host: 5,
  body: 7,
  httpMethod: 4,
  malformedPath: 2,
  static: 3,
  wsUpgrade: 6,
  wsFrame: 5,
  raw: 4,
} as const;
type WebKind = keyof typeof webWeights;

const invokeWeights: Weights = {
  valid: 28,
  mutated: 30,
  random: 8,
  prototype: 10,
  huge: 3,
  deep: 3,
  wrongMethod: 12,
  developerCall: 6,
};

const MAX_BODY = 1024 * 1024;

interface Outcome {
  readonly kind: string;
  readonly method: unknown;
  readonly label: string;
  readonly outcome: string;
  readonly accepted?: boolean;
  readonly problem?: { category: Parameters<Summary['violate']>[0]['category']; text: string };
}

interface Context {
  readonly host: WebHost;
  readonly port: number;
  readonly client: HttpClient;
  /** The harness's own connection: card-read cancels and liveness checks, never queued behind a message. */
  readonly side: HttpClient;
  readonly target: Target;
  readonly factory: MessageFactory;
  readonly hostHeader: string;
  readonly secret: string;
  readonly avoidKnownCrashes: boolean;
}

export async function runWebFuzz(options: WebRunOptions): Promise<Summary> {
  const summary = new Summary('web host', options.seed, knownBugFor);
  const target = await openTarget('production');
  const rendererRoot = mkdtempSync(join(tmpdir(), 'kiosk-fuzz-renderer-'));
  const rendererDir = join(rendererRoot, 'renderer');
  const secret = `FUZZ-SECRET-${options.seed}`;
  writeFileSync(join(rendererRoot, 'secret.txt'), secret);
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  const logger = createLogger({ file: join(target.dataDir, 'logs', 'kiosk.log') });
  const host = await startWebHost({ backend: target.backend, logger, rendererDir });
  const port = Number(new URL(host.origin).port);
  const client = new HttpClient(port);
  const context: Context = {
    host,
    port,
    client,
    side: new HttpClient(port),
    target,
    factory: new MessageFactory(options.seed),
    hostHeader: `127.0.0.1:${port}`,
    secret,
    avoidKnownCrashes: options.avoidKnownCrashes ?? false,
  };
  const escaped: string[] = [];
  const onUncaught = (error: unknown) => escaped.push(error instanceof Error ? error.name : typeof error);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  const fingerprint = prototypeFingerprint();
  const tracker = new Tracker(target, summary, 50);
  try {
    const start = options.start ?? 0;
    for (let index = start; index < start + options.count; index += 1) {
      const rng = new Rng(options.seed ^ 0x3c6ef372, index);
      const kind = rng.weighted(webWeights);
      const before = target.state.token();
      const began = performance.now();
      let result: Outcome;
      try {
        result = await send(kind, index, rng, context);
      } catch (error) {
        result = {
          kind,
          method: '',
          label: kind,
          outcome: 'clientError',
          problem: {
            category: 'hostDown',
            text: `the request failed: ${error instanceof Error ? error.message.slice(0, 80) : 'error'}`,
          },
        };
      }
      summary.timing(`web ${result.kind}`, performance.now() - began);
      const sent: Sent = { index, kind: result.kind, method: result.method, label: result.label };
      if (typeof result.method === 'string' && Object.hasOwn(methods, result.method))
        summary.methodsSent.add(result.method);
      summary.count('production', result.kind, result.outcome);
      if (result.problem) record(summary, result.problem.category, target, sent, result.problem.text);
      if (result.accepted) await settle();
      tracker.after(sent, before, result.accepted ?? false);
      if (escaped.length > 0)
        record(summary, 'crash', target, sent, `${escaped.splice(0).join(', ')} escaped to the process`);
      if (prototypeFingerprint() !== fingerprint) {
        record(summary, 'prototypePollution', target, sent, 'a built-in prototype gained a property');
        break;
      }
      summary.livenessChecks += 1;
      // A connection the host closed after refusing a request may be reused once by the client: retry on a new one.
      const alive = await invoke(context, 'app.info', '{}')
        .catch(() => invoke(context, 'app.info', '{}'))
        .catch(() => undefined);
      if (!alive || alive.status !== 200 || !alive.body.includes('"ok":true'))
        record(
          summary,
          'hostDown',
          target,
          sent,
          `app.info over HTTP no longer answers (${alive?.status ?? 'no reply'})`,
        );
      options.onProgress?.(index - start + 1);
    }
    tracker.finish();
    checkLogLines(target, summary);
  } finally {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    client.close();
    context.side.close();
    await host.close();
    await target.close();
    rmSync(rendererRoot, { recursive: true, force: true });
  }
  return summary;
}

function invoke(c: Context, method: string, body: string, headers: Record<string, string> = {}) {
  return c.side.send({
    method: 'POST',
    path: `/api/invoke/${percentEncode(method)}`,
    headers: { Authorization: `Bearer ${c.host.token}`, 'Content-Type': 'application/json', ...headers },
    body,
  });
}

async function send(kind: WebKind, index: number, rng: Rng, c: Context): Promise<Outcome> {
  switch (kind) {
    case 'invoke':
      return sendInvoke(index, rng, c);
    case 'auth':
      return sendAuth(index, rng, c);
    case 'host':
      return sendHost(rng, c);
    case 'body':
      return sendBody(rng, c);
    case 'httpMethod':
      return sendHttpMethod(rng, c);
    case 'malformedPath':
      return sendMalformedPath(rng, c);
    case 'static':
      return sendStatic(rng, c);
    case 'wsUpgrade':
      return sendWsUpgrade(rng, c);
    case 'wsFrame':
      return sendWsFrame(rng, c);
    case 'raw':
      return sendRaw(rng, c);
  }
}

/** A Result in an HTTP reply, judged like the dispatcher's. */
function judge(
  kind: string,
  method: unknown,
  label: string,
  status: number,
  body: string,
  expect: Expectation,
  message?: Message,
): Outcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {
      kind,
      method,
      label,
      outcome: `${status} (not JSON)`,
      problem: { category: 'notAResult', text: `HTTP ${status} with a body that is not JSON` },
    };
  }
  const verdict = checkReply(parsed, expect, message?.longInputs ?? []);
  const outcome = `${status} ${verdict.outcome}`;
  if (!verdict.ok)
    return {
      kind,
      method,
      label,
      outcome,
      problem: { category: categoryOf(verdict.outcome, verdict.problem), text: verdict.problem },
    };
  if (verdict.outcome === 'internalError')
    return {
      kind,
      method,
      label,
      outcome,
      problem: { category: 'internalError', text: `HTTP ${status} internalError (a bug, ARCHITECTURE.md "Errors")` },
    };
  return { kind, method, label, outcome, accepted: verdict.accepted };
}

async function sendInvoke(index: number, rng: Rng, c: Context): Promise<Outcome> {
  const profile: MessageProfile = {
    callable: c.target.callable,
    unmounted: c.target.unmounted,
    jsonOnly: true,
    weights: invokeWeights,
  };
  const message = c.factory.make(index, profile);
  const name = typeof message.method === 'string' ? message.method : String(message.method);
  // How the name travels: percent-encoded (the page's way), raw when it is plain ASCII, or with a query.
  const plain = /^[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/.test(name) && !name.includes('//');
  const style = plain ? rng.int(3) : 0;
  const path = `/api/invoke/${style === 1 ? name : percentEncode(name)}${style === 2 ? '?via=query' : ''}`;
  const decoded = Buffer.from(name, 'utf8').toString('utf8');
  const body = message.text ?? '';
  if (path.length > 12_000) {
    // Past Node's header limit (16 KB): the parser refuses it before the host sees it.
    const reply = await rawExchange(
      c.port,
      [`POST ${path} HTTP/1.1\r\nHost: ${c.hostHeader}\r\nContent-Length: 0\r\n\r\n`],
      { waitMs: 2_000, untilResponse: true },
    );
    const status = statusOf(reply.text);
    return {
      kind: message.kind,
      method: message.method,
      label: `${message.label}; name in a ${path.length}-char path`,
      outcome: `${status ?? 'closed'} (Node's parser)`,
    };
  }
  const pending = c.client.send({
    method: 'POST',
    path,
    headers: { Authorization: `Bearer ${c.host.token}`, 'Content-Type': 'application/json' },
    body,
  });
  // A card read without waitMs waits 30 s for a card: cancel it as the page does when the citizen leaves.
  const cancel = setTimeout(() => void invoke(c, 'devices.idCard.cancel', '{}').catch(() => undefined), 150);
  let reply: Awaited<typeof pending>;
  try {
    reply = await pending;
  } catch (error) {
    const text = `the request failed: ${error instanceof Error ? error.message.slice(0, 80) : 'error'}`;
    return {
      kind: message.kind,
      method: message.method,
      label: message.label,
      outcome: 'clientError',
      problem: { category: 'hostDown', text },
    };
  } finally {
    clearTimeout(cancel);
  }
  const expect = c.target.expect(decoded);
  if (Buffer.byteLength(body) > MAX_BODY) {
    if (reply.status !== 413)
      return {
        kind: message.kind,
        method: message.method,
        label: message.label,
        outcome: String(reply.status),
        problem: {
          category: 'wrongStatus',
          text: `a ${Buffer.byteLength(body)}-byte body answered ${reply.status}, not 413`,
        },
      };
    return judge(
      message.kind,
      message.method,
      message.label,
      reply.status,
      reply.body,
      { kind: 'only', code: 'invalidRequest' },
      message,
    );
  }
  if (reply.status !== 200)
    return {
      kind: message.kind,
      method: message.method,
      label: message.label,
      outcome: String(reply.status),
      problem: { category: 'wrongStatus', text: `an authenticated call answered HTTP ${reply.status}` },
    };
  return judge(message.kind, message.method, message.label, reply.status, reply.body, expect, message);
}

async function sendAuth(index: number, rng: Rng, c: Context): Promise<Outcome> {
  const method = rng.pick(c.target.callable);
  const body = JSON.stringify(c.factory.validPayload(rng, method));
  const token = c.host.token;
  const variants: Array<[string, Record<string, string>]> = [
    ['no token', {}],
    [
      'a wrong token',
      { Authorization: `Bearer ${token.replace(/./g, (ch, i: number) => (i === 3 ? (ch === 'a' ? 'b' : 'a') : ch))}` },
    ],
    ['a truncated token', { Authorization: `Bearer ${token.slice(0, -1)}` }],
    ['a token with one more character', { Authorization: `Bearer ${token}x` }],
    ['bearer in lower case', { Authorization: `bearer ${token}` }],
    ['Basic credentials', { Authorization: `Basic ${Buffer.from(`kiosk:${token}`).toString('base64')}` }],
    ['an empty bearer', { Authorization: 'Bearer ' }],
    ['the token in a cookie', { Cookie: `token=${token}` }],
    ['a unicode token of the same length', { Authorization: `Bearer ${'é'.repeat(token.length / 2)}` }],
    ['a foreign origin', { Authorization: `Bearer ${token}`, Origin: 'http://evil.example' }],
    ['the origin null', { Authorization: `Bearer ${token}`, Origin: 'null' }],
    ['an https origin', { Authorization: `Bearer ${token}`, Origin: `https://127.0.0.1:${c.port}` }],
    ['another port as origin', { Authorization: `Bearer ${token}`, Origin: `http://127.0.0.1:${c.port + 1}` }],
    ['localhost as origin', { Authorization: `Bearer ${token}`, Origin: `http://localhost:${c.port}` }],
    ['an origin with a path', { Authorization: `Bearer ${token}`, Origin: `http://127.0.0.1:${c.port}/` }],
    ['a wrong token and the right origin', { Authorization: 'Bearer nope', Origin: `http://127.0.0.1:${c.port}` }],
  ];
  const [label, headers] = rng.pick(variants);
  const path = rng.chance(0.2) ? `/api/invoke/${method}?token=${token}` : `/api/invoke/${method}`;
  const reply = await c.client.send({
    method: 'POST',
    path,
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
  if (reply.status !== 403)
    return {
      kind: 'auth',
      method,
      label,
      outcome: String(reply.status),
      problem: { category: 'wrongStatus', text: `${label}: HTTP ${reply.status}, not 403` },
    };
  void index;
  return judge('auth', method, label, reply.status, reply.body, { kind: 'only', code: 'forbiddenSender' });
}

async function sendHost(rng: Rng, c: Context): Promise<Outcome> {
  const variants = [
    'evil.example',
    'evil.example:80',
    '127.0.0.1',
    `127.0.0.1:${c.port + 1}`,
    'localhost',
    `LOCALHOST:${c.port}`,
    `[::1]:${c.port}`,
    `127.0.0.1.:${c.port}`,
    `2130706433:${c.port}`,
    `0x7f000001:${c.port}`,
    `127.1:${c.port}`,
    `kiosk.127.0.0.1.nip.io:${c.port}`,
    `127.0.0.1:${c.port}@evil.example`,
    `127.0.0.1:0${c.port}`,
  ];
  const value = rng.pick(variants);
  const where = rng.pick(['api', 'page', 'apiNoToken'] as const);
  const label = `Host ${value.replace(String(c.port), 'PORT')} (${where})`;
  const reply = await c.client.send({
    method: where === 'page' ? 'GET' : 'POST',
    path: where === 'page' ? '/' : '/api/invoke/app.info',
    headers: { Host: value, ...(where === 'api' ? { Authorization: `Bearer ${c.host.token}` } : {}) },
    body: where === 'page' ? undefined : '{}',
  });
  if (reply.status !== 421)
    return {
      kind: 'host',
      method: 'app.info',
      label,
      outcome: String(reply.status),
      problem: { category: 'wrongStatus', text: `${label}: HTTP ${reply.status}, not 421` },
    };
  return { kind: 'host', method: 'app.info', label, outcome: '421' };
}

async function sendBody(rng: Rng, c: Context): Promise<Outcome> {
  const method = rng.pick(c.target.callable);
  type Variant = [string, string | Buffer, 'notJson' | 'tooLarge' | 'dispatched'];
  const variants: Variant[] = [
    ['truncated JSON', '{"a":1', 'notJson'],
    ['trailing garbage', '{"a":1}}', 'notJson'],
    ['a byte-order mark', '\uFEFF{}', 'notJson'],
    ['single quotes', "{'a':1}", 'notJson'],
    ['NaN', '{"a":NaN}', 'notJson'],
    ['a trailing comma', '[1,]', 'notJson'],
    ['a comment', '/*c*/{}', 'notJson'],
    ['whitespace only', '   \n', 'notJson'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]), 'dispatched'],
    ['NUL bytes', Buffer.from([0x7b, 0x00, 0x7d]), 'notJson'],
    ['JSON null', 'null', 'dispatched'],
    ['a JSON string', '"app.info"', 'dispatched'],
    ['a JSON number', '1e400', 'dispatched'],
    ['a body of exactly 1 MiB', `"${'a'.repeat(MAX_BODY - 2)}"`, 'dispatched'],
    ['a body one byte over 1 MiB', `"${'a'.repeat(MAX_BODY - 1)}"`, 'tooLarge'],
    ['a 4 MB body', `"${'a'.repeat(4 * MAX_BODY)}"`, 'tooLarge'],
    ['a 1.5 MB body that is not JSON', '{'.repeat(1_500_000), 'tooLarge'],
  ];
  const [label, body, expected] = rng.pick(variants);
  const chunked = rng.chance(0.3);
  const headers: Record<string, string> = { Authorization: `Bearer ${c.host.token}` };
  if (!chunked) headers['Content-Length'] = String(Buffer.byteLength(body));
  const reply = await c.client.send({ method: 'POST', path: `/api/invoke/${method}`, headers, body });
  const fullLabel = `${label}${chunked ? ' (chunked)' : ''}`;
  const want = expected === 'notJson' ? 400 : expected === 'tooLarge' ? 413 : 200;
  if (reply.status !== want)
    return {
      kind: 'body',
      method,
      label: fullLabel,
      outcome: String(reply.status),
      problem: { category: 'wrongStatus', text: `${fullLabel}: HTTP ${reply.status}, not ${want}` },
    };
  const expect: Expectation =
    expected === 'dispatched' ? c.target.expect(method) : { kind: 'only', code: 'invalidRequest' };
  return judge('body', method, fullLabel, reply.status, reply.body, expect);
}

async function sendHttpMethod(rng: Rng, c: Context): Promise<Outcome> {
  const verb = rng.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PROPFIND', 'POST']);
  const path = rng.pick([
    '/api/invoke/app.info',
    '/api/',
    '/api',
    '/api/events',
    '/api/invoke',
    '/api/x/app.info',
    '/',
    '/index.html',
  ]);
  const label = `${verb} ${path}`;
  const reply = await c.client.send({
    method: verb,
    path,
    headers: { Authorization: `Bearer ${c.host.token}` },
    body: verb === 'GET' || verb === 'HEAD' ? undefined : '{}',
  });
  const api = path.startsWith('/api/');
  const invokeOk = verb === 'POST' && path.startsWith('/api/invoke/');
  if (invokeOk)
    return judge('httpMethod', 'app.info', label, reply.status, reply.body, { kind: 'call', method: 'app.info' });
  if (api) {
    if (reply.status !== 404)
      return {
        kind: 'httpMethod',
        method: '',
        label,
        outcome: String(reply.status),
        problem: { category: 'wrongStatus', text: `${label}: HTTP ${reply.status}, not 404` },
      };
    if (verb === 'HEAD') return { kind: 'httpMethod', method: '', label, outcome: '404' };
    return judge('httpMethod', '', label, reply.status, reply.body, { kind: 'only', code: 'unknownMethod' });
  }
  const want = verb === 'GET' || verb === 'HEAD' ? 200 : 405;
  if (reply.status !== want)
    return {
      kind: 'httpMethod',
      method: '',
      label,
      outcome: String(reply.status),
      problem: { category: 'wrongStatus', text: `${label}: HTTP ${reply.status}, not ${want}` },
    };
  return { kind: 'httpMethod', method: '', label, outcome: String(reply.status) };
}

async function sendMalformedPath(rng: Rng, c: Context): Promise<Outcome> {
  const tail = rng.pick(['%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF', 'app.info%', '%2', '%%', '%u0041']);
  const label = `/api/invoke/${tail}`;
  const reply = await c.client.send({
    method: 'POST',
    path: label,
    headers: { Authorization: `Bearer ${c.host.token}` },
    body: '{}',
  });
  return judge('malformedPath', tail, label, reply.status, reply.body, {
    kind: 'refusal',
    codes: ['unknownMethod', 'invalidRequest'],
  });
}

async function sendStatic(rng: Rng, c: Context): Promise<Outcome> {
  const path = rng.pick([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/../../secret.txt',
    '//..//secret.txt',
    '/%00',
    '/index.html%00.png',
    '/%c0%ae%c0%ae/secret.txt',
    '/....//secret.txt',
    '/%',
  ]);
  const reply = await rawExchange(
    c.port,
    [`GET ${path} HTTP/1.1\r\nHost: ${c.hostHeader}\r\nConnection: close\r\n\r\n`],
    { waitMs: 2_000 },
  );
  const status = statusOf(reply.text);
  if (reply.text.includes(c.secret))
    return {
      kind: 'static',
      method: '',
      label: path,
      outcome: String(status),
      problem: { category: 'wrongStatus', text: `GET ${path} served a file outside the renderer folder` },
    };
  return { kind: 'static', method: '', label: path, outcome: String(status ?? 'closed') };
}

const WS_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

async function sendWsUpgrade(rng: Rng, c: Context): Promise<Outcome> {
  const token = c.host.token;
  const good = { url: `/api/events?token=${token}`, host: c.hostHeader, extra: '' };
  type Variant = [
    string,
    { url?: string; host?: string | null; extra?: string; key?: string | null; version?: string; upgrade?: string },
  ];
  const variants: Variant[] = [
    ['a malformed URL (http://[)', { url: 'http://[' }],
    ['a malformed URL (http://[ with the token)', { url: `http://[?token=${token}` }],
    ['an empty authority', { url: `//api/events?token=${token}` }],
    ['a climbing path', { url: `/api/events/../events?token=x` }],
    ['a percent-encoded question mark', { url: `/api/events%3Ftoken=${token}` }],
    ['no token', { url: '/api/events' }],
    ['an empty token', { url: '/api/events?token=' }],
    ['a wrong token', { url: '/api/events?token=wrong' }],
    ['the token twice, the first wrong', { url: `/api/events?token=wrong&token=${token}` }],
    ['another path', { url: `/api/invoke/app.info?token=${token}` }],
    ['upper case', { url: `/API/EVENTS?token=${token}` }],
    ['a foreign Host', { host: 'evil.example' }],
    ['no Host', { host: null }],
    ['a foreign origin', { extra: 'Origin: http://evil.example\r\n' }],
    ['the origin null', { extra: 'Origin: null\r\n' }],
    ['a 10 KB URL', { url: `/api/events?token=${'x'.repeat(10_000)}` }],
    ['unicode in the URL', { url: `/api/events?token=${encodeURIComponent('ťóķêñ')}` }],
    ['a raw NUL in the URL', { url: '/api/events?token=\u0000' }],
    ['an absolute URL to another host', { url: `http://evil.example/api/events?token=wrong` }],
    ['an asterisk', { url: '*' }],
  ];
  const [label, v] = rng.pick(variants);
  // Handshake headers may also be broken while the URL and token are right.
  const headerBreak = rng.int(5);
  const key = v.key === undefined ? (headerBreak === 1 ? null : WS_KEY) : v.key;
  const version = headerBreak === 2 ? '8' : '13';
  const upgrade = headerBreak === 3 ? 'h2c' : 'websocket';
  const url = v.url ?? good.url;
  const hostValue = v.host === undefined ? good.host : v.host;
  const request =
    `GET ${url} HTTP/1.1\r\n` +
    (hostValue === null ? '' : `Host: ${hostValue}\r\n`) +
    `Connection: Upgrade\r\nUpgrade: ${upgrade}\r\nSec-WebSocket-Version: ${version}\r\n` +
    (key === null ? '' : `Sec-WebSocket-Key: ${key}\r\n`) +
    (v.extra ?? '') +
    '\r\n';
  const fullLabel = `${label}${['', ', no key', ', version 8', ', Upgrade h2c', ''][headerBreak]}`;
  const reply = await rawExchange(c.port, [request], { waitMs: 1_500, untilResponse: true });
  const status = statusOf(reply.text);
  if (status === 101)
    return {
      kind: 'wsUpgrade',
      method: '',
      label: fullLabel,
      outcome: '101',
      problem: { category: 'wrongStatus', text: `${fullLabel}: the socket was opened` },
    };
  return {
    kind: 'wsUpgrade',
    method: '',
    label: fullLabel,
    outcome: String(status ?? (reply.closedByServer ? 'closed' : 'no answer')),
  };
}

async function sendWsFrame(rng: Rng, c: Context): Promise<Outcome> {
  const handshake =
    `GET /api/events?token=${c.host.token} HTTP/1.1\r\nHost: ${c.hostHeader}\r\nConnection: Upgrade\r\n` +
    `Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${WS_KEY}\r\nOrigin: ${c.host.origin}\r\n\r\n`;
  const text = (s: string) => Buffer.from(s, 'utf8');
  // [label, frames, the server must close the socket, the frame breaks the protocol]
  type Variant = [string, Buffer[], boolean, boolean?];
  const all: Variant[] = [
    ['a text message (the page never sends one)', [frame({ opcode: 1, payload: text('{"method":"app.info"}') })], true],
    ['a binary message', [frame({ opcode: 2, payload: Buffer.from([0, 1, 2, 255]) })], true],
    ['an unmasked frame', [frame({ opcode: 1, payload: text('hi'), masked: false })], true, true],
    ['opcode 3 (reserved)', [frame({ opcode: 3, payload: text('x') })], true, true],
    ['opcode 11 (reserved control)', [frame({ opcode: 11, payload: text('x') })], true, true],
    ['RSV1 without an extension', [frame({ opcode: 1, payload: text('x'), rsv: 4 })], true, true],
    ['invalid UTF-8 in a text frame', [frame({ opcode: 1, payload: Buffer.from([0xc3, 0x28]) })], true, true],
    [
      'a 2^63-1 length claimed',
      [frame({ opcode: 2, payload: Buffer.alloc(4), claimedLength: 2n ** 63n - 1n })],
      true,
      true,
    ],
    ['a 70 KB frame (over maxPayload)', [frame({ opcode: 2, payload: Buffer.alloc(70 * 1024, 0x41) })], true, true],
    ['a 1 MB frame', [frame({ opcode: 1, payload: Buffer.alloc(1024 * 1024, 0x41) })], true, true],
    ['a ping with a 200-byte payload', [frame({ opcode: 9, payload: Buffer.alloc(200) })], true, true],
    ['a fragmented ping', [frame({ opcode: 9, payload: text('x'), fin: false })], true, true],
    ['a continuation with nothing to continue', [frame({ opcode: 0, payload: text('x') })], true, true],
    ['a close with code 999', [frame({ opcode: 8, payload: Buffer.from([0x03, 0xe7]) })], true, true],
    ['a close with a 1-byte payload', [frame({ opcode: 8, payload: Buffer.from([0x03]) })], true, true],
    ['random bytes', [Buffer.from(Array.from({ length: 64 }, () => rng.int(256)))], false, true],
    ['a fragmented text never finished', [frame({ opcode: 1, payload: text('part'), fin: false })], false],
    ['a normal close', [frame({ opcode: 8, payload: Buffer.from([0x03, 0xe8]) })], true],
    ['a ping', [frame({ opcode: 9, payload: text('p') })], false],
  ];
  const variants = c.avoidKnownCrashes ? all.filter((v) => v[3] !== true) : all;
  const [label, frames, mustClose] = rng.pick(variants);
  const reply = await rawExchange(c.port, [handshake, ...frames], {
    waitMs: mustClose ? 2_000 : 150,
    until: (received) => closeCodeOf(received) !== undefined,
  });
  const status = statusOf(reply.text);
  if (status !== 101)
    return {
      kind: 'wsFrame',
      method: '',
      label,
      outcome: String(status ?? 'closed'),
      problem: { category: 'wrongStatus', text: `the authenticated socket was refused (${status ?? 'closed'})` },
    };
  const code = closeCodeOf(reply.text);
  const outcome = code !== undefined ? `closed ${code}` : reply.closedByServer ? 'closed' : 'open';
  if (mustClose && !reply.closedByServer && code === undefined)
    return {
      kind: 'wsFrame',
      method: '',
      label,
      outcome,
      problem: { category: 'wrongStatus', text: `${label}: the socket stayed open` },
    };
  return { kind: 'wsFrame', method: '', label, outcome };
}

async function sendRaw(rng: Rng, c: Context): Promise<Outcome> {
  const h = c.hostHeader;
  const t = c.host.token;
  const call = `POST /api/invoke/app.info HTTP/1.1\r\nHost: ${h}\r\nAuthorization: Bearer ${t}\r\nContent-Length: 2\r\n\r\n{}`;
  type Variant = [string, Array<string | Buffer>, number];
  const variants: Variant[] = [
    ['not HTTP', ['GARBAGE\r\n\r\n'], 600],
    ['a NUL in the request line', ['GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n'], 600],
    ['a header without a colon', [`GET / HTTP/1.1\r\nHost: ${h}\r\nnocolon\r\n\r\n`], 600],
    ['a 20 KB header', [`GET / HTTP/1.1\r\nHost: ${h}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`], 600],
    [
      'bad chunked encoding',
      [
        `POST /api/invoke/app.info HTTP/1.1\r\nHost: ${h}\r\nAuthorization: Bearer ${t}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
      ],
      600,
    ],
    [
      'Content-Length and Transfer-Encoding',
      [
        `POST /api/invoke/app.info HTTP/1.1\r\nHost: ${h}\r\nAuthorization: Bearer ${t}\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      ],
      600,
    ],
    [
      'two different Content-Lengths',
      [
        `POST /api/invoke/app.info HTTP/1.1\r\nHost: ${h}\r\nAuthorization: Bearer ${t}\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{} `,
      ],
      600,
    ],
    [
      'a negative Content-Length',
      [`POST /api/invoke/app.info HTTP/1.1\r\nHost: ${h}\r\nAuthorization: Bearer ${t}\r\nContent-Length: -1\r\n\r\n`],
      600,
    ],
    [
      'two Host headers',
      [
        `POST /api/invoke/app.info HTTP/1.1\r\nHost: ${h}\r\nHost: evil.example\r\nAuthorization: Bearer ${t}\r\nContent-Length: 2\r\n\r\n{}`,
      ],
      600,
    ],
    [
      'no Host (HTTP/1.1)',
      [`POST /api/invoke/app.info HTTP/1.1\r\nAuthorization: Bearer ${t}\r\nContent-Length: 2\r\n\r\n{}`],
      600,
    ],
    [
      'no Host (HTTP/1.0)',
      [`POST /api/invoke/app.info HTTP/1.0\r\nAuthorization: Bearer ${t}\r\nContent-Length: 2\r\n\r\n{}`],
      600,
    ],
    ['the HTTP/2 preface', ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'], 600],
    ['a TLS ClientHello', [Buffer.from('160301002e010000', 'hex')], 150],
    ['two pipelined calls', [call + call], 600],
    [
      'a body shorter than its Content-Length',
      [
        `POST /api/invoke/app.info HTTP/1.1\r\nHost: ${h}\r\nAuthorization: Bearer ${t}\r\nContent-Length: 100\r\n\r\n{}`,
      ],
      150,
    ],
    ['headers never finished', [`GET / HTTP/1.1\r\nHost: ${h}\r\n`], 150],
    ['CONNECT', [`CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: ${h}\r\n\r\n`], 600],
    ['an obsolete line folding', [`GET / HTTP/1.1\r\nHost: ${h}\r\nX-A: a\r\n b\r\n\r\n`], 600],
    ['a bare LF request', [`GET / HTTP/1.1\nHost: ${h}\n\n`], 600],
  ];
  const [label, chunks, waitMs] = rng.pick(variants);
  const reply = await rawExchange(c.port, chunks, {
    waitMs,
    until: responses(label === 'two pipelined calls' ? 2 : 1),
  });
  const status = statusOf(reply.text);
  return { kind: 'raw', method: '', label, outcome: String(status ?? (reply.closedByServer ? 'closed' : 'no answer')) };
}
