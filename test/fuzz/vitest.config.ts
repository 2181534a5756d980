import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

/**
 * Runs the contract fuzzer's tests alone (`npx vitest run --config test/fuzz/vitest.config.ts`), with the
 * project's settings. The project's vitest.config.ts decides whether `npm test` includes test/fuzz.
 */
export default defineConfig({ ...base, test: { ...base.test, include: ['test/fuzz/**/*.test.ts'] } });
