import { join } from 'node:path';
import { ok, type Result } from '../../../shared/result.js';
import type { UpdateDownloader } from './installer.js';
import type { ReleaseFile, ReleaseManifest } from './release-manifest.js';
import { downloadFile } from './update-feed.js';

/** Downloads an installer straight from the feed into `<updatesDir>/downloads/<version>/` (the directory install). */
export class HttpDownloader implements UpdateDownloader {
  constructor(
    private readonly feedUrl: string,
    private readonly updatesDir: string,
  ) {}

  async download(
    manifest: ReleaseManifest,
    file: ReleaseFile,
  ): Promise<Result<string, 'offline' | 'notFound' | 'tooLarge'>> {
    const got = await downloadFile(this.feedUrl, file, join(this.updatesDir, 'downloads', manifest.version, file.name));
    return got.ok ? ok(got.value.path) : got;
  }
}
