import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { createReadStream } from 'node:fs';
import type { AppUpdater } from 'electron-updater';
import type { UpdateConfig } from '../../shared/config/update-config.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { UpdateDownloader, UpdateInstaller } from '../services/update/installer.js';
import type { UpdateHostParts } from '../services/update/open-updates.js';
import type {
  InstallerKind,
  ReleaseFile,
  ReleaseManifest,
  ReleaseTarget,
} from '../services/update/release-manifest.js';

/**
 * electron-updater as the update service's downloader and installer in the kiosk (deb and AppImage on Linux,
 * NSIS on Windows). It reads electron-builder's latest*.yml from the same feed and checks its own SHA-512;
 * the update service has already checked release.json's signature before asking for a download, checks the
 * downloaded file against the signed SHA-512 after it, and chooses when to install. electron-updater never
 * downloads or installs on its own here (autoDownload and autoInstallOnAppQuit are off).
 *
 * A rollback installs a kept installer: it is offered to electron-updater through a one-off feed on
 * 127.0.0.1 (a latest*.yml naming only that file), with downgrades allowed for that one install.
 */
export type UpdaterLike = Pick<
  AppUpdater,
  | 'setFeedURL'
  | 'checkForUpdates'
  | 'downloadUpdate'
  | 'quitAndInstall'
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'allowDowngrade'
>;

/** The machine and the installer kind this kiosk was installed with. */
export function installedKind(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): InstallerKind {
  if (platform === 'win32') return 'nsis';
  return env['APPIMAGE'] ? 'AppImage' : 'deb';
}

export function releaseTarget(platform: NodeJS.Platform, arch: string): ReleaseTarget | undefined {
  const target = `${platform}-${arch}`;
  return target === 'linux-x64' || target === 'linux-arm64' || target === 'win32-x64' ? target : undefined;
}

/** electron-updater's channel file for this machine (what electron-builder publishes). */
export function channelFile(target: ReleaseTarget): string {
  return target === 'win32-x64'
    ? 'latest.yml'
    : target === 'linux-arm64'
      ? 'latest-linux-arm64.yml'
      : 'latest-linux.yml';
}

class ElectronUpdaterDownloader implements UpdateDownloader {
  constructor(
    private readonly updater: UpdaterLike,
    private readonly feedUrl: string,
  ) {}

  async download(
    manifest: ReleaseManifest,
    file: ReleaseFile,
  ): Promise<Result<string, 'offline' | 'notFound' | 'tooLarge'>> {
    this.updater.allowDowngrade = false;
    this.updater.setFeedURL({ provider: 'generic', url: this.feedUrl });
    try {
      const check = await this.updater.checkForUpdates();
      // electron-updater's channel file must describe the release that was signed, not another.
      if (!check || check.updateInfo.version !== manifest.version)
        return err('notFound', `the feed's ${'latest*.yml'} does not offer ${manifest.version}`);
      const paths = await this.updater.downloadUpdate();
      const path = paths.find((p) => basename(p) === file.name) ?? paths[0];
      return path ? ok(path) : err('notFound', 'electron-updater downloaded nothing');
    } catch (error) {
      return err('offline', `electron-updater: ${String(error).slice(0, 200)}`);
    }
  }
}

/** Serves one kept installer as a generic feed on 127.0.0.1 until closed. */
async function serveOneRelease(
  folder: string,
  target: ReleaseTarget,
  manifest: ReleaseManifest,
  file: ReleaseFile,
): Promise<{ url: string; close: () => void }> {
  // JSON is YAML: electron-updater reads this as its channel file.
  const channel = {
    version: manifest.version,
    files: [{ url: file.name, sha512: file.sha512, size: file.size }],
    path: file.name,
    sha512: file.sha512,
    releaseDate: manifest.releasedAt,
  };
  writeFileSync(join(folder, channelFile(target)), JSON.stringify(channel));
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    if (name !== file.name && name !== channelFile(target)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200);
    createReadStream(join(folder, name)).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

class ElectronUpdaterInstaller implements UpdateInstaller {
  constructor(
    private readonly updater: UpdaterLike,
    readonly target: ReleaseTarget,
    readonly kind: InstallerKind,
    private readonly updatesDir: string,
  ) {}

  async install(
    path: string,
    manifest: ReleaseManifest,
    options: { downgrade: boolean },
  ): Promise<Result<void, 'installFailed'>> {
    try {
      if (options.downgrade) {
        const file = manifest.files.find((f) => f.target === this.target && f.kind === this.kind);
        if (!file) return err('installFailed', `the kept release has no ${this.kind} for ${this.target}`);
        const folder = join(this.updatesDir, 'rollback-feed');
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        copyFileSync(path, join(folder, file.name));
        const local = await serveOneRelease(folder, this.target, manifest, file);
        try {
          this.updater.allowDowngrade = true;
          this.updater.setFeedURL({ provider: 'generic', url: local.url });
          const check = await this.updater.checkForUpdates();
          if (!check || check.updateInfo.version !== manifest.version)
            return err('installFailed', 'electron-updater did not take the kept release');
          await this.updater.downloadUpdate();
        } finally {
          local.close();
        }
      }
      // Silent, and start the kiosk again afterwards.
      this.updater.quitAndInstall(true, true);
      return ok(undefined);
    } catch (error) {
      return err('installFailed', `electron-updater: ${String(error).slice(0, 200)}`);
    }
  }
}

/** The kiosk's update host (BackendOptions.updateHost): electron-updater, never acting on its own. */
export function electronUpdateHost(
  updater: UpdaterLike,
  platform: NodeJS.Platform,
  arch: string,
  env: NodeJS.ProcessEnv,
): ((config: UpdateConfig, updatesDir: string) => UpdateHostParts) | undefined {
  const target = releaseTarget(platform, arch);
  if (!target) return undefined;
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  return (config, updatesDir) => ({
    downloader: new ElectronUpdaterDownloader(updater, config.feedUrl ?? ''),
    installer: new ElectronUpdaterInstaller(updater, target, installedKind(platform, env), updatesDir),
  });
}
