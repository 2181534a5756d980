import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseFile, ReleaseTarget } from '../../electron/services/update/release-manifest.js';

/**
 * The installers of one version in electron-builder's output folder, named as electron-builder.yml names them:
 * GovKiosk-Setup-<version>-x64.exe (NSIS), gov-kiosk-<version>-<x64|arm64>.<deb|AppImage|tar.gz>.
 */
export function releaseFilesIn(folder: string, version: string): ReleaseFile[] {
  const v = version.replace(/[.+]/g, (c) => `\\${c}`);
  const linux = new RegExp(`^gov-kiosk-${v}-(x64|arm64)\\.(deb|AppImage|tar\\.gz)$`);
  const windows = new RegExp(`^GovKiosk-Setup-${v}-x64\\.exe$`);
  const files: ReleaseFile[] = [];
  for (const name of readdirSync(folder).sort()) {
    const l = linux.exec(name);
    const target: ReleaseTarget | undefined = l
      ? l[1] === 'arm64'
        ? 'linux-arm64'
        : 'linux-x64'
      : windows.test(name)
        ? 'win32-x64'
        : undefined;
    if (!target) continue;
    const kind = l ? (l[2] as 'deb' | 'AppImage' | 'tar.gz') : 'nsis';
    const bytes = readFileSync(join(folder, name));
    files.push({
      target,
      kind,
      name,
      sha512: createHash('sha512').update(bytes).digest('base64'),
      size: statSync(join(folder, name)).size,
    });
  }
  return files;
}
