import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureCatalog } from '../server/platform/fixtures.js';
import { createLocalPlatform } from '../server/platform/local-platform.js';
import { startPlatformServer } from '../server/platform/platform-server.js';
import { loadOrCreateSigningKey } from '../server/platform/signing-key.js';
import { createLogger } from '../electron/services/log/logger.js';
import { FileKeyProvider } from '../electron/services/store/key-provider.js';
import { openPlatformStore } from '../server/platform/platform-store.js';

/**
 * `npm run platform -- --port N`: the reference platform server. It serves the documented platform API
 * (GET /openapi.json) from the embedded local platform on its own store, so several kiosks — or a kiosk
 * and its tests — can share one platform. Binds 127.0.0.1 only.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PLATFORM_PORT ?? '5790' },
    'data-dir': { type: 'string', default: process.env.PLATFORM_DATA_DIR ?? '.platform-data' },
    token: { type: 'string', default: process.env.PLATFORM_TOKEN },
    'in-review-after': { type: 'string', default: '120' },
    'decide-after': { type: 'string', default: '600' },
    'auto-pay-after': { type: 'string', default: '20' },
    'allow-reset': { type: 'boolean', default: false },
    reset: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    /** "bundled" (the kiosk's 59-item catalog) or "fixture" (the small fixed catalog tests use). */
    catalog: { type: 'string', default: 'bundled' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(`Usage: npm run platform -- [--port 5790] [--data-dir .platform-data] [--token T]
  [--in-review-after 120] [--decide-after 600] [--auto-pay-after 20]   (seconds)
  [--allow-reset] (POST /v1/admin/reset)  [--reset] (start empty)  [--quiet]  [--catalog bundled|fixture]\n`);
  process.exit(0);
}

const seconds = (name: 'in-review-after' | 'decide-after' | 'auto-pay-after') => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < 0) {
    process.stderr.write(`--${name} must be a number of seconds, not ${JSON.stringify(values[name])}\n`);
    process.exit(2);
  }
  return n * 1000;
};
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be a port number (0 picks a free one), not ${JSON.stringify(values.port)}\n`);
  process.exit(2);
}

const dataDir = resolve(values['data-dir']);
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
const logger = createLogger({ console: !values.quiet, file: join(dataDir, 'logs', 'platform.log') }, 'platform');

function tokenFromFile(): string {
  const path = join(dataDir, 'keys', 'api-token');
  mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, `${randomBytes(24).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(path, 'utf8').trim();
}
const token = values.token ?? tokenFromFile();
if (token.length < 8) {
  process.stderr.write('--token must have at least 8 characters\n');
  process.exit(2);
}

const store = openPlatformStore({
  path: join(dataDir, 'platform.db'),
  keyProvider: new FileKeyProvider(join(dataDir, 'keys', 'store.key')),
});
const catalog =
  values.catalog === 'fixture'
    ? fixtureCatalog
    : (await import('../electron/services/platform/catalog-adapter.js')).bundledCatalogLookup();
/** Kiosks with another catalog version get this one through catalog sync (they validate it before use). */
const catalogDocument =
  values.catalog === 'fixture' ? undefined : (await import('../shared/catalog/index.js')).defaultCatalogSource;
const platform = createLocalPlatform({
  store,
  catalog,
  signingKey: loadOrCreateSigningKey(
    join(dataDir, 'keys', 'platform-signing.pem'),
    '阳泉市郊区政务服务平台（参考实现）',
    true,
  ),
  review: { inReviewAfterMs: seconds('in-review-after'), decideAfterMs: seconds('decide-after') },
  autoPayAfterMs: seconds('auto-pay-after'),
  ...(catalogDocument ? { catalogDocument: () => catalogDocument } : {}),
  log: logger,
});
if (values.reset) platform.reset();

const server = await startPlatformServer({
  gateway: platform,
  token,
  port,
  log: logger,
  ...(values['allow-reset'] ? { reset: () => platform.reset() } : {}),
});

process.stdout.write(
  `platform listening ${server.url}\n\n` +
    `  Reference platform (catalog ${catalog.version}, data in ${dataDir})\n` +
    `    API:      ${server.url}/v1/…\n` +
    `    OpenAPI:  ${server.url}/openapi.json\n` +
    `    Token:    ${values.token ? '(as given)' : `${token}  (from ${join(dataDir, 'keys', 'api-token')})`}\n\n` +
    `  Point a kiosk at it in kiosk.config.json:\n` +
    `    "platform": { "kind": "http", "baseUrl": "${server.url}", "token": "…" }\n\n`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  store.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
