import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { err, ok, type Result } from '../../../shared/result.js';
import type { UpdateInstaller } from './installer.js';
import type { ReleaseManifest, ReleaseTarget } from './release-manifest.js';

const run = promisify(execFile);

/**
 * The directory install: each version unpacked from its tar.gz into `<root>/versions/<version>`, and
 * `<root>/current` a link to the one that runs (what the service unit starts). Switching is one rename of a
 * new link over the old, so a power cut leaves one version or the other; the old version's folder stays, so
 * a rollback is the same switch back. Then `restart` (the supervisor starts `current` again).
 */
export class DirectoryInstaller implements UpdateInstaller {
  readonly kind = 'tar.gz' as const;

  constructor(
    private readonly root: string,
    readonly target: ReleaseTarget,
    private readonly restart: () => void,
  ) {}

  currentVersion(): string | undefined {
    const link = join(this.root, 'current');
    if (!existsSync(link)) return undefined;
    return readlinkSync(link).split('/').pop();
  }

  async install(path: string, manifest: ReleaseManifest): Promise<Result<void, 'installFailed'>> {
    const versions = join(this.root, 'versions');
    const folder = join(versions, manifest.version);
    const unpacking = `${folder}.unpacking`;
    try {
      rmSync(unpacking, { recursive: true, force: true });
      mkdirSync(unpacking, { recursive: true });
      await run('tar', ['-xzf', path, '-C', unpacking, '--no-same-owner']);
      rmSync(folder, { recursive: true, force: true });
      renameSync(unpacking, folder);
      const next = join(this.root, 'current.next');
      rmSync(next, { force: true });
      symlinkSync(join('versions', manifest.version), next);
      renameSync(next, join(this.root, 'current'));
    } catch (error) {
      rmSync(unpacking, { recursive: true, force: true });
      return err('installFailed', `Unpacking ${manifest.version} failed: ${String(error).slice(0, 200)}`);
    }
    this.restart();
    return ok(undefined);
  }
}
