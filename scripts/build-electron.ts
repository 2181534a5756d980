import { build } from 'esbuild';

/**
 * Bundles the main process and the preload into CommonJS files under dist/electron. The preload runs in a
 * sandbox that can only require 'electron', so it must be one self-contained file. Native modules stay
 * external: electron-builder rebuilds them for Electron's ABI when packaging.
 */
const external = ['electron', 'serialport', '@serialport/*', 'koffi', 'pdfkit', 'fontkit'];

await Promise.all([
  build({
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
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
    outfile: 'dist/electron/device-host.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external,
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
  build({
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logLevel: 'warning',
  }),
]);
process.stdout.write('built dist/electron/main.cjs, device-host.cjs and preload.cjs\n');
