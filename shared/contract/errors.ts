import { z } from 'zod';

/**
 * Failure codes every call can end in, whatever its own domain codes are.
 * - invalidRequest: the payload did not match the contract (nothing was changed)
 * - unknownMethod: no such call in the contract
 * - forbiddenSender: the message did not come from the kiosk's own page
 * - unavailable: the service behind the call is not running (e.g. a device or platform is down)
 * - internalError: a bug; the message is safe to log and holds no personal data
 */
export const transportErrorCodes = [
  'invalidRequest',
  'unknownMethod',
  'forbiddenSender',
  'unavailable',
  'internalError',
] as const;
export type TransportErrorCode = (typeof transportErrorCodes)[number];

/**
 * Failure codes of the link to the platform, which a call the platform answers passes on as it got them
 * (electron/services/platform/http-client.ts):
 * - unauthorized: the platform refused the kiosk's token
 * - badResponse: the platform answered with something that is not its documented API
 */
export const platformLinkErrorCodes = ['unauthorized', 'badResponse'] as const;

export const failureSchema = z.object({ code: z.string().min(1).max(64), message: z.string().max(2000) }).strict();

const resultSchemas = new WeakMap<z.ZodType, z.ZodType>();

function buildResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({ ok: z.literal(false), error: failureSchema }).strict(),
  ]);
}

/**
 * Wire schema of a Result whose value has the given schema. Built once per value schema: the client checks
 * every reply with it, and a kiosk answers thousands of calls a day.
 */
export function resultSchema<T extends z.ZodType>(value: T): ReturnType<typeof buildResultSchema<T>> {
  const cached = resultSchemas.get(value);
  if (cached) return cached as ReturnType<typeof buildResultSchema<T>>;
  const built = buildResultSchema(value);
  resultSchemas.set(value, built);
  return built;
}

/** Formats zod issues as one line a technician can act on, without echoing the values (they may be personal). */
/** The first characters of something the sender wrote, marked as cut. */
function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

export function describeIssues(error: z.ZodError): string {
  return (
    error.issues
      .slice(0, 8)
      // Paths and messages can echo what the sender wrote (an unknown key's name): keep each part short.
      .map((issue) => {
        const path =
          issue.path.length > 0
            ? issue.path
                .map((p) => clip(String(p)))
                .join('.')
                .slice(0, 80)
            : '(root)';
        // An unknown key's name is the sender's text: named only by its first characters.
        const keys = issue.code === 'unrecognized_keys' ? issue.keys.map(clip).join(', ') : undefined;
        return `${path}: ${keys ? `Unrecognized key(s): ${keys}`.slice(0, 160) : issue.message.slice(0, 160)}`;
      })
      .join('; ')
  );
}
