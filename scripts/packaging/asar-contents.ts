import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DirTarget } from './targets.js';

/**
 * What app.asar must and must not hold, derived from package-lock.json (the production dependency tree npm
 * installed) rather than from a list kept by hand, so a new dependency is checked the day it is added.
 *
 * electron-builder lays node_modules out again (it may hoist a nested copy and nest the top one: otpauth's
 * @noble/hashes 2 at the top, pdfkit's 1.8 under pdfkit), so paths are not compared. What must hold is what
 * Node will see: every production package at its version, and every `require` of a dependency resolving — by
 * Node's own walk up the node_modules folders — to the version npm resolved for it.
 */
interface LockPackage {
  readonly name?: string;
  readonly version?: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly optional?: boolean;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
  readonly link?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

/** Production packages electron-builder.yml leaves out on purpose, each with its reason (its files patterns say the same). */
export const LEFT_OUT: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  {
    pattern: /^@napi-rs\//,
    why: "pdfjs-dist's optional Node canvas: the renderer draws with the browser's canvas and main never loads pdfjs-dist",
  },
];

/** The package name a node_modules path ends in: `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function packageNameOf(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  return path.slice(at + 'node_modules/'.length);
}

/** The folder whose node_modules holds `path`: `node_modules/a/node_modules/b` → `node_modules/a`, top → ''. */
function ownerOf(path: string): string {
  const at = path.lastIndexOf('/node_modules/');
  return at < 0 ? '' : path.slice(0, at);
}

/** Node's resolution of a bare name from a package folder, over a set of package folders. */
export function resolveFrom(from: string, name: string, has: (path: string) => boolean): string | undefined {
  for (let dir = from; ; dir = ownerOf(dir)) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (has(candidate)) return candidate;
    if (!dir) return undefined;
  }
}

export interface Lockfile {
  readonly packages: ReadonlyMap<string, LockPackage>;
}

export function readLockfile(root: string): Lockfile {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockPackage>;
  };
  const packages = new Map<string, LockPackage>();
  for (const [path, pkg] of Object.entries(lock.packages))
    if (path.startsWith('node_modules/') && !pkg.link) packages.set(path, pkg);
  return { packages };
}

function fitsTarget(pkg: LockPackage, target: DirTarget): boolean {
  const [os, cpu] = target.split('-') as [string, string];
  return (!pkg.os || pkg.os.includes(os)) && (!pkg.cpu || pkg.cpu.includes(cpu));
}

const leftOut = (name: string) => LEFT_OUT.some((l) => l.pattern.test(name));

/** `name@version` of every package the target needs at run time (production, for its platform, not left out). */
export function productionPackages(lock: Lockfile, target: DirTarget): Set<string> {
  const wanted = new Set<string>();
  for (const [path, pkg] of lock.packages) {
    const name = packageNameOf(path);
    if (pkg.dev || pkg.devOptional || leftOut(name) || !fitsTarget(pkg, target)) continue;
    wanted.add(`${name}@${pkg.version}`);
  }
  return wanted;
}

export interface ArchiveProblems {
  /** Production packages not in the archive at their version. */
  readonly missing: string[];
  /** Packages in the archive that npm installed only for development, or for another platform, or left out. */
  readonly unwanted: string[];
  /** `from → name: found, npm resolved` where Node would load another version than npm installed. */
  readonly misresolved: string[];
}

/**
 * Compares the archive's node_modules (`archivePackages`: package folder → its package.json) with the lockfile.
 */
export function compareWithLock(
  lock: Lockfile,
  target: DirTarget,
  archivePackages: ReadonlyMap<string, { version: string }>,
  appDependencies: readonly string[],
): ArchiveProblems {
  const wanted = productionPackages(lock, target);
  const inArchive = new Set([...archivePackages].map(([path, meta]) => `${packageNameOf(path)}@${meta.version}`));
  const missing = [...wanted].filter((p) => !inArchive.has(p)).sort();
  const unwanted = [...inArchive].filter((p) => !wanted.has(p)).sort();

  // Where npm put each name@version (a production copy), to ask npm's resolution from the same package.
  const lockHome = new Map<string, string>();
  for (const [path, pkg] of lock.packages) if (!pkg.dev) lockHome.set(`${packageNameOf(path)}@${pkg.version}`, path);
  const inLock = (p: string) => lock.packages.has(p) && !lock.packages.get(p)?.dev;
  const misresolved: string[] = [];
  const check = (archiveFrom: string, lockFrom: string, deps: Iterable<string>) => {
    for (const dep of deps) {
      if (leftOut(dep)) continue;
      const npmPath = resolveFrom(lockFrom, dep, inLock);
      const npmPkg = npmPath ? lock.packages.get(npmPath) : undefined;
      if (!npmPkg || !fitsTarget(npmPkg, target)) continue; // optional and not installed for this platform
      const found = resolveFrom(archiveFrom, dep, (p) => archivePackages.has(p));
      const foundVersion = found ? archivePackages.get(found)?.version : undefined;
      if (foundVersion !== npmPkg.version)
        misresolved.push(`${archiveFrom || '(app)'} → ${dep}: ${foundVersion ?? 'nothing'}, npm has ${npmPkg.version}`);
    }
  };
  check('', '', appDependencies);
  for (const [path, meta] of archivePackages) {
    const home = lockHome.get(`${packageNameOf(path)}@${meta.version}`);
    const pkg = home ? lock.packages.get(home) : undefined;
    if (!home || !pkg) continue; // reported as unwanted
    check(path, home, [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})]);
  }
  return { missing, unwanted, misresolved };
}
