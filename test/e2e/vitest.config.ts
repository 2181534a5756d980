import { defineConfig } from 'vitest/config';

/** End-to-end suites drive Debian's Chromium against the real web host; they run one file at a time. */
export default defineConfig({
  test: {
    root: '.',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'test/output/results-e2e.json' },
  },
});
