import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UpdateCheckResult } from 'electron-updater';
import { updateConfigSchema } from '../../shared/config/update-config.js';
import type { ReleaseManifest } from '../services/update/release-manifest.js';
import {
  channelFile,
  electronUpdateHost,
  installedKind,
  releaseTarget,
  type UpdaterLike,
} from './electron-updater-glue.js';

/**
 * The glue around electron-updater, with a scripted updater in its place that reads a generic feed the way
 * electron-updater does (the channel file, then the file it names) — the real one needs the Electron binary.
 */
class ScriptedUpdater implements UpdaterLike {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = false;
  feed = '';
  installed: Array<{ silent: boolean | undefined; runAfter: boolean | undefined; allowDowngrade: boolean }> = [];
  private offered: { version: string; path: string } | undefined;

  constructor(
    private readonly target: 'linux-x64',
    private readonly cache: string,
    private readonly channelVersion?: string,
  ) {}

  setFeedURL(options: Parameters<UpdaterLike['setFeedURL']>[0]): void {
    this.feed = typeof options === 'string' ? options : ((options as { url?: string }).url ?? '');
  }

  async checkForUpdates(): Promise<UpdateCheckResult | null> {
    if (this.channelVersion) {
      return { isUpdateAvailable: true, updateInfo: { version: this.channelVersion } } as unknown as UpdateCheckResult;
    }
    const response = await fetch(new URL(channelFile(this.target), this.feed));
    const channel = JSON.parse(await response.text()) as { version: string; path: string };
    this.offered = { version: channel.version, path: channel.path };
    return { isUpdateAvailable: true, updateInfo: { version: channel.version } } as unknown as UpdateCheckResult;
  }

  async downloadUpdate(): Promise<string[]> {
    if (!this.offered) return [];
    const body = Buffer.from(await (await fetch(new URL(this.offered.path, this.feed))).arrayBuffer());
    const path = join(this.cache, this.offered.path);
    writeFileSync(path, body);
    return [path];
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installed.push({ silent: isSilent, runAfter: isForceRunAfter, allowDowngrade: this.allowDowngrade });
  }
}

const work: string[] = [];
afterEach(() => {
  for (const folder of work.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function manifestFor(version: string, bytes: Buffer): ReleaseManifest {
  return {
    format: 1,
    product: 'gov-kiosk',
    version,
    releasedAt: '2026-12-04T03:00:00Z',
    stagingPercentage: 100,
    files: [
      {
        target: 'linux-x64',
        kind: 'deb',
        name: `gov-kiosk_${version}_amd64.deb`,
        sha512: createHash('sha512').update(bytes).digest('base64'),
        size: bytes.length,
      },
    ],
  };
}

describe('the electron-updater glue', () => {
  it('knows the machine and the installer kind it was installed with', () => {
    expect(releaseTarget('linux', 'arm64')).toBe('linux-arm64');
    expect(releaseTarget('darwin', 'arm64')).toBeUndefined();
    expect(installedKind('linux', { APPIMAGE: '/opt/k.AppImage' })).toBe('AppImage');
    expect(installedKind('linux', {})).toBe('deb');
    expect(installedKind('win32', {})).toBe('nsis');
    expect(channelFile('linux-arm64')).toBe('latest-linux-arm64.yml');
  });

  it('turns off everything electron-updater would do on its own', () => {
    const updater = new ScriptedUpdater('linux-x64', tmpdir());
    electronUpdateHost(updater, 'linux', 'x64', {});
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it("refuses a download when electron-updater's channel file offers another version than the one signed", async () => {
    const updater = new ScriptedUpdater('linux-x64', tmpdir(), '9.9.9');
    const host = electronUpdateHost(updater, 'linux', 'x64', {});
    const parts = host?.(updateConfigSchema.parse({}), tmpdir());
    const bytes = Buffer.from('a deb');
    const manifest = manifestFor('1.1.0', bytes);
    const result = await parts?.downloader?.download(manifest, manifest.files[0] as ReleaseManifest['files'][number]);
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('rolls back by offering the kept installer through a one-off feed on 127.0.0.1, downgrade allowed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glue-'));
    work.push(dir);
    const kept = join(dir, 'kept.deb');
    const bytes = Buffer.from('the 1.1.0 deb, kept');
    writeFileSync(kept, bytes);
    const updater = new ScriptedUpdater('linux-x64', dir);
    const parts = electronUpdateHost(updater, 'linux', 'x64', {})?.(updateConfigSchema.parse({}), join(dir, 'updates'));
    const result = await parts?.installer.install(kept, manifestFor('1.1.0', bytes), { downgrade: true });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(updater.feed).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(readFileSync(join(dir, 'gov-kiosk_1.1.0_amd64.deb'))).toEqual(bytes);
    expect(updater.installed).toEqual([{ silent: true, runAfter: true, allowDowngrade: true }]);
    // The one-off feed is closed again.
    await expect(fetch(new URL('latest-linux.yml', updater.feed))).rejects.toThrow();
  });
});
