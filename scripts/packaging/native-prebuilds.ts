import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DirTarget } from './targets.js';

/**
 * Koffi 3 ships its native code in one npm package per platform (`@koromix/koffi-linux-arm64`, …), listed as
 * optional dependencies, so `npm ci` installs only the build machine's own. A package for another platform
 * or architecture needs the target's: this fetches exactly the version package-lock.json pins, checks the
 * tarball against the lockfile's integrity hash and unpacks it into `release/prebuilds/<target>/`, from where
 * electron-builder.yml copies it next to koffi in the unpacked node_modules (where koffi looks first,
 * under Electron and under plain Node alike). Serialport needs nothing: @serialport/bindings-cpp carries the
 * prebuilds of every platform in its own package.
 *
 * `npm run dist` runs this before electron-builder; so does the package check. It asks the npm registry
 * through npm itself (`npm pack`), so npm's cache serves a machine that fetched it before.
 */
export const PREBUILDS_DIR = 'release/prebuilds';

export function koffiPackageName(target: DirTarget): string {
  return `@koromix/koffi-${target}`;
}

interface LockEntry {
  readonly version: string;
  readonly integrity: string;
}

function lockEntry(root: string, name: string): LockEntry {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, Partial<LockEntry> | undefined>;
  };
  const entry = lock.packages[`node_modules/${name}`];
  if (!entry?.version || !entry.integrity) throw new Error(`${name} is not pinned in package-lock.json`);
  return { version: entry.version, integrity: entry.integrity };
}

function integrityOf(file: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

/** Fetches and unpacks the target's koffi package; returns the folder that holds its package.json. */
export function fetchKoffiPrebuild(root: string, target: DirTarget): string {
  const name = koffiPackageName(target);
  const { version, integrity } = lockEntry(root, name);
  const dest = join(root, PREBUILDS_DIR, target, 'koffi');
  const marker = join(root, PREBUILDS_DIR, target, 'koffi.integrity');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === integrity) return dest;

  const work = join(root, PREBUILDS_DIR, '.download', target);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const out = execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', work, '--json', '--silent'], {
    cwd: work,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [packed] = JSON.parse(out) as { filename: string }[];
  if (!packed) throw new Error(`npm pack ${name}@${version} gave no file`);
  const tarball = join(work, packed.filename);
  const actual = integrityOf(tarball);
  if (actual !== integrity) {
    throw new Error(`${name}@${version}: the tarball's hash ${actual} is not package-lock.json's ${integrity}`);
  }
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dest, '--strip-components=1']);
  writeFileSync(marker, integrity);
  rmSync(work, { recursive: true, force: true });
  return dest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { DIR_TARGETS, projectRoot } = await import('./targets.js');
  for (const target of DIR_TARGETS) {
    process.stdout.write(`${koffiPackageName(target)} → ${fetchKoffiPrebuild(projectRoot, target)}\n`);
  }
}
