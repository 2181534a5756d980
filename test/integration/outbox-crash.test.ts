import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../electron/services/audit/audit-log.js';
import { signingKeyFromSeed } from '../../electron/services/platform/certificate-codec.js';
import { fixtureCatalog } from '../../server/platform/fixtures.js';
import { createLocalPlatform, type LocalPlatform } from '../../server/platform/local-platform.js';
import { type PlatformServer, startPlatformServer } from '../../server/platform/platform-server.js';
import { FileKeyProvider, StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import { keyDirFor } from '../../electron/services/store/key-location.js';
import { KioskStore } from '../../electron/services/store/store.js';
import { type Child, spawnTs } from './support/processes.js';
import { openPlatformStore, type PlatformStore } from '../../server/platform/platform-store.js';

/**
 * Nothing lost, nothing twice: a real kiosk process is killed with SIGKILL between "saved" and
 * "acknowledged", then started again; the application reaches the platform exactly once.
 */
const TOKEN = 'crash-test-token';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('outbox across a crash (SIGKILL)', () => {
  let dir: string;
  let platformStore: PlatformStore;
  let platform: LocalPlatform;
  let server: PlatformServer | undefined;
  const children: Child[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-crash-'));
    platformStore = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)) });
    platform = createLocalPlatform({
      store: platformStore,
      catalog: fixtureCatalog,
      signingKey: signingKeyFromSeed(Buffer.alloc(32, 3), 'test', true),
    });
  });
  afterEach(async () => {
    for (const child of children.splice(0)) await child.kill('SIGKILL');
    await server?.close();
    server = undefined;
    platformStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const kiosk = (url: string, ...flags: string[]) => {
    const child = spawnTs('test/integration/support/kiosk-child.ts', [
      '--data-dir',
      join(dir, 'kiosk'),
      '--platform-url',
      url,
      '--token',
      TOKEN,
      ...flags,
    ]);
    children.push(child);
    return child;
  };

  const kioskDb = () =>
    KioskStore.open({
      path: join(dir, 'kiosk', 'kiosk.db'),
      keyProvider: new FileKeyProvider(join(keyDirFor(join(dir, 'kiosk')), 'store.key')),
    });

  it('killed after the platform stored the case but before the kiosk recorded the acknowledgement: delivered once', async () => {
    let committed!: () => void;
    const platformHasIt = new Promise<void>((resolve) => {
      committed = resolve;
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let submits = 0;
    server = await startPlatformServer({
      gateway: platform,
      token: TOKEN,
      port: 0,
      // The first answer to a submission is held back: the platform has committed the case, the kiosk has not heard.
      beforeReply: async (op) => {
        if (op !== 'submit') return;
        submits += 1;
        if (submits === 1) {
          committed();
          await held;
        }
      },
    });

    const first = kiosk(server.url, '--submit');
    const [, saved] = await first.waitFor(/^SAVED (\S+)$/);
    const localNumber = saved ?? '';
    await platformHasIt;
    expect(platform.stats().cases).toBe(1);
    const killed = await first.kill('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(first.lines.some((l) => l.startsWith('DELIVERED'))).toBe(false);
    release();

    // After the crash the application is still in the kiosk's store, pending.
    const before = kioskDb();
    expect(before.db.prepare('SELECT state FROM outbox WHERE local_number = ?').get(localNumber)).toEqual({
      state: 'pending',
    });
    before.close();

    const second = kiosk(server.url, '--exit-when-idle');
    const [, deliveredLocal, caseNumber] = await second.waitFor(/^DELIVERED (\S+) (\S+)$/);
    expect(deliveredLocal).toBe(localNumber);
    expect((await second.exited).code).toBe(0);

    expect(submits).toBe(2); // sent twice…
    expect(platform.stats().cases).toBe(1); // …stored once
    const after = kioskDb();
    const row = after.db
      .prepare('SELECT state, case_number, ack FROM outbox WHERE local_number = ?')
      .get(localNumber) as { state: string; case_number: string; ack: string };
    expect(row.state).toBe('delivered');
    expect(row.case_number).toBe(caseNumber);
    expect(JSON.parse(row.ack)).toMatchObject({ caseNumber, duplicate: true });
    const delivered = new AuditLog(after).list({ action: 'submission.delivered' });
    expect(delivered.map((e) => e.subject)).toEqual([caseNumber]);
    after.close();
  });

  it('killed after saving while the platform is unreachable: delivered once when it is back', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = kiosk(url, '--submit');
    const [, localNumber] = await first.waitFor(/^SAVED (\S+)$/);
    await new Promise((r) => setTimeout(r, 300)); // a few failed attempts
    await first.kill('SIGKILL');
    expect(platform.stats().cases).toBe(0);

    server = await startPlatformServer({ gateway: platform, token: TOKEN, port });
    const second = kiosk(url, '--exit-when-idle');
    const [, deliveredLocal] = await second.waitFor(/^DELIVERED (\S+) (\S+)$/);
    expect(deliveredLocal).toBe(localNumber);
    expect((await second.exited).code).toBe(0);
    expect(platform.stats().cases).toBe(1);
  });
});
