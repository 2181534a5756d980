import { z } from 'zod';
import { codeSchema, idempotencyKeySchema, isoDateTimeSchema, kioskIdSchema, limits, phoneSchema } from './common.js';

// ── Complaints and suggestions (投诉建议): the citizen's words about a department or the kiosk itself ──

export const complaintKinds = ['complaint', 'suggestion'] as const;
export const complaintKindSchema = z.enum(complaintKinds);
export type ComplaintKind = z.infer<typeof complaintKindSchema>;

/** The fewest characters a complaint or suggestion may have (after trimming): "太慢了" says too little to act on. */
export const COMPLAINT_MIN_CHARS = 5;
/** The most: what fits the kiosk's text page and the platform's 12345-style work order. */
export const COMPLAINT_MAX_CHARS = limits.text;

/**
 * What the complaint is about: a department (by its catalog id, with its name so a platform that does not
 * share the kiosk's catalog can still route it), or the kiosk (the platform knows it by kioskId).
 */
export const complaintSubjectSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('department'),
      departmentId: codeSchema,
      departmentName: z.string().trim().min(1).max(limits.shortText),
    })
    .strict(),
  z.object({ kind: z.literal('kiosk') }).strict(),
]);
export type ComplaintSubject = z.infer<typeof complaintSubjectSchema>;

/**
 * A complaint or suggestion as the kiosk sends it. The text and the phone are personal (a citizen may name
 * themselves or a clerk): the platform keeps them encrypted and nothing of them goes into logs or audit.
 */
export const complaintSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    kioskId: kioskIdSchema,
    kind: complaintKindSchema,
    subject: complaintSubjectSchema,
    text: z
      .string()
      .max(COMPLAINT_MAX_CHARS)
      .trim()
      .min(COMPLAINT_MIN_CHARS, `at least ${COMPLAINT_MIN_CHARS} characters`),
    /** For a reply or a follow-up call; optional. */
    phone: phoneSchema.optional(),
    at: isoDateTimeSchema,
  })
  .strict();
export type Complaint = z.infer<typeof complaintSchema>;
export type ComplaintInput = z.input<typeof complaintSchema>;

/** The platform's acknowledgement. Repeating the same key answers with the first number, duplicate: true. */
export const complaintAckSchema = z
  .object({
    complaintNumber: z.string().min(6).max(limits.number),
    receivedAt: isoDateTimeSchema,
    /** By when the department answers (a phone call or an SMS when a phone was left). */
    respondBy: isoDateTimeSchema,
    duplicate: z.boolean(),
  })
  .strict();
export type ComplaintAck = z.infer<typeof complaintAckSchema>;
