import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { kioskConfigSchema } from '../../../shared/config/kiosk-config.js';
import { createLogger } from '../../../electron/services/log/logger.js';
import { fixtureCatalog, foodShopFiling } from '../../../server/platform/fixtures.js';
import { openPlatformServices } from '../../../electron/services/platform/platform-services.js';

/**
 * A kiosk process for the crash tests: opens the store in --data-dir against an HTTP platform, optionally
 * saves one application (--submit), runs the outbox sender and reports on stdout, one line per event:
 *   SAVED <local number>          the application is committed to the store
 *   DELIVERED <local> <case>      the platform acknowledged and the acknowledgement is stored
 *   IDLE                          nothing pending (with --exit-when-idle the process then exits 0)
 * Only numbers are printed, never personal data.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'platform-url': { type: 'string' },
    token: { type: 'string' },
    submit: { type: 'boolean', default: false },
    'exit-when-idle': { type: 'boolean', default: false },
  },
});
const dataDir = values['data-dir'] as string;
const config = kioskConfigSchema.parse({
  kioskId: 'CRASH-01',
  platform: { kind: 'http', baseUrl: values['platform-url'], token: values.token, timeoutMs: 2000 },
});
const services = openPlatformServices({
  dataDir,
  config,
  logger: createLogger({ file: join(dataDir, 'logs', 'kiosk.log') }),
  version: '0.0.0-test',
  catalog: () => fixtureCatalog,
  backoff: { baseMs: 50, maxMs: 300 },
  heartbeatIntervalMs: 3_600_000,
});
const say = (line: string) => process.stdout.write(`${line}\n`);

services.outbox.onChange((entry) => {
  if (entry.state === 'delivered') say(`DELIVERED ${entry.localNumber} ${entry.caseNumber ?? ''}`);
  if (services.outbox.status().pending === 0) {
    say('IDLE');
    if (values['exit-when-idle']) void services.close().then(() => process.exit(0));
  }
});

if (values.submit) {
  const { kioskId: _k, localAcceptanceNumber: _l, queryCode: _q, submittedAt: _s, ...draft } = foodShopFiling();
  const saved = services.outbox.save({ ...draft, idempotencyKey: randomUUID() });
  if (!saved.ok) {
    say(`ERROR ${saved.error.code}`);
    process.exit(1);
  }
  say(`SAVED ${saved.value.localNumber}`);
  services.outbox.kick();
} else if (services.outbox.status().pending === 0) {
  say('IDLE');
  if (values['exit-when-idle']) {
    await services.close();
    process.exit(0);
  }
}
