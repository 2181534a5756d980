import type { Violation } from './summary.js';

/**
 * Bugs in product code that the fuzzer found and that are reported, not yet fixed. Each has a test in
 * fixed-bugs.test.ts marked `it.fails` that reproduces it exactly; when the bug is fixed that test starts
 * passing, `it.fails` then fails the run, and whoever fixed it removes the test's marker and the entry here.
 * Until then the fuzz runs count the violations these explain apart, so that anything else fails them.
 */
export interface KnownBug {
  readonly id: string;
  /** Where and what, in one line. */
  readonly summary: string;
  matches(v: Violation): boolean;
}

// Open bugs the fuzzer found (none now: the four it found are fixed and their tests are in fixed-bugs.test.ts).
export const knownBugs: readonly KnownBug[] = [];

/** The id of the known bug that explains `v`, if one does. */
export function knownBugFor(v: Violation): string | undefined {
  return knownBugs.find((bug) => bug.matches(v))?.id;
}
