import { defineConfig } from 'vitest/config';

/** Unit and integration tests sit beside their code; end-to-end suites live in test/e2e with their own config. */
export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'server/**/*.test.ts',
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/fuzz/**/*.test.ts',
      'test/bench/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'test/output/results-unit.json' },
  },
});
