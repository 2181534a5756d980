import { z } from 'zod';
import { sessionIdSchema } from './attachments.js';
import { defineMethod } from './define.js';

/** The end of a citizen's session (finished, idle timeout or left), as the page's wipe tells main. */
export const sessionMethods = {
  'session.end': defineMethod({
    summary: 'The session was wiped: images it left that no application names are deleted now.',
    request: z.object({ sessionId: sessionIdSchema }).strict(),
    response: z.object({ attachmentsDeleted: z.number().int().nonnegative() }).strict(),
  }),
} as const;
