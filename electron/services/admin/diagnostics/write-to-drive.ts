import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Room kept free on a drive beyond the file itself (the file system's own bookkeeping). */
export const DRIVE_SLACK_BYTES = 64 * 1024;

/**
 * Writes a file to a removable drive whole and on the medium: to a `.part` name, fsynced, then renamed, so a
 * technician who pulls the stick as soon as the page says done has either the whole file or none.
 */
export function writeSynced(dir: string, fileName: string, bytes: Uint8Array): void {
  const partial = join(dir, `${fileName}.part`);
  const fd = openSync(partial, 'w', 0o644);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, join(dir, fileName));
}
