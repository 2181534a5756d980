import { defineConfig } from 'vitest/config';

/**
 * The package check (`npm run package:check`): builds, packages three targets with electron-builder against a
 * stand-in Electron and starts the packaged backend. About two minutes on two cores, so it is not part of
 * `npm test`'s unit run; .ci/run runs it right after `npm test`.
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['scripts/packaging/**/*.check.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    pool: 'forks',
    env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    reporters: ['default', 'json'],
    outputFile: { json: 'test/output/results-package.json' },
  },
});
