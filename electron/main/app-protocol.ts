import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { securityHeaders } from '../../shared/security/content-security-policy.js';
import { resolveStaticPath } from '../web-host/static-files.js';
import { fallbackPageHtml } from './fallback-page.js';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://kiosk';
export const FALLBACK_URL = `${APP_ORIGIN}/__unavailable`;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/** Must run before app 'ready': app:// behaves like a secure, standard origin (fetch, CSP 'self', storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** Serves the built renderer from app://kiosk/ with the same strict headers the web host sends. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'kiosk') return new Response('not found', { status: 404 });
    if (url.pathname === '/__unavailable') {
      return new Response(fallbackPageHtml(120), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    }
    const path = resolveStaticPath(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!path) return new Response('bad path', { status: 400 });
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: { ...securityHeaders, 'Content-Type': types[extname(path)] ?? 'application/octet-stream' },
      });
    } catch {
      const index = await readFile(resolveStaticPath(rendererDir, '/index.html') ?? '');
      return new Response(index, { headers: { ...securityHeaders, 'Content-Type': types['.html'] ?? 'text/html' } });
    }
  });
}
