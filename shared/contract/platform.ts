import { z } from 'zod';
import {
  billQuerySchema,
  billSchema,
  bookingRequestSchema,
  bookingSchema,
  caseNumberSchema,
  caseProgressSchema,
  caseStatusSchema,
  certificationRequestSchema,
  certificationResultSchema,
  complaintAckSchema,
  complaintSchema,
  evaluationAckSchema,
  evaluationFieldsSchema,
  isoDateTimeSchema,
  contactQuerySchema,
  contactResultSchema,
  licenseQuerySchema,
  licenseResultSchema,
  localNumberSchema,
  memberCasesSchema,
  paymentOrderRequestSchema,
  paymentOrderSchema,
  paymentStatusQuerySchema,
  personalRecordSchema,
  progressQuerySchema,
  recordQuerySchema,
  requireReasonForLowLevels,
  slotListSchema,
  slotQuerySchema,
  submissionDraftSchema,
  verificationCodeSchema,
} from '../platform/index.js';
import { defineEvent, defineMethod } from './define.js';
import { platformLinkErrorCodes } from './errors.js';

/**
 * Renderer-facing calls to the government service platform: applications (through the kiosk's durable
 * outbox), progress, e-licenses, records, payments, appointments and evaluations. The kiosk fills in its
 * own id and the time; everything else is validated against the platform schemas of shared/platform.
 */
const empty = z.object({}).strict();

/** Where an application stands at this kiosk: saved (pending), delivered with a case number, or set aside. */
export const submissionStateSchema = z
  .object({
    localNumber: localNumberSchema,
    /** Printed on the receipt with the number; lets the holder look up progress. */
    queryCode: verificationCodeSchema.optional(),
    state: z.enum(['pending', 'delivered', 'rejected']),
    /** For a package, the lead (first member's) case; every case is in memberCases. */
    caseNumber: caseNumberSchema.optional(),
    /** Packages only, once delivered: one case per member item that applies, lead first. */
    memberCases: memberCasesSchema.optional(),
    caseStatus: caseStatusSchema.optional(),
    instant: z.boolean().optional(),
    promisedBy: isoDateTimeSchema.optional(),
    certificateAvailable: z.boolean(),
    /** True when this draft had been saved before (a repeated press). */
    duplicate: z.boolean(),
    /** The platform could not be reached: say plainly that the application is kept and will be sent. */
    offline: z.boolean(),
    /** Why it was set aside (rejected): a code such as unknownItem or expired. */
    problem: z.string().max(64).optional(),
  })
  .strict();
export type SubmissionState = z.infer<typeof submissionStateSchema>;

export const outboxStatusSchema = z
  .object({
    pending: z.number().int().nonnegative(),
    oldestPendingSeconds: z.number().nonnegative(),
    /** null until the platform was tried once. */
    online: z.boolean().nullable(),
    platform: z.enum(['embedded', 'http']),
    lastError: z.string().max(64).optional(),
  })
  .strict();

export const kioskEvaluationSchema = evaluationFieldsSchema
  .omit({ kioskId: true, at: true })
  .superRefine(requireReasonForLowLevels);

/** A complaint or suggestion as the screen sends it; the kiosk adds its id and the time. */
export const kioskComplaintSchema = complaintSchema.omit({ kioskId: true, at: true });

export const progressLookupResultSchema = z
  .object({
    cases: z.array(caseProgressSchema).max(50),
    /** Applications saved at this kiosk and not yet delivered (offline), matching the query. */
    queuedHere: z
      .array(
        z.object({ localNumber: localNumberSchema, title: z.string().max(100), savedAt: isoDateTimeSchema }).strict(),
      )
      .max(20),
  })
  .strict();

export const platformMethods = {
  'submission.submit': defineMethod({
    summary:
      'Saves an application durably and sends it; answers with the local number at once and the case number if the platform acknowledged within a few seconds.',
    request: submissionDraftSchema,
    response: submissionStateSchema,
    errors: ['notIdentified', 'unknownItem', 'idempotencyConflict', 'attachmentMissing', 'backlog'],
  }),
  'submission.status': defineMethod({
    summary: 'Where an application saved at this kiosk stands (pending, delivered with its case number, or set aside).',
    request: z.object({ localNumber: localNumberSchema }).strict(),
    response: submissionStateSchema,
    errors: ['notFound'],
  }),
  'submission.releaseReceipt': defineMethod({
    summary: 'The session ends without a printed receipt: the application data may go once it is delivered.',
    request: z.object({ localNumber: localNumberSchema }).strict(),
    response: z.object({ released: z.boolean() }).strict(),
    errors: ['notFound'],
  }),
  'outbox.status': defineMethod({
    summary: 'How many applications wait to be sent and whether the platform is reachable.',
    request: empty,
    response: outboxStatusSchema,
  }),
  'case.progress': defineMethod({
    summary: 'Case progress by case number or local number with the query code (receipt), or by ID number (ID card).',
    request: progressQuerySchema,
    response: progressLookupResultSchema,
    errors: ['notIdentified', 'notFound', 'unavailable', ...platformLinkErrorCodes],
  }),
  'license.find': defineMethod({
    summary: 'E-licenses the platform holds for the identified person (and their businesses), optionally of one type.',
    request: licenseQuerySchema,
    response: licenseResultSchema,
    errors: ['notIdentified', 'unavailable', ...platformLinkErrorCodes],
  }),
  'person.contact': defineMethod({
    summary:
      'The mobile number the platform holds for the identified person (none when it holds none), to confirm on the form.',
    request: contactQuerySchema,
    response: contactResultSchema,
    errors: ['notIdentified', 'unavailable', ...platformLinkErrorCodes],
  }),
  'records.get': defineMethod({
    summary:
      'A record for a query item (the item names it in platformRecord), covering what the citizen chose; choices that do not fit the item are refused.',
    request: recordQuerySchema,
    response: personalRecordSchema,
    errors: [
      'notAllowed',
      'notIdentified',
      'unknownItem',
      'invalidChoices',
      'notFound',
      'unavailable',
      ...platformLinkErrorCodes,
    ],
  }),
  'payment.bill': defineMethod({
    summary:
      'Looks up what is owed for a pay item (by account, plate or decision number, or ID number) or prices a prepayment or chosen contribution.',
    request: billQuerySchema,
    response: billSchema,
    errors: ['unknownItem', 'notFound', 'notAllowed', 'unavailable', ...platformLinkErrorCodes],
  }),
  'payment.create': defineMethod({
    summary: 'Creates a payment order with a scan-to-pay QR payload.',
    request: paymentOrderRequestSchema.omit({ kioskId: true }),
    response: paymentOrderSchema,
    errors: ['unknownItem', 'idempotencyConflict', 'unavailable', ...platformLinkErrorCodes],
  }),
  'payment.status': defineMethod({
    summary: 'The state of a payment order (poll while the QR code is shown).',
    request: paymentStatusQuerySchema,
    response: paymentOrderSchema,
    errors: ['notFound', 'unavailable', ...platformLinkErrorCodes],
  }),
  'appointment.slots': defineMethod({
    summary: 'Free appointment slots of an item over the next days.',
    request: slotQuerySchema,
    response: slotListSchema,
    errors: ['unknownItem', 'unavailable', ...platformLinkErrorCodes],
  }),
  'appointment.book': defineMethod({
    summary: 'Books an appointment slot.',
    request: bookingRequestSchema.omit({ kioskId: true }),
    response: bookingSchema,
    errors: ['unknownItem', 'notFound', 'slotFull', 'idempotencyConflict', 'unavailable', ...platformLinkErrorCodes],
  }),
  'certification.submit': defineMethod({
    summary:
      'Face certification (资格认证) for a certify item from one camera frame; the platform decides and keeps nothing of the frame.',
    request: certificationRequestSchema.omit({ kioskId: true }),
    response: certificationResultSchema,
    errors: ['notIdentified', 'unknownItem', 'notFound', 'notAllowed', 'unavailable', ...platformLinkErrorCodes],
  }),
  'evaluation.submit': defineMethod({
    summary:
      'Records an evaluation (好差评); 不满意 and 非常不满意 need a reason. A case is evaluated once (notAllowed after).',
    request: kioskEvaluationSchema,
    response: evaluationAckSchema,
    errors: ['unknownItem', 'notFound', 'notAllowed', 'idempotencyConflict', 'unavailable', ...platformLinkErrorCodes],
  }),
  'complaint.submit': defineMethod({
    summary:
      'Sends a complaint or suggestion (投诉建议) about a department or this kiosk to the platform; answers with its number and by when it is answered.',
    request: kioskComplaintSchema,
    response: complaintAckSchema,
    errors: ['idempotencyConflict', 'unavailable', ...platformLinkErrorCodes],
  }),
} as const;

export const platformEvents = {
  'submission.changed': defineEvent({
    summary: 'An application saved at this kiosk was delivered (now with its case number) or set aside.',
    payload: z
      .object({
        localNumber: localNumberSchema,
        state: z.enum(['pending', 'delivered', 'rejected']),
        caseNumber: caseNumberSchema.optional(),
        memberCases: memberCasesSchema.optional(),
      })
      .strict(),
  }),
  'outbox.status': defineEvent({
    summary: 'The outbox or the platform connection changed.',
    payload: outboxStatusSchema,
  }),
} as const;
