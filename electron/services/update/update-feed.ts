import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { err, ok, type Result } from '../../../shared/result.js';
import { MANIFEST_NAME, MAX_MANIFEST_BYTES, type ReleaseFile, SIGNATURE_NAME } from './release-manifest.js';

/**
 * The site's release feed over HTTP: release.json and its signature, and the installers beside them. Every
 * failure to reach it is `offline` (try at the next check), never an error screen; what it returns is
 * checked by the caller (release-signature.ts), so nothing here trusts the channel.
 */
export interface FetchedRelease {
  readonly manifestBytes: Buffer;
  readonly signatureBytes: Buffer;
}

export type FeedFailure = 'offline' | 'notFound' | 'tooLarge' | 'unsigned';

function urlIn(feedUrl: string, name: string): string {
  return new URL(name, feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`).href;
}

async function fetchSmall(url: string, limit: number, timeoutMs: number): Promise<Result<Buffer, FeedFailure>> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch {
    return err('offline', 'The release feed cannot be reached.');
  }
  if (response.status === 404) return err('notFound', `The feed has no ${new URL(url).pathname.split('/').pop()}.`);
  if (!response.ok) return err('offline', `The release feed answered HTTP ${response.status}.`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > limit) return err('tooLarge', 'The feed sent a file far larger than a release description.');
  try {
    const body = Buffer.from(await response.arrayBuffer());
    return body.length > limit
      ? err('tooLarge', 'The feed sent a file far larger than a release description.')
      : ok(body);
  } catch {
    return err('offline', 'The release feed stopped answering.');
  }
}

export async function fetchRelease(feedUrl: string, timeoutMs = 15_000): Promise<Result<FetchedRelease, FeedFailure>> {
  const manifest = await fetchSmall(urlIn(feedUrl, MANIFEST_NAME), MAX_MANIFEST_BYTES, timeoutMs);
  if (!manifest.ok) return manifest;
  const signature = await fetchSmall(urlIn(feedUrl, SIGNATURE_NAME), 4096, timeoutMs);
  if (!signature.ok)
    return signature.error.code === 'notFound'
      ? err('unsigned', 'The release is not signed (no release.json.sig).')
      : signature;
  return ok({ manifestBytes: manifest.value, signatureBytes: signature.value });
}

/** SHA-512 of a stream as the manifest writes it (base64). */
export function sha512Base64(data: Buffer): string {
  return createHash('sha512').update(data).digest('base64');
}

/**
 * Downloads one installer from the feed into `destination`, never more than the manifest's size; returns what
 * arrived and its SHA-512 (the caller compares it with the signed manifest before anything else).
 */
export async function downloadFile(
  feedUrl: string,
  file: ReleaseFile,
  destination: string,
  timeoutMs = 30 * 60_000,
): Promise<Result<{ path: string; sha512: string; size: number }, Exclude<FeedFailure, 'unsigned'>>> {
  let response: Response;
  try {
    response = await fetch(urlIn(feedUrl, file.name), { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch {
    return err('offline', 'The release feed cannot be reached.');
  }
  if (response.status === 404) return err('notFound', `The feed has no ${file.name}.`);
  if (!response.ok || !response.body) return err('offline', `The release feed answered HTTP ${response.status}.`);
  mkdirSync(dirname(destination), { recursive: true });
  const hash = createHash('sha512');
  let size = 0;
  let tooLarge = false;
  const counted = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>).map(
    (chunk: Buffer) => {
      size += chunk.length;
      if (size > file.size) {
        tooLarge = true;
        throw new Error('larger than the manifest says');
      }
      hash.update(chunk);
      return chunk;
    },
  );
  try {
    await pipeline(counted, createWriteStream(destination, { mode: 0o600 }));
  } catch {
    rmSync(destination, { force: true });
    return tooLarge
      ? err('tooLarge', `${file.name} is larger than the signed release says.`)
      : err('offline', `The download of ${file.name} broke off.`);
  }
  return ok({ path: destination, sha512: hash.digest('base64'), size });
}
