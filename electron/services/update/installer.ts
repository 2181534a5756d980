import type { Result } from '../../../shared/result.js';
import type { InstallerKind, ReleaseFile, ReleaseManifest, ReleaseTarget } from './release-manifest.js';

/**
 * The two OS-specific halves of an update, behind small interfaces like the devices: getting an installer onto
 * the disk and installing it. The update service (update-service.ts) does everything between — it checks the
 * signature before a download, the file's SHA-512 after it and again before installing, and chooses the moment.
 *
 * - Electron: electron-updater downloads and installs deb, AppImage or NSIS (electron/main/electron-updater-glue.ts).
 * - The directory install (tar.gz into versions/<version>, a `current` link swapped): directory-installer.ts,
 *   with the plain HTTP download of update-feed.ts. The web host and the tests use it.
 */
export interface UpdateDownloader {
  /** Puts the release's installer for this machine on the disk; returns where. The caller checks its hash. */
  download(manifest: ReleaseManifest, file: ReleaseFile): Promise<Result<string, 'offline' | 'notFound' | 'tooLarge'>>;
}

export interface UpdateInstaller {
  readonly target: ReleaseTarget;
  readonly kind: InstallerKind;
  /**
   * Installs a checked installer file and restarts into it (a downgrade when rolling back). Resolves once it
   * has handed over; the process may end soon after.
   */
  install(
    path: string,
    manifest: ReleaseManifest,
    options: { readonly downgrade: boolean },
  ): Promise<Result<void, 'installFailed'>>;
}
