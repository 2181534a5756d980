/**
 * The id of the citizen's session as main knows it: images put during the session belong to it until an
 * application names them, and the wipe tells main to delete the rest (session.end). A new id per session.
 */
let current: string = crypto.randomUUID();

export function sessionId(): string {
  return current;
}

/** Ends the current id (returned, for session.end) and starts a fresh one for the next citizen. */
export function rotateSessionId(): string {
  const ended = current;
  current = crypto.randomUUID();
  return ended;
}
