import { describe, expect, it } from 'vitest';
import { rotateSessionId } from '../session/session-id.js';
import { notePrinted, printedThisSession } from './printed-this-session.js';

describe('printed this session', () => {
  it('counts the current citizen’s printouts and starts at none for the next', () => {
    rotateSessionId();
    expect(printedThisSession()).toBe(0);
    notePrinted();
    notePrinted();
    expect(printedThisSession()).toBe(2);
    rotateSessionId();
    expect(printedThisSession()).toBe(0);
  });
});
