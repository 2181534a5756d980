import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createKioskBackend, type KioskBackend } from '../backend/create-backend.js';
import { createMemoryLogger } from '../services/log/logger.js';
import { resolveStaticPath } from './static-files.js';
import { startWebHost, type WebHost } from './web-host.js';

describe('web host', () => {
  let backend: KioskBackend;
  let host: WebHost;
  const rendererDir = mkdtempSync(join(tmpdir(), 'kiosk-renderer-'));

  beforeAll(async () => {
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
    backend = await createKioskBackend({
      host: 'web',
      dataDir: rendererDir,
      version: '9.9.9',
      logger: createMemoryLogger(),
    });
    host = await startWebHost({ backend, logger: createMemoryLogger(), rendererDir });
  });
  afterAll(async () => {
    await host.close();
  });

  const call = (method: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${host.origin}/api/invoke/${method}`, {
      method: 'POST',
      body,
      headers: { Authorization: `Bearer ${host.token}`, ...headers },
    });

  it('binds to 127.0.0.1 and prints an address with the token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toContain(`token=${encodeURIComponent(host.token)}`);
  });

  it('serves the renderer with the strict CSP', async () => {
    const response = await fetch(`${host.origin}/some/route`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>kiosk</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers a contract call', async () => {
    const response = await call('app.info', '{}');
    expect(await response.json()).toMatchObject({ ok: true, value: { version: '9.9.9', host: 'web' } });
  });

  it.each([
    ['a wrong token', { Authorization: 'Bearer nope' }, 403, 'forbiddenSender'],
    ['a foreign origin', { Origin: 'http://localhost:1234' }, 403, 'forbiddenSender'],
  ])('refuses %s', async (_label, headers, status, code) => {
    const response = await call('app.info', '{}', headers);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a body that is not JSON, an oversize body and a bad payload as values', async () => {
    expect(await (await call('app.info', '{nope')).json()).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    const big = JSON.stringify({ pad: 'x'.repeat(1_100_000) });
    expect((await call('app.info', big)).status).toBe(413);
    expect(await (await call('config.get', '{"x":1}')).json()).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    expect(await (await call('nope.nope', '{}')).json()).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
  });

  it('refuses to serve files outside the renderer folder', () => {
    expect(resolveStaticPath('/srv/app', '/../../etc/passwd')).toBeUndefined();
    expect(resolveStaticPath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveStaticPath('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
  });

  it('pushes events to a socket holding the token and refuses one without', async () => {
    const bad = new WebSocket(`${host.origin.replace('http', 'ws')}/api/events?token=wrong`);
    const refused = await new Promise<boolean>((resolve) => {
      bad.on('error', () => resolve(true));
      bad.on('open', () => resolve(false));
    });
    expect(refused).toBe(true);

    const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/api/events?token=${host.token}`);
    await new Promise((resolve) => ws.on('open', resolve));
    const received = new Promise<unknown>((resolve) => ws.on('message', (data) => resolve(JSON.parse(String(data)))));
    const health = backend.health.read();
    backend.events.emit('app.health', health);
    expect(await received).toEqual({ event: 'app.health', payload: JSON.parse(JSON.stringify(health)) });
    ws.close();
  });

  /** Sends raw bytes and returns what the server answered before closing (or after 1 s). */
  const raw = (text: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(host.origin).port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('error', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.setTimeout(1_000, () => socket.destroy());
      socket.write(text);
    });

  it('survives an upgrade with a malformed URL, and still answers afterwards', async () => {
    const port = new URL(host.origin).port;
    await raw(
      `GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    const after = await call('app.info', '{}', { 'Content-Type': 'application/json' });
    expect(after.status).toBe(200);
  });

  it("refuses a request whose Host is not the kiosk's own (DNS rebinding), pages and sockets alike", async () => {
    const page = await raw('GET / HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n');
    expect(page).toMatch(/^HTTP\/1\.1 421/);
    const api = await raw(
      `POST /api/invoke/app.info HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${host.token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    expect(api).toMatch(/^HTTP\/1\.1 421/);
    const socket = await raw(
      `GET /api/events?token=${host.token} HTTP/1.1\r\nHost: evil.example\r\nConnection: Upgrade\r\n` +
        'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    expect(socket).toMatch(/^HTTP\/1\.1 403/);
  });
});
