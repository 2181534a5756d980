import { sessionId } from '../session/session-id.js';

/**
 * Whether anything was printed for the current citizen, so the last page asks them to take "your papers" only
 * when there are papers to take. Counted per session id, so the next citizen starts at none.
 */
let counted = { session: '', jobs: 0 };

export function notePrinted(): void {
  const session = sessionId();
  counted = { session, jobs: counted.session === session ? counted.jobs + 1 : 1 };
}

export function printedThisSession(): number {
  return counted.session === sessionId() ? counted.jobs : 0;
}
