import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateConfigSchema, type UpdateConfig } from '../../../shared/config/update-config.js';
import type { AuditEvent } from '../../../electron/services/audit/audit-log.js';
import { CitizenPresence } from '../../../electron/services/update/citizen-presence.js';
import { DirectoryInstaller } from '../../../electron/services/update/directory-installer.js';
import { HttpDownloader } from '../../../electron/services/update/http-downloader.js';
import { rolloutBucket } from '../../../electron/services/update/rollout.js';
import { fetchRelease } from '../../../electron/services/update/update-feed.js';
import { UpdateLedger } from '../../../electron/services/update/update-ledger.js';
import { UpdateService } from '../../../electron/services/update/update-service.js';
import { newReleaseKey, ReleaseFeed, type ReleaseKeyPair } from './release-feed.js';

/**
 * Signed updates end to end on one machine (issue 13): a feed served on 127.0.0.1, real tar.gz installers,
 * real Ed25519 signatures, the directory install (versions/<v> and a `current` link) and the ledger on disk.
 * A "start" of the kiosk is a new UpdateService for the version `current` points at, as after a restart.
 */
const MINUTE = 60_000;

let work: string;
let feed: ReleaseFeed;
let key: ReleaseKeyPair;
let clock: number;
let audits: AuditEvent[];
let restarts: number;
let presence: CitizenPresence;

function configWith(change: Partial<UpdateConfig> = {}): UpdateConfig {
  return updateConfigSchema.parse({
    feedUrl: feed.url,
    publicKeys: [key.publicKey],
    idleMinutes: 10,
    healthyAfterMinutes: 10,
    rollbackAfterFailedStarts: 3,
    ...change,
  });
}

const installRoot = () => join(work, 'install');
const installer = () => new DirectoryInstaller(installRoot(), 'linux-x64', () => (restarts += 1));
const running = () => installer().currentVersion() ?? '1.0.0';

/** The kiosk as it starts: the version `current` points at (1.0.0, the packaged one, before any update). */
function startKiosk(config: UpdateConfig = configWith(), kioskId = 'SX-TY-0001'): UpdateService {
  return new UpdateService({
    config,
    kioskId,
    runningVersion: running(),
    fetchRelease: (url) => fetchRelease(url, 5_000),
    downloader: new HttpDownloader(config.feedUrl ?? '', join(work, 'data', 'updates')),
    installer: installer(),
    presence,
    ledger: new UpdateLedger(join(work, 'data', 'state', 'update-ledger.json')),
    updatesDir: join(work, 'data', 'updates'),
    audit: (event) => audits.push(event),
    log: () => undefined,
    now: () => clock,
  });
}

const actions = () => audits.map((a) => a.action);
const artefactRequests = () => feed.requests.filter((r) => r.endsWith('.tar.gz'));

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'kiosk-update-'));
  feed = new ReleaseFeed(join(work, 'feed'));
  await feed.start();
  key = newReleaseKey();
  clock = Date.parse('2026-12-04T03:00:00Z');
  audits = [];
  restarts = 0;
  presence = new CitizenPresence(() => clock);
});

afterEach(async () => {
  await feed.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a signed update', () => {
  it('is downloaded at once and installed only after the idle time with no session open', async () => {
    feed.publish('1.1.0', work, { key });
    const kiosk = startKiosk();
    presence.end(); // the last citizen left at 03:00
    const status = await kiosk.check();
    expect(status).toMatchObject({ phase: 'ready', version: '1.1.0' });
    expect(artefactRequests()).toEqual(['gov-kiosk-1.1.0-linux-x64.tar.gz']);
    expect(running()).toBe('1.0.0');

    clock += 9 * MINUTE;
    expect(await kiosk.tryInstall()).toBe(false);
    expect(running()).toBe('1.0.0');
    clock += 1 * MINUTE;
    expect(await kiosk.tryInstall()).toBe(true);
    expect(running()).toBe('1.1.0');
    expect(readFileSync(join(installRoot(), 'current', 'VERSION'), 'utf8')).toBe('1.1.0\n');
    expect(restarts).toBe(1);
    expect(actions()).toEqual(['update.downloaded', 'update.installing']);
    expect(audits[1]?.detail).toMatchObject({ from: '1.0.0', to: '1.1.0', quietMinutes: 10 });
  });

  it('arriving mid-session waits for the session to end and the idle time after it', async () => {
    const kiosk = startKiosk();
    presence.begin(); // a citizen is at the screen
    feed.publish('1.1.0', work, { key });
    expect((await kiosk.check()).phase).toBe('ready');
    for (let i = 0; i < 6; i += 1) {
      clock += 20 * MINUTE; // a long session, the citizen still touching
      presence.touch();
      expect(await kiosk.tryInstall()).toBe(false);
    }
    expect(running()).toBe('1.0.0');
    presence.end();
    clock += 5 * MINUTE;
    presence.begin(); // the next citizen comes after five minutes and stays half an hour
    for (let i = 0; i < 3; i += 1) {
      clock += 10 * MINUTE;
      presence.touch();
      expect(await kiosk.tryInstall()).toBe(false);
    }
    presence.end();
    clock += 10 * MINUTE;
    expect(await kiosk.tryInstall()).toBe(true);
    expect(running()).toBe('1.1.0');
  });

  it('waits while a technician is signed in to the console', async () => {
    let consoleOpen = true;
    presence = new CitizenPresence(
      () => clock,
      30 * MINUTE,
      () => consoleOpen,
    );
    feed.publish('1.1.0', work, { key });
    const kiosk = startKiosk();
    await kiosk.check();
    clock += 60 * MINUTE;
    expect(await kiosk.tryInstall()).toBe(false);
    consoleOpen = false;
    expect(await kiosk.tryInstall()).toBe(true);
  });

  it('goes to the kiosks of its staged share only, the same ones at every check', async () => {
    feed.publish('1.1.0', work, { key, stagingPercentage: 30 });
    const ids = Array.from({ length: 400 }, (_, i) => `SX-TY-${String(i).padStart(4, '0')}`);
    const share = ids.filter((id) => rolloutBucket(id, '1.1.0') < 30).length / ids.length;
    expect(share).toBeGreaterThan(0.22);
    expect(share).toBeLessThan(0.38);
    const outside = ids.find((id) => rolloutBucket(id, '1.1.0') >= 30) ?? '';
    const inside = ids.find((id) => rolloutBucket(id, '1.1.0') < 30) ?? '';
    expect((await startKiosk(configWith(), outside).check()).phase).toBe('notInRollout');
    expect(artefactRequests()).toEqual([]);
    expect((await startKiosk(configWith(), inside).check()).phase).toBe('ready');
  });
});

describe('an update that is not what the release key signed', () => {
  async function expectRefused(reason: string, downloads: string[] = []) {
    const kiosk = startKiosk();
    presence.end();
    const status = await kiosk.check();
    expect(status).toMatchObject({ phase: 'refused' });
    expect(status.detail).toContain(reason);
    clock += 60 * MINUTE;
    expect(await kiosk.tryInstall()).toBe(false);
    expect(running()).toBe('1.0.0');
    expect(restarts).toBe(0);
    expect(audits.filter((a) => a.action === 'update.refused').map((a) => a.detail?.['reason'])).toEqual([reason]);
    expect(artefactRequests()).toEqual(downloads);
    // Checked again an hour later: refused again, audited once.
    await kiosk.check();
    expect(audits.filter((a) => a.action === 'update.refused')).toHaveLength(1);
  }

  it('unsigned (no release.json.sig) is refused and audited, nothing downloaded', async () => {
    feed.publish('1.1.0', work, { key, sign: false });
    await expectRefused('unsigned');
  });

  it('tampered after signing (release.json changed) is refused', async () => {
    feed.publish('1.1.0', work, { key });
    const path = join(feed.folder, 'release.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"stagingPercentage": 100', '"stagingPercentage": 99'));
    await expectRefused('badSignature');
  });

  it('signed by a key this kiosk does not trust is refused', async () => {
    feed.publish('1.1.0', work, { key: newReleaseKey() });
    await expectRefused('unknownKey');
  });

  it('whose installer was swapped on the feed (signed manifest, other file) is refused after the download and deleted', async () => {
    feed.publish('1.1.0', work, { key });
    const name = 'gov-kiosk-1.1.0-linux-x64.tar.gz';
    const original = readFileSync(join(feed.folder, name));
    const swapped = Buffer.from(original);
    swapped[swapped.length - 5] = (swapped[swapped.length - 5] ?? 0) ^ 0xff;
    writeFileSync(join(feed.folder, name), swapped);
    await expectRefused('hashMismatch', [name]);
    expect(readdirSync(join(work, 'data', 'updates', 'downloads', '1.1.0'))).toEqual([]);
  });

  it('is not installed even when the configuration asks for updates without a key', () => {
    expect(updateConfigSchema.safeParse({ feedUrl: 'http://127.0.0.1:1/', publicKeys: [] }).success).toBe(false);
  });
});

describe('offline', () => {
  it('is a phase that says "later", not an error, and nothing is audited', async () => {
    await feed.stop();
    const status = await startKiosk().check();
    expect(status.phase).toBe('offline');
    expect(audits).toEqual([]);
  });
});

describe('a version that keeps failing after an update', () => {
  /** 1.0.0 → 1.1.0, which runs long enough to be trusted: its installer is kept. */
  async function trustedAt110(): Promise<void> {
    feed.publish('1.1.0', work, { key });
    const first = startKiosk();
    await first.check();
    clock += 10 * MINUTE;
    await first.tryInstall();
    const second = startKiosk();
    await second.start();
    clock += 10 * MINUTE;
    second.confirmHealthy();
    second.close();
    expect(actions()).toContain('update.confirmed');
  }

  /** Publishes `version` and lets the running kiosk install it (someone was at the screen just before the check). */
  async function installOnTrial(version: string): Promise<void> {
    feed.publish(version, work, { key });
    const kiosk = startKiosk();
    presence.touch();
    await kiosk.check();
    clock += 10 * MINUTE;
    await kiosk.tryInstall();
    expect(running()).toBe(version);
  }

  it('is rolled back to the version before it after three starts that ended early, and never taken again', async () => {
    await trustedAt110();
    feed.publish('1.2.0', work, { key });
    const onTrial = startKiosk();
    presence.touch(); // someone was at the screen just now
    expect((await onTrial.check()).phase).toBe('ready');
    clock += 10 * MINUTE;
    expect(await onTrial.tryInstall()).toBe(true);
    expect(running()).toBe('1.2.0');

    // 1.2.0 crashes a minute after every start, three times.
    for (let start = 1; start <= 3; start += 1) {
      const kiosk = startKiosk();
      await kiosk.start();
      expect(kiosk.status()).toMatchObject({ runningVersion: '1.2.0', onTrial: true });
      clock += 1 * MINUTE;
      kiosk.close();
    }
    expect(running()).toBe('1.2.0');
    const fourth = startKiosk();
    await fourth.start();
    fourth.close();
    expect(running()).toBe('1.1.0');
    expect(audits.find((a) => a.action === 'update.rolledBack')?.detail).toMatchObject({ from: '1.2.0', to: '1.1.0' });

    const back = startKiosk();
    await back.start();
    expect(back.status()).toMatchObject({ phase: 'rolledBack', runningVersion: '1.1.0', rolledBackFrom: ['1.2.0'] });
    const again = await back.check();
    back.close();
    expect(again.phase).toBe('upToDate');
    expect(again.detail).toContain('not taken again');
    expect(running()).toBe('1.1.0');
  });

  it('is rolled back at once when the shell reports the page crash-looping', async () => {
    await trustedAt110();
    await installOnTrial('1.2.0');
    const kiosk = startKiosk();
    await kiosk.start();
    expect(await kiosk.reportCrashLoop()).toBe(true);
    kiosk.close();
    expect(running()).toBe('1.1.0');
  });

  it('cannot be rolled back when no installer of the version before was kept, and says so', async () => {
    feed.publish('1.1.0', work, { key });
    const first = startKiosk();
    await first.check();
    clock += 10 * MINUTE;
    await first.tryInstall();
    for (let start = 1; start <= 4; start += 1) {
      const kiosk = startKiosk();
      await kiosk.start();
      kiosk.close();
    }
    expect(running()).toBe('1.1.0');
    expect(actions()).toContain('update.rollbackImpossible');
    expect(startKiosk().status().rolledBackFrom).toEqual([]);
  });

  it('a kept installer that was changed on the disk is not used for the rollback', async () => {
    await trustedAt110();
    await installOnTrial('1.2.0');
    const kept = join(work, 'data', 'updates', 'kept', '1.1.0', 'gov-kiosk-1.1.0-linux-x64.tar.gz');
    expect(existsSync(kept)).toBe(true);
    writeFileSync(kept, 'not the installer');
    const kiosk = startKiosk();
    expect(await kiosk.reportCrashLoop()).toBe(false);
    expect(kiosk.status().phase).toBe('rollbackImpossible');
    expect(running()).toBe('1.2.0');
  });
});
