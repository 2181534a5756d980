import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Arch, build, type Configuration, Platform } from 'electron-builder';
import { parse } from 'yaml';
import { fetchKoffiPrebuild } from './native-prebuilds.js';
import { writeStandInElectron } from './stand-in-electron.js';
import { type DirTarget, projectRoot } from './targets.js';

/**
 * Runs electron-builder's `dir` target with the project's own electron-builder.yml against a stand-in Electron
 * (stand-in-electron.ts), so nothing is downloaded: the layout, app.asar, the unpacked native modules, the extra
 * resources, the fuses and (Windows) the asar integrity resource are electron-builder's real work.
 *
 * Only what needs a download or another OS is changed, and each change is named here:
 * - `electronDist` is the stand-in;
 * - Windows: `signAndEditExecutable: false` — setting the icon and version strings runs rcedit, which
 *   electron-builder downloads (winCodeSign) and runs under Wine on Linux. The asar integrity resource is
 *   still embedded (electron-builder does that in JavaScript with resedit).
 */
export { DIR_TARGETS, type DirTarget, projectRoot } from './targets.js';

export function readBuilderConfig(): Configuration {
  return parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Configuration;
}

/**
 * A private copy of what electron-builder packs, built from the working tree: the renderer and the main-side
 * bundles built into it, package.json and the lockfile, the fonts, deploy/ (the Windows scripts are extra
 * resources), the per-target koffi packages, and its own production install (`npm ci --omit=dev`, scripts off,
 * npm's cache first). Packaging from it leaves the shared dist/ alone (another build or an end-to-end run may be
 * rewriting it) and packs exactly what this build produced.
 *
 * The stage has its own node_modules rather than a link to the project's: electron-builder lists what to pack
 * with `npm list`, and npm 11 reads a linked node_modules as the other folder's tree — every package extraneous,
 * only the direct dependencies packed (a package that could not start). A production install is also exactly
 * what a release build on a clean machine packs.
 */
export function stageProject(stageDir: string, targets: readonly DirTarget[]): string {
  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(join(stageDir, 'assets', 'fonts'), { recursive: true });
  const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  run(bin('vite'), ['build', '--outDir', join(stageDir, 'dist', 'renderer'), '--emptyOutDir', '--logLevel', 'warn']);
  run(bin('tsx'), ['scripts/build-electron.ts', '--outdir', join(stageDir, 'dist', 'electron')]);
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(projectRoot, file), join(stageDir, file));
  for (const font of readdirSync(join(projectRoot, 'assets', 'fonts')).filter((f) => f.endsWith('.otf')))
    copyFileSync(join(projectRoot, 'assets', 'fonts', font), join(stageDir, 'assets', 'fonts', font));
  cpSync(join(projectRoot, 'deploy'), join(stageDir, 'deploy'), { recursive: true });
  execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: stageDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  for (const target of targets) fetchKoffiPrebuild(stageDir, target);
  return stageDir;
}

export interface PackagedDir {
  readonly target: DirTarget;
  /** The unpacked application folder (what an installer would put on the machine). */
  readonly appDir: string;
  /** `resources/` inside it: app.asar, app.asar.unpacked and the extra resources. */
  readonly resourcesDir: string;
  /** The packaged executable (the stand-in, fuses flipped). */
  readonly executable: string;
}

/** Packages one target from a staged project (stageProject) into `<outDir>/<target>`. */
export async function packageDir(stageDir: string, target: DirTarget, outDir: string): Promise<PackagedDir> {
  const [os, arch] = target.split('-') as ['linux' | 'win32', 'x64' | 'arm64'];
  const standIn = join(outDir, `electron-stand-in-${target}`);
  writeStandInElectron(standIn, os);
  const base = readBuilderConfig();
  const output = join(outDir, target);
  const config: Configuration = {
    ...base,
    electronDist: standIn,
    directories: { ...base.directories, output },
    ...(os === 'win32' ? { win: { ...base.win, signAndEditExecutable: false } } : {}),
  };
  const platform = os === 'linux' ? Platform.LINUX : Platform.WINDOWS;
  const builderArch = arch === 'x64' ? Arch.x64 : Arch.arm64;
  await build({
    projectDir: stageDir,
    config,
    targets: platform.createTarget('dir', builderArch),
    publish: 'never',
  });
  const unpacked = join(
    output,
    os === 'linux' ? (arch === 'x64' ? 'linux-unpacked' : 'linux-arm64-unpacked') : 'win-unpacked',
  );
  const productName = base.productName ?? 'GovKiosk';
  return {
    target,
    appDir: unpacked,
    resourcesDir: join(unpacked, 'resources'),
    executable: join(unpacked, os === 'linux' ? 'gov-kiosk' : `${productName}.exe`),
  };
}
