import { defineConfig } from 'vitest/config';

/** End-to-end suites drive Debian's Chromium against the real web host; they run one file at a time. */
export default defineConfig({
  test: {
    root: '.',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    // A loaded 2-core CI machine can stretch one browser step past Playwright's 30 s wait; one retry keeps such a
    // run green while a real failure still fails twice. Retried tests are named in the output: read them.
    retry: 1,
    // expect.poll's own default (1 s) is shorter than one synthesis or one print job on that machine; 10 s is
    // still far inside the test's time.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'test/output/results-e2e.json' },
  },
});
