import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ReleaseKey } from '../../../shared/config/update-config.js';
import type { ReleaseManifest } from '../../../electron/services/update/release-manifest.js';
import { releaseKeyOf, signRelease } from '../../../electron/services/update/release-signature.js';

/**
 * A release feed for the update tests: a folder served over HTTP on 127.0.0.1 (what a site's intranet server
 * does), releases built as real tar.gz installers and signed with real Ed25519 keys.
 */
export interface ReleaseKeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: ReleaseKey;
}

export function newReleaseKey(): ReleaseKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: releaseKeyOf(privateKey) };
}

export class ReleaseFeed {
  /** Every path asked for, in order (to see that nothing was downloaded after a refusal). */
  readonly requests: string[] = [];
  private server: Server | undefined;
  url = '';

  constructor(readonly folder: string) {
    mkdirSync(folder, { recursive: true });
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
      this.requests.push(name);
      try {
        if (!/^[A-Za-z0-9._+-]+$/.test(name)) throw new Error('bad name');
        const body = readFileSync(join(this.folder, name));
        response.writeHead(200, { 'content-length': body.length }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Builds `<version>`'s installer (a tar.gz whose VERSION file says which it is) into the feed folder. */
  buildInstaller(version: string, work: string): { name: string; bytes: Buffer } {
    const content = join(work, `content-${version}`);
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, 'VERSION'), `${version}\n`);
    writeFileSync(join(content, 'gov-kiosk'), `#!/bin/sh\necho gov-kiosk ${version}\n`, { mode: 0o755 });
    const name = `gov-kiosk-${version}-linux-x64.tar.gz`;
    execFileSync('tar', ['-czf', join(this.folder, name), '-C', content, '.']);
    return { name, bytes: readFileSync(join(this.folder, name)) };
  }

  /** Publishes a release: its installer, release.json and (unless told not to) its signature. */
  publish(
    version: string,
    work: string,
    options: { key?: ReleaseKeyPair; stagingPercentage?: number; sign?: boolean } = {},
  ): ReleaseManifest {
    const installer = this.buildInstaller(version, work);
    const manifest: ReleaseManifest = {
      format: 1,
      product: 'gov-kiosk',
      version,
      releasedAt: '2026-12-04T03:00:00Z',
      stagingPercentage: options.stagingPercentage ?? 100,
      files: [
        {
          target: 'linux-x64',
          kind: 'tar.gz',
          name: installer.name,
          sha512: createHash('sha512').update(installer.bytes).digest('base64'),
          size: installer.bytes.length,
        },
      ],
    };
    const text = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(this.folder, 'release.json'), text);
    if (options.sign !== false && options.key)
      writeFileSync(join(this.folder, 'release.json.sig'), signRelease(text, options.key.privateKey));
    return manifest;
  }
}
