/**
 * The seed of a fuzz run in `npm test`: fixed, so CI is repeatable and a failure is replayed exactly; set
 * FUZZ_SEED to explore others (`FUZZ_SEED=$RANDOM npx vitest run test/fuzz`).
 */
export const DEFAULT_SEED = 20_260_512;

export function fuzzSeed(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const given = env.FUZZ_SEED;
  if (given === undefined || given === '') return DEFAULT_SEED;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(given)}`);
  return seed >>> 0;
}
