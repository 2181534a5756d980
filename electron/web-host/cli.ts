import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createKioskBackend } from '../backend/create-backend.js';
import { createLogger } from '../services/log/logger.js';
import { startWebHost } from './web-host.js';

/**
 * `npm run start:web` (built renderer) and `npm run dev` (Vite with hot reload): the whole kiosk, backend
 * included, for an ordinary Chromium. Prints the address to open, token included.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.KIOSK_PORT ?? '5780' },
    'data-dir': { type: 'string', default: process.env.KIOSK_DATA_DIR ?? '.kiosk-data' },
    config: { type: 'string', default: process.env.KIOSK_CONFIG },
    dev: { type: 'boolean', default: false },
    /** As a packaged kiosk: a missing or incomplete configuration is out of service, not the demo. */
    deployed: { type: 'boolean', default: false },
    /** Developer mode on top of the configuration: the simulator dock, devtools-style conveniences. */
    developer: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be a port number (0 picks a free one), not ${JSON.stringify(values.port)}\n`);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(values['data-dir']);
const logger = createLogger({ console: true, file: resolve(dataDir, 'logs/kiosk.log') });
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
const backend = await createKioskBackend({
  host: 'web',
  dataDir,
  configPath: values.config,
  version,
  logger,
  developerMode: values.dev || values.developer ? true : undefined,
  deployed: values.deployed,
});

let devMiddleware: Parameters<typeof startWebHost>[0]['devMiddleware'];
let headers: Record<string, string> | undefined;
if (values.dev) {
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: resolve(root, 'vite.config.ts'),
    server: { middlewareMode: true, hmr: { port: port + 1 } },
  });
  devMiddleware = vite.middlewares;
  headers = {}; // Vite injects inline styles and its own socket; the strict CSP applies to built pages.
}

const host = await startWebHost({
  backend,
  logger,
  port,
  rendererDir: resolve(root, 'dist/renderer'),
  devMiddleware,
  headers,
});
process.stdout.write(`\n  Kiosk (${values.dev ? 'development' : 'built renderer'}) ready:\n\n    ${host.url}\n\n`);

const stop = async () => {
  await host.close();
  await backend.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
