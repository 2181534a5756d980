import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';

/**
 * A stand-in for Electron's unpacked distribution, for electron-builder's `electronDist` on a machine that
 * cannot download the real one. It is for packaging only — it runs nothing — but it is shaped so electron-builder
 * does to it what it does to Electron:
 *
 * - the executable carries Electron's fuse wire (the sentinel, version 1, the default states of Electron 45),
 *   so electron-builder's `electronFuses` really flips it and the check can read the result back;
 * - `electron.exe` is a real (empty) PE image with a version resource, so electron-builder can embed the asar
 *   integrity resource in it as it does in Electron's;
 * - `resources/`, `locales/` and the licence files are where Electron keeps them.
 */

/** @electron/fuses' sentinel: the fuse wire follows it (version byte, length byte, one byte per fuse). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's own defaults, in @electron/fuses' order (RunAsNode, EnableCookieEncryption,
 * EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation,
 * OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges): '1' on, '0' off.
 */
const DEFAULT_WIRE = '10110001';

export const STAND_IN_MARK = 'gov-kiosk stand-in Electron';

function fuseWire(): Buffer {
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE, 'latin1'),
  ]);
}

function linuxExecutable(): Buffer {
  return Buffer.concat([
    Buffer.from(`#!/bin/sh\n# ${STAND_IN_MARK}: packaging only, it cannot run the kiosk.\n# fuses: `, 'latin1'),
    fuseWire(),
    Buffer.from(`\necho '${STAND_IN_MARK}: not the real Electron binary' >&2\nexit 1\n`, 'latin1'),
  ]);
}

function windowsExecutable(): Buffer {
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  const lang = { lang: 1033, codepage: 1200 };
  version.setStringValues(lang, { ProductName: 'Electron', FileDescription: STAND_IN_MARK, CompanyName: 'none' });
  version.setFileVersion(45, 0, 0, 0, lang.lang);
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  // The wire goes after the image, where electron-builder's resource editor keeps it (an overlay).
  exe.setExtraData(fuseWire());
  return Buffer.from(exe.generate());
}

/** Writes the stand-in for one platform into `dir` (emptied by electron-builder's copy anyway). */
export function writeStandInElectron(dir: string, platform: 'linux' | 'win32'): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(join(dir, 'locales', 'zh-CN.pak'), '');
  writeFileSync(join(dir, 'LICENSE'), `${STAND_IN_MARK}\n`);
  writeFileSync(join(dir, 'LICENSES.chromium.html'), `<p>${STAND_IN_MARK}</p>\n`);
  writeFileSync(join(dir, 'version'), '45.4.1');
  if (platform === 'linux') {
    const exe = join(dir, 'electron');
    writeFileSync(exe, linuxExecutable());
    chmodSync(exe, 0o755);
    writeFileSync(join(dir, 'chrome-sandbox'), '');
    return exe;
  }
  const exe = join(dir, 'electron.exe');
  writeFileSync(exe, windowsExecutable());
  return exe;
}
