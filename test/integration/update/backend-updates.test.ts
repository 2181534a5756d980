import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createKioskBackend, type KioskBackend } from '../../../electron/backend/create-backend.js';
import { createMemoryLogger } from '../../../electron/services/log/logger.js';
import { DirectoryInstaller } from '../../../electron/services/update/directory-installer.js';
import { newReleaseKey, ReleaseFeed, type ReleaseKeyPair } from './release-feed.js';

/**
 * Updates through the real backend: the page's session.begin keeps an update from installing, its session.end
 * lets it (after the idle time), the refusals land in the kiosk's own audit log, and health says where it stands.
 */
const context = { transport: 'web', sender: 'test' } as const;
let work: string;
let feed: ReleaseFeed;
let key: ReleaseKeyPair;
let backend: KioskBackend | undefined;
let restarts = 0;

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'backend-update-'));
  feed = new ReleaseFeed(join(work, 'feed'));
  await feed.start();
  key = newReleaseKey();
  restarts = 0;
});

afterEach(async () => {
  await backend?.close();
  backend = undefined;
  await feed.stop();
  rmSync(work, { recursive: true, force: true });
});

async function startBackend(update: Record<string, unknown>): Promise<KioskBackend> {
  const dataDir = join(work, 'data');
  const configPath = join(work, 'kiosk.config.json');
  writeFileSync(configPath, JSON.stringify({ kioskId: 'SX-TY-0042', update }));
  backend = await createKioskBackend({
    host: 'web',
    dataDir,
    configPath,
    version: '1.0.0',
    logger: createMemoryLogger(),
    updateHost: () => ({
      installer: new DirectoryInstaller(join(work, 'install'), 'linux-x64', () => (restarts += 1)),
    }),
  });
  return backend;
}

const healthOf = async (b: KioskBackend) => {
  const health = await b.dispatch('app.health', {}, context);
  if (!health.ok) throw new Error('no health');
  return (health.value as { checks: Array<{ name: string; level: string; detail: string }> }).checks.find(
    (c) => c.name === 'update',
  );
};

it('an open citizen session keeps a downloaded update from installing; health says it waits', async () => {
  feed.publish('1.1.0', work, { key });
  const b = await startBackend({ feedUrl: feed.url, publicKeys: [key.publicKey], idleMinutes: 1 });
  const service = b.updates.service;
  expect(service).toBeDefined();
  expect(await b.dispatch('session.begin', { sessionId: randomUUID() }, context)).toMatchObject({ ok: true });
  expect((await service?.check())?.phase).toBe('ready');
  expect(await service?.tryInstall()).toBe(false);
  expect(restarts).toBe(0);
  expect(await healthOf(b)).toMatchObject({ level: 'ok', detail: expect.stringContaining('ready — 1.1.0') });
  expect(await b.dispatch('session.end', { sessionId: randomUUID() }, context)).toMatchObject({ ok: true });
  // Just ended: the idle time has not passed yet.
  expect(await service?.tryInstall()).toBe(false);
});

it('a tampered release is refused, written to the audit log, and health is degraded', async () => {
  feed.publish('1.1.0', work, { key: newReleaseKey() });
  const b = await startBackend({ feedUrl: feed.url, publicKeys: [key.publicKey] });
  expect((await b.updates.service?.check())?.phase).toBe('refused');
  expect(await healthOf(b)).toMatchObject({ level: 'degraded', detail: expect.stringContaining('unknownKey') });
  await b.close();
  backend = undefined;
  // The kiosk's own audit log (kiosk.db): versions and the reason, nothing else.
  const db = new DatabaseSync(join(work, 'data', 'kiosk.db'), { readOnly: true });
  const rows = db.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'update.%'").all();
  db.close();
  expect(rows).toEqual([
    { action: 'update.refused', detail: JSON.stringify({ reason: 'unknownKey', running: '1.0.0' }) },
  ]);
});

it('a feed without a trusted key is a configuration error: the kiosk does not start updates on it', async () => {
  const b = await startBackend({ feedUrl: feed.url, publicKeys: [] });
  expect(b.updates.service).toBeUndefined();
  expect(b.loaded.problem ?? b.loaded.outOfService).toMatch(/publicKeys/);
});
