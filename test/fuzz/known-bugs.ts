import type { Violation } from './summary.js';

/**
 * Bugs in product code that the fuzzer found and that are reported, not yet fixed. Each has a test in
 * known-bugs.test.ts marked `it.fails` that reproduces it exactly; when the bug is fixed that test starts
 * passing, `it.fails` then fails the run, and whoever fixed it removes the test's marker and the entry here.
 * Until then the fuzz runs count the violations these explain apart, so that anything else fails them.
 */
export interface KnownBug {
  readonly id: string;
  /** Where and what, in one line. */
  readonly summary: string;
  matches(v: Violation): boolean;
}

export const knownBugs: readonly KnownBug[] = [
  {
    id: 'ws-frame-kills-host',
    summary:
      "electron/web-host/web-host.ts: the event socket has no 'error' listener, so one malformed frame from a token holder (reserved opcode, unmasked, RSV bit, bad UTF-8, a close code of 999, over maxPayload) throws out of ws's receiver and ends the web host process",
    matches: (v) =>
      v.kind === 'wsFrame' &&
      (v.category === 'crash' || (v.category === 'wrongStatus' && v.problem.includes('refused (closed)'))),
  },
  {
    id: 'malformed-escape-internal-error',
    summary:
      'electron/web-host/web-host.ts: POST /api/invoke/<a malformed percent escape> (%, %zz, %E0%A4%A, %FF) makes decodeURIComponent throw outside any check; the caller gets HTTP 500 internalError ("a bug") instead of a refusal',
    matches: (v) => v.kind === 'malformedPath' && v.category === 'internalError',
  },
  {
    id: 'unknown-key-echo',
    summary:
      'shared/contract/errors.ts describeIssues: an invalidRequest names each unrecognized key in up to 160 characters, so a refusal repeats 141 characters of a key the sender wrote (up to 8 keys, ~1.1 KB), against "never echoes what was sent"',
    matches: (v) => v.category === 'echo' && /repeats 1[0-4]\d characters/.test(v.problem),
  },
  {
    id: 'records-get-undeclared-notAllowed',
    summary:
      "records.get without an idNumber for a personal record answers notAllowed (the embedded platform's code), which records.get does not declare in its errors (shared/contract/platform.ts), so the page's typed client cannot handle it",
    matches: (v) =>
      v.category === 'undeclaredCode' && v.method === '"records.get"' && v.problem.startsWith('code notAllowed '),
  },
];

/** The id of the known bug that explains `v`, if one does. */
export function knownBugFor(v: Violation): string | undefined {
  return knownBugs.find((bug) => bug.matches(v))?.id;
}
