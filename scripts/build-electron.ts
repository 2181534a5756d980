import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

/**
 * Bundles the main process and the preload into CommonJS files under dist/electron. The preload runs in a
 * sandbox that can only require 'electron', so it must be one self-contained file. Native modules stay
 * external: they ship Node-API prebuilds that electron-builder copies unpacked (no rebuild, electron-builder.yml).
 */
const external = ['electron', 'serialport', '@serialport/*', 'koffi', 'pdfkit', 'fontkit'];

/** `--outdir` lets the package check build into its own staging folder instead of the shared dist/electron. */
const outdir = parseArgs({ options: { outdir: { type: 'string', default: 'dist/electron' } } }).values.outdir;

await Promise.all([
  build({
    entryPoints: ['electron/main/main.ts'],
    outfile: join(outdir, 'main.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external,
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
  // The device host: drivers with native code (serial ports, vendor libraries) run in their own process,
  // forked from main (electron/devices/host/isolated-device.ts looks for this file next to main.cjs).
  build({
    entryPoints: ['electron/devices/host/device-host.ts'],
    outfile: join(outdir, 'device-host.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external,
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
  // The web host as a packaged entry (plain Node 24 or Chromium kiosks): the same backend as main, so the package
  // check (scripts/packaging/package-check.check.ts) can start the packaged backend without the Electron binary.
  // ESM because the CLI awaits at top level; CommonJS dependencies bundled into it get a real `require`.
  build({
    entryPoints: ['electron/web-host/cli.ts'],
    outfile: join(outdir, 'web-host.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: [...external, 'vite'],
    banner: {
      js: "import { createRequire as __kioskRequire } from 'node:module'; const require = __kioskRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
  build({
    entryPoints: ['electron/preload/preload.ts'],
    outfile: join(outdir, 'preload.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logLevel: 'warning',
  }),
]);
process.stdout.write(`built ${outdir}: main.cjs, device-host.cjs, web-host.mjs and preload.cjs\n`);
