import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kioskConfigSchema } from '../../shared/config/kiosk-config.js';
import { createMemoryLogger } from '../../electron/services/log/logger.js';
import {
  demoCitizen,
  fixtureCatalog,
  foodShopFiling,
  noCriminalRecordApplication,
} from '../../server/platform/fixtures.js';
import { createHttpPlatformClient } from '../../electron/services/platform/http-client.js';
import { openPlatformServices, type PlatformServices } from '../../electron/services/platform/platform-services.js';
import { type Child, startPlatformServer } from './support/processes.js';

/**
 * The platform goes away for a while: the kiosk keeps accepting applications, says it is offline, and
 * delivers every one of them — once — when the reference platform server (a real child process, killed
 * and restarted on the same port and data) comes back.
 */
const TOKEN = 'outage-test-token';

function draft(i: number) {
  const source = i % 2 === 0 ? foodShopFiling() : noCriminalRecordApplication('zhang-xiaoming');
  const { kioskId: _k, localAcceptanceNumber: _l, queryCode: _q, submittedAt: _s, ...rest } = source;
  return { ...rest, idempotencyKey: randomUUID() };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('platform server unreachable for a while', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-outage-'));
  let server: Child | undefined;
  let kiosk: PlatformServices | undefined;

  afterEach(async () => {
    await kiosk?.close();
    await server?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const startServer = (port: number) =>
    startPlatformServer({ port, dataDir: join(dir, 'platform'), token: TOKEN, catalog: 'fixture', timeoutMs: 20_000 });

  it('queues while the server is down and delivers everything, none lost, none twice, when it returns', async () => {
    const first = await startServer(0);
    server = first.child;
    const port = Number(new URL(first.url).port);
    const logger = createMemoryLogger();
    kiosk = openPlatformServices({
      dataDir: join(dir, 'kiosk'),
      config: kioskConfigSchema.parse({
        kioskId: 'OUTAGE-01',
        platform: { kind: 'http', baseUrl: first.url, token: TOKEN, timeoutMs: 1000 },
      }),
      logger,
      version: '0.0.0-test',
      catalog: () => fixtureCatalog,
      backoff: { baseMs: 100, maxMs: 500 },
      heartbeatIntervalMs: 3_600_000,
    });
    const { outbox } = kiosk;

    // Online: the case number comes back at once.
    for (let i = 0; i < 3; i += 1) {
      const r = await outbox.submit(draft(i), 3000);
      expect(r.ok && r.value.entry.state).toBe('delivered');
    }

    // The platform dies.
    await server.kill('SIGKILL');
    const offlineNumbers: string[] = [];
    for (let i = 3; i < 9; i += 1) {
      const r = await outbox.submit(draft(i), 300);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.entry.state).toBe('pending');
      offlineNumbers.push(r.value.localNumber);
    }
    expect(outbox.status()).toMatchObject({ pending: 6, online: false, lastError: 'unavailable' });
    expect(kiosk.healthChecks().find((c) => c.name === 'platform')).toMatchObject({
      level: 'degraded',
      detail: expect.stringContaining('6 application(s) queued'),
    });
    await new Promise((r) => setTimeout(r, 800)); // it stays down for a while; the sender keeps backing off

    // It comes back on the same port with the same data.
    const second = await startServer(port);
    server = second.child;
    await until(() => outbox.status().pending === 0, 15_000);
    expect(outbox.status()).toMatchObject({ pending: 0, delivered: 9, rejected: 0, online: true });

    const delivered = outbox.list({ state: 'delivered' });
    const caseNumbers = delivered.map((e) => e.caseNumber);
    expect(new Set(caseNumbers).size).toBe(9);
    for (const n of offlineNumbers) expect(outbox.get(n)?.state).toBe('delivered');

    // The platform holds exactly these nine cases.
    const client = createHttpPlatformClient({ baseUrl: second.url, token: TOKEN, timeoutMs: 2000 });
    const byPerson = await Promise.all(
      ['wang-jianguo', 'zhang-xiaoming'].map((k) =>
        client.progress({ by: 'idNumber', idNumber: demoCitizen(k).idNumber }),
      ),
    );
    const onPlatform = byPerson.flatMap((r) => (r.ok ? r.value.cases.map((c) => c.caseNumber) : []));
    expect(onPlatform.sort()).toEqual([...caseNumbers].sort());
    expect(logger.lines.some((l) => l.includes('platform unavailable'))).toBe(true);
  });
});
