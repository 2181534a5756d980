import { z } from 'zod';
import { sessionIdSchema } from './attachments.js';
import { defineMethod } from './define.js';

/**
 * A citizen's session as the page tells main: it began (the first touch away from the attract screen) and it
 * ended (finished, idle timeout or left: the wipe). Main never installs an update in between
 * (electron/services/update/citizen-presence.ts).
 */
export const sessionMethods = {
  'session.begin': defineMethod({
    summary:
      'A citizen started using the kiosk (the attract screen was left): no update is installed until the session ends.',
    request: z.object({ sessionId: sessionIdSchema }).strict(),
    response: z.object({ begun: z.literal(true) }).strict(),
  }),
  'session.end': defineMethod({
    summary: 'The session was wiped: images it left that no application names are deleted now.',
    request: z.object({ sessionId: sessionIdSchema }).strict(),
    response: z.object({ attachmentsDeleted: z.number().int().nonnegative() }).strict(),
  }),
} as const;
