import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractAll, extractFile, getRawHeader, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import type { Browser } from 'playwright-core';
import { NtExecutable, NtExecutableResource } from 'resedit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../test/support/chromium.js';
import { compareWithLock, LEFT_OUT, productionPackages, readLockfile } from './asar-contents.js';
import { binaryKind, compareVersions, newestSymbolVersion } from './binary-arch.js';
import {
  DIR_TARGETS,
  type DirTarget,
  type PackagedDir,
  packageDir,
  projectRoot,
  readBuilderConfig,
  stageProject,
} from './package-dirs.js';

/**
 * The package check (`npm run package:check`; .ci/run runs it after `npm test`). It builds the app into a
 * staging folder, packages it with electron-builder's `dir` target for linux-x64, linux-arm64 and win32-x64
 * against a stand-in Electron (nothing is downloaded), and checks what came out:
 *
 * - app.asar holds the main, preload, device-host and web-host bundles, the whole renderer build and the
 *   fonts, and every production package package-lock.json lists, at its version; and nothing dev-only — no
 *   dev package, no source map, no TypeScript source, test, fixture or developer data;
 * - every native module's prebuilt binary for the target is there, outside the archive (asarUnpack), and is
 *   built for the target's machine (ELF/PE header), with no other architecture's koffi beside it;
 * - the fuses are flipped as electron-builder.yml says, and on Windows the asar integrity resource matches
 *   the archive's header;
 * - the backend started from the packaged files — the linux-x64 archive extracted with @electron/asar, run by
 *   plain Node 24 (the project's own `node`) from a folder outside the repository — serves a kiosk that
 *   Chromium renders, and refuses to serve as a demo with the default configuration the deb ships.
 *
 * What cannot run here: the real Electron binary (it cannot be downloaded), the deb (fpm), the AppImage
 * (appimagetool) and NSIS installers, and rcedit on the Windows executable — docs/deployment.md says so.
 */
const outDir = join(projectRoot, 'release', 'package-check');
const screenshots = join(projectRoot, 'test', 'output', 'screenshots');
const builderConfig = readBuilderConfig();

/** Kylin V10 and UOS 20 ship glibc 2.28 and GCC 7/8's libstdc++ (docs/deployment.md, 'Supported systems'). */
const GLIBC_FLOOR = [2, 28];
const GLIBCXX_FLOOR = [3, 4, 24];

const packaged = new Map<DirTarget, PackagedDir>();
let stageDir = '';

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  stageDir = stageProject(join(outDir, 'stage'), DIR_TARGETS);
  for (const target of DIR_TARGETS) packaged.set(target, await packageDir(stageDir, target, outDir));
}, 600_000);

function dirOf(target: DirTarget): PackagedDir {
  const dir = packaged.get(target);
  if (!dir) throw new Error(`${target} was not packaged`);
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

const NATIVE: Record<DirTarget, readonly string[]> = {
  'linux-x64': [
    'node_modules/@serialport/bindings-cpp/prebuilds/linux-x64/@serialport+bindings-cpp.glibc.node',
    'node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node',
  ],
  'linux-arm64': [
    'node_modules/@serialport/bindings-cpp/prebuilds/linux-arm64/@serialport+bindings-cpp.armv8.glibc.node',
    'node_modules/@koromix/koffi-linux-arm64/linux_arm64/koffi.node',
  ],
  'win32-x64': [
    'node_modules/@serialport/bindings-cpp/prebuilds/win32-x64/@serialport+bindings-cpp.node',
    'node_modules/@koromix/koffi-win32-x64/win32_x64/koffi.node',
  ],
};

describe.each(DIR_TARGETS)('the %s package', (target) => {
  const archive = () => join(dirOf(target).resourcesDir, 'app.asar');
  const entries = () => new Set(listPackage(archive(), { isPack: false }).map((p) => p.replaceAll('\\', '/').slice(1)));

  it('holds the main, preload, device-host and web-host bundles, the whole renderer and the fonts', () => {
    const inArchive = entries();
    for (const bundle of ['main.cjs', 'preload.cjs', 'device-host.cjs', 'web-host.mjs'])
      expect(inArchive.has(`dist/electron/${bundle}`), bundle).toBe(true);
    const renderer = filesUnder(join(stageDir, 'dist', 'renderer'));
    expect(renderer).toContain('index.html');
    for (const file of renderer) expect(inArchive.has(`dist/renderer/${file}`), file).toBe(true);
    for (const font of ['NotoSansSC-Regular.otf', 'NotoSansSC-Bold.otf'])
      expect(inArchive.has(`assets/fonts/${font}`), font).toBe(true);
    const pkg = JSON.parse(extractFile(archive(), 'package.json').toString('utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('holds every production package at its locked version, each resolving as npm resolved it, and nothing dev-only', () => {
    const { dependencies } = JSON.parse(readFileSync(join(stageDir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const lock = readLockfile(stageDir);
    expect(productionPackages(lock, target).size).toBeGreaterThan(20);
    const problems = compareWithLock(lock, target, archivePackages(archive()), Object.keys(dependencies));
    expect(problems.missing, 'production packages missing from app.asar').toEqual([]);
    expect(
      problems.unwanted,
      `dev-only, other-platform or left-out packages in app.asar (left out: ${LEFT_OUT.map((l) => l.why).join('; ')})`,
    ).toEqual([]);
    expect(problems.misresolved, 'a require would load another version than npm installed').toEqual([]);
  });

  it('holds no source map, TypeScript source, test, fixture or developer data', () => {
    const files = [...entries()].filter((p) => statFileKind(archive(), p) === 'file');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // Our own files: only the built app, the fonts and package.json.
    const own = files.filter((f) => !f.startsWith('node_modules/'));
    expect(
      own.filter((f) => !/^(dist\/(electron|renderer)\/|assets\/fonts\/[^/]+\.otf$|package\.json$)/.test(f)),
    ).toEqual([]);
    const devish = /(^|\/)(test|tests|__tests__|fixtures?|\.kiosk-data[^/]*)\/|\.(test|spec|e2e)\.[cm]?[jt]sx?$/;
    expect(own.filter((f) => devish.test(f))).toEqual([]);
    // TypeScript sources (not declarations), ours or a dependency's, have no business at run time.
    expect(files.filter((f) => /\.(tsx?|mts|cts)$/.test(f) && !/\.d\.[cm]?ts$/.test(f))).toEqual([]);
  });

  it("carries its native modules' prebuilt binaries for its own machine, unpacked", () => {
    const { resourcesDir } = dirOf(target);
    for (const path of NATIVE[target]) {
      const onDisk = join(resourcesDir, 'app.asar.unpacked', path);
      expect(existsSync(onDisk), `${path} unpacked`).toBe(true);
      expect(binaryKind(onDisk), path).toBe(target);
      expect((statFile(archive(), path) as { unpacked?: boolean }).unpacked, `${path} marked unpacked`).toBe(true);
    }
    // No native binary is left inside the archive, where it could not be loaded.
    const packedNative = [...entries()].filter(
      (p) => p.endsWith('.node') && !(statFile(archive(), p) as { unpacked?: boolean }).unpacked,
    );
    expect(packedNative).toEqual([]);
    // Koffi for this target only (the build machine's own package would be the wrong architecture elsewhere).
    const koffis = readdirSync(join(resourcesDir, 'app.asar.unpacked', 'node_modules', '@koromix'));
    expect(koffis).toEqual([`koffi-${target}`]);
  });

  it.runIf(target.startsWith('linux'))(
    'asks no more of the C and C++ libraries than the floor docs/deployment.md states (glibc 2.28, GLIBCXX 3.4.24)',
    () => {
      const unpacked = join(dirOf(target).resourcesDir, 'app.asar.unpacked');
      const natives = filesUnder(unpacked)
        .filter((f) => f.endsWith('.node'))
        .map((f) => join(unpacked, f))
        .filter((f) => binaryKind(f) === target);
      expect(natives.length).toBeGreaterThanOrEqual(2);
      for (const file of natives) {
        const glibc = newestSymbolVersion(file, 'GLIBC_') ?? [0];
        const cxx = newestSymbolVersion(file, 'GLIBCXX_') ?? [0];
        expect(
          compareVersions(glibc, GLIBC_FLOOR),
          `${relative(unpacked, file)} needs glibc ${glibc.join('.')}`,
        ).toBeLessThanOrEqual(0);
        expect(
          compareVersions(cxx, GLIBCXX_FLOOR),
          `${relative(unpacked, file)} needs GLIBCXX ${cxx.join('.')}`,
        ).toBeLessThanOrEqual(0);
      }
    },
  );

  it('has the fuses electron-builder.yml sets flipped in its executable', async () => {
    const wire = await getCurrentFuseWire(dirOf(target).executable);
    const fuses = builderConfig.electronFuses as Record<string, boolean>;
    const index: Record<string, FuseV1Options> = {
      runAsNode: FuseV1Options.RunAsNode,
      enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
      enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
      enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
      loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
      grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
    };
    for (const [name, on] of Object.entries(fuses)) {
      const at = index[name];
      expect(at, `unknown fuse ${name}`).toBeDefined();
      expect((wire as Record<number, number>)[at as number], name).toBe(on ? 49 : 48);
    }
  });

  it.runIf(target.startsWith('win32'))('embeds the asar integrity hash of its archive in the executable', () => {
    const exe = NtExecutable.from(readFileSync(dirOf(target).executable));
    const entry = NtExecutableResource.from(exe).entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
    expect(entry).toBeDefined();
    const list = JSON.parse(Buffer.from(entry?.bin ?? new ArrayBuffer(0)).toString('utf8')) as {
      file: string;
      alg: string;
      value: string;
    }[];
    const header = getRawHeader(archive()).headerString;
    expect(list).toEqual([
      { file: 'resources\\app.asar', alg: 'SHA256', value: createHash('sha256').update(header).digest('hex') },
    ]);
  });
});

/** Every package folder in the archive's node_modules, with its version. */
function archivePackages(archive: string): Map<string, { version: string }> {
  const found = new Map<string, { version: string }>();
  for (const entry of listPackage(archive, { isPack: false })) {
    const path = entry.replaceAll('\\', '/').slice(1);
    const folder = /^((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/.exec(path)?.[1];
    if (!folder) continue;
    const meta = JSON.parse(extractFile(archive, path).toString('utf8')) as { version?: string };
    if (meta.version) found.set(folder, { version: meta.version });
  }
  return found;
}

describe('the win32-x64 package, besides', () => {
  it('ships the lockdown scripts where the uninstaller looks for the undo (resources\\deploy)', () => {
    const deploy = join(dirOf('win32-x64').resourcesDir, 'deploy');
    for (const script of ['Set-KioskLockdown.ps1', 'Undo-KioskLockdown.ps1', 'KioskLockdown.Common.ps1'])
      expect(readFileSync(join(deploy, script), 'utf8')).toBe(
        readFileSync(join(projectRoot, 'deploy/windows', script), 'utf8'),
      );
  });
});

/**
 * Found by this check, fixed: the kiosk used to fork its device hosts with ELECTRON_RUN_AS_NODE, which the
 * RunAsNode fuse (off in electron-builder.yml) makes Electron ignore — in the packaged app a device host would
 * have started a second kiosk and quit, so no native driver could run. Main now starts them with Electron's
 * utilityProcess (electron/main/utility-host-launcher.ts).
 */
describe('device hosts in the packaged Electron app', () => {
  it('start as utility processes: main does not rely on ELECTRON_RUN_AS_NODE, which the fuse turns off', () => {
    const main = extractFile(join(dirOf('linux-x64').resourcesDir, 'app.asar'), 'dist/electron/main.cjs').toString(
      'utf8',
    );
    expect((builderConfig.electronFuses as { runAsNode?: boolean }).runAsNode).toBe(false);
    expect(main.includes('ELECTRON_RUN_AS_NODE')).toBe(false);
    expect(main).toContain('utilityProcess.fork');
  });
});

function statFileKind(archive: string, path: string): 'file' | 'dir' | 'link' {
  const s = statFile(archive, path) as { files?: unknown; link?: unknown };
  return s.files ? 'dir' : s.link ? 'link' : 'file';
}

/**
 * The packaged backend: the linux-x64 archive extracted (unpacked natives included) into a folder outside the
 * repository, so nothing can resolve back to the working tree, and its web-host entry run by plain Node 24.
 */
describe('the backend started from the packaged files', () => {
  const appDir = join(outDir, 'extracted-linux-x64');
  const running: ChildProcess[] = [];
  let browser: Browser | undefined;

  beforeAll(async () => {
    rmSync(appDir, { recursive: true, force: true });
    extractAll(join(dirOf('linux-x64').resourcesDir, 'app.asar'), appDir);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const child of running) child.kill('SIGTERM');
  });

  /** Starts `node dist/electron/web-host.mjs --deployed` from the extracted app; resolves to its address. */
  async function startPackaged(name: string, config: string): Promise<string> {
    const data = join(outDir, `data-${name}`);
    rmSync(data, { recursive: true, force: true });
    rmSync(`${data}.keys`, { recursive: true, force: true });
    mkdirSync(data, { recursive: true });
    const child = spawn(
      'node',
      [join(appDir, 'dist/electron/web-host.mjs'), '--deployed', '--config', config, '--data-dir', data, '--port', '0'],
      { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KIOSK_CONFIG: undefined } },
    );
    running.push(child);
    let output = '';
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the packaged web host did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the packaged web host exited (${code}):\n${output}`));
      });
    });
  }

  async function open(url: string, shot: string) {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(url);
    return {
      page,
      async screenshot() {
        mkdirSync(screenshots, { recursive: true });
        await page.screenshot({ path: join(screenshots, `${shot}.png`) });
      },
      close: () => context.close(),
    };
  }

  it('runs on Node 24 from the extracted app, and its native modules load there', () => {
    const probe = `
      const { createRequire } = require('node:module');
      const r = createRequire(${JSON.stringify(join(appDir, 'dist/electron/main.cjs'))});
      const koffi = r('koffi');
      const bindings = r('@serialport/bindings-cpp');
      const PDFDocument = r('pdfkit');
      const doc = new PDFDocument();
      doc.registerFont('k', ${JSON.stringify(join(appDir, 'assets/fonts/NotoSansSC-Regular.otf'))});
      doc.font('k').text('政务服务');
      doc.end();
      console.log(JSON.stringify({
        node: process.versions.node,
        koffi: r.resolve('koffi'),
        koffiNative: typeof koffi.load,
        serialport: r.resolve('@serialport/bindings-cpp'),
        list: typeof bindings.autoDetect().list,
      }));`;
    const out = JSON.parse(execFileSync('node', ['-e', probe], { cwd: appDir, encoding: 'utf8' })) as Record<
      string,
      string
    >;
    expect(out.node?.split('.')[0]).toBe('24');
    expect(out.koffi?.startsWith(appDir)).toBe(true);
    expect(out.serialport?.startsWith(appDir)).toBe(true);
    expect(out.koffiNative).toBe('function');
    expect(out.list).toBe('function');
  });

  it('serves a kiosk that Chromium renders, with a deployed configuration', async () => {
    const config = join(outDir, 'deployed.config.json');
    writeFileSync(
      config,
      JSON.stringify({ kioskId: 'PKG-CHECK-01', platform: { kind: 'embedded' }, devices: {}, developerMode: false }),
    );
    const url = await startPackaged('deployed', config);
    const view = await open(url, 'package-check-packaged-kiosk');
    try {
      await view.page.locator('[data-screen="attract"]').waitFor({ timeout: 30_000 });
      await view.page.evaluate(() => document.fonts.ready);
      await view.screenshot();
      expect(await view.page.locator('[data-screen="out-of-service"]').count()).toBe(0);
      const info = await view.page.evaluate(async () => {
        const token = new URL(location.href).searchParams.get('token') ?? '';
        const reply = await fetch('/api/invoke/app.info', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: '{}',
        });
        return { status: reply.status, body: await reply.text() };
      });
      expect(info.body).toContain('PKG-CHECK-01');
    } finally {
      await view.close();
    }
  }, 120_000);

  it('is out of service with the default configuration the deb ships, and says what is missing', async () => {
    const url = await startPackaged('shipped-default', join(projectRoot, 'deploy/linux/kiosk.config.json'));
    const view = await open(url, 'package-check-shipped-default');
    try {
      const screen = view.page.locator('[data-screen="out-of-service"]');
      await screen.waitFor({ timeout: 30_000 });
      await view.page.evaluate(() => document.fonts.ready);
      await view.screenshot();
      expect(await view.page.locator('[data-screen="attract"]').count()).toBe(0);
      expect(await view.page.locator('[data-reason]').textContent()).toMatch(/kioskId/);
    } finally {
      await view.close();
    }
  }, 120_000);
});
