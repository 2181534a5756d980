import { z } from 'zod';
import {
  caseNumberSchema,
  codeSchema,
  englishShortTextSchema,
  englishTextSchema,
  idempotencyKeySchema,
  idNumberSchema,
  isoDateTimeSchema,
  itemCodeSchema,
  kioskIdSchema,
  limits,
  localNumberSchema,
  packageCodeSchema,
  personNameSchema,
  phoneSchema,
  shortTextSchema,
  textSchema,
  verificationCodeSchema,
} from './common.js';

/** What is being applied for: one item, or a "one thing" package (several items, one submission). */
export const submissionTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), itemCode: itemCodeSchema }).strict(),
  z.object({ kind: z.literal('package'), packageCode: packageCodeSchema }).strict(),
]);
export type SubmissionTarget = z.infer<typeof submissionTargetSchema>;

/** Unified social credit code (统一社会信用代码, GB 32100): 18 characters. */
export const creditCodeSchema = z
  .string()
  .max(18)
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'not a unified social credit code');

export const applicantSchema = z
  .object({
    name: personNameSchema,
    idNumber: idNumberSchema,
    phone: phoneSchema.optional(),
    address: z.string().max(limits.address).optional(),
    /** How the identity was established at the kiosk. */
    identifiedBy: z.enum(['idCard', 'eId', 'manual']),
    /** For business items: the business applied for or on behalf of. */
    business: z
      .object({ name: z.string().min(1).max(limits.shortText), creditCode: creditCodeSchema.optional() })
      .strict()
      .optional(),
  })
  .strict();
export type Applicant = z.infer<typeof applicantSchema>;

/** A scan or signature image kept by the kiosk's upload channel; only its reference crosses here. */
export const blobRefSchema = z
  .string()
  .max(limits.ref)
  .regex(/^sha256:[0-9a-f]{64}$/, 'a reference like sha256:<64 hex>');

/** How one required material was satisfied (e-license, commitment, scan, or bring later). */
export const materialSatisfactionSchema = z.discriminatedUnion('satisfiedBy', [
  z
    .object({
      materialId: codeSchema,
      satisfiedBy: z.literal('eLicense'),
      licenseType: codeSchema,
      licenseNumber: z.string().min(1).max(limits.number),
    })
    .strict(),
  z
    .object({
      materialId: codeSchema,
      satisfiedBy: z.literal('commitment'),
      commitmentAcceptedAt: isoDateTimeSchema,
      signatureRef: blobRefSchema,
    })
    .strict(),
  z
    .object({ materialId: codeSchema, satisfiedBy: z.literal('scan'), pages: z.array(blobRefSchema).min(1).max(20) })
    .strict(),
  z.object({ materialId: codeSchema, satisfiedBy: z.literal('signature'), signatureRef: blobRefSchema }).strict(),
  z.object({ materialId: codeSchema, satisfiedBy: z.literal('later') }).strict(),
]);
export type MaterialSatisfaction = z.infer<typeof materialSatisfactionSchema>;

const answerValueSchema = z.union([z.boolean(), shortTextSchema, z.array(shortTextSchema).max(20)]);
const formValueSchema = z.union([
  z.string().max(limits.text),
  z.array(shortTextSchema).max(20),
  z.number().finite(),
  z.boolean(),
  z.null(),
]);

function boundedRecord<V extends z.ZodType>(value: V, max: number, what: string) {
  return z.record(codeSchema, value).refine((r) => Object.keys(r).length <= max, `at most ${max} ${what}`);
}

/** An application as the kiosk sends it. Everything personal in it is encrypted at rest on the kiosk. */
export const submissionSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    kioskId: kioskIdSchema,
    /** Given at once by the kiosk (also offline); the platform keeps it with the case. */
    localAcceptanceNumber: localNumberSchema,
    /** Printed on the receipt; with the case or local number it lets anyone holding the receipt look up progress. */
    queryCode: verificationCodeSchema,
    target: submissionTargetSchema,
    submittedAt: isoDateTimeSchema,
    applicant: applicantSchema,
    situationAnswers: boundedRecord(answerValueSchema, limits.answers, 'answers').default({}),
    materials: z.array(materialSatisfactionSchema).max(limits.materials).default([]),
    form: boundedRecord(formValueSchema, limits.formFields, 'form fields').default({}),
    /** The applicant's signature over the whole application (签名), when the flow asks for one. */
    signatureRef: blobRefSchema.optional(),
    locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  })
  .strict();
export type Submission = z.infer<typeof submissionSchema>;
export type SubmissionInput = z.input<typeof submissionSchema>;

/**
 * What the kiosk's screens hand over: the application without the fields the kiosk fills in (its id, the
 * local acceptance number, the query code, the time). The renderer chooses the idempotency key once per
 * draft, so pressing "提交" twice, or a retried call, saves one application.
 */
export const submissionDraftSchema = submissionSchema.omit({
  kioskId: true,
  localAcceptanceNumber: true,
  queryCode: true,
  submittedAt: true,
});
export type SubmissionDraft = z.infer<typeof submissionDraftSchema>;
export type SubmissionDraftInput = z.input<typeof submissionDraftSchema>;

export const caseStatusSchema = z.enum(['accepted', 'inReview', 'approved', 'returned']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/**
 * One case of a "one thing" package: a package submission creates one case per member item that applies
 * (the package's resolution of the answers), all from the one submission and its one idempotency key.
 */
export const memberCaseSchema = z
  .object({ itemCode: itemCodeSchema, caseNumber: caseNumberSchema, status: caseStatusSchema, instant: z.boolean() })
  .strict();
export type MemberCase = z.infer<typeof memberCaseSchema>;
export const memberCasesSchema = z.array(memberCaseSchema).min(1).max(20);

/**
 * The platform's acknowledgement. Repeating a submission with the same key returns the same answer, duplicate: true.
 * For a package, caseNumber is the lead (first member's) case and memberCases lists every case it created.
 */
export const submissionAckSchema = z
  .object({
    caseNumber: caseNumberSchema,
    idempotencyKey: idempotencyKeySchema,
    acceptedAt: isoDateTimeSchema,
    status: caseStatusSchema,
    instant: z.boolean(),
    /** When the promised time limit ends (承诺时限), absent for instant items. */
    promisedBy: isoDateTimeSchema.optional(),
    certificateAvailable: z.boolean(),
    duplicate: z.boolean(),
    note: shortTextSchema.optional(),
    /** Packages only: the case of every member item the submission created, lead first. */
    memberCases: memberCasesSchema.optional(),
  })
  .strict();
export type SubmissionAck = z.infer<typeof submissionAckSchema>;

export const progressEventSchema = z
  .object({
    status: caseStatusSchema,
    at: isoDateTimeSchema,
    note: textSchema.optional(),
    noteEn: englishTextSchema.optional(),
  })
  .strict();

/** What a progress lookup shows: nothing personal beyond the masked name. */
export const caseProgressSchema = z
  .object({
    caseNumber: caseNumberSchema,
    localAcceptanceNumber: localNumberSchema,
    target: submissionTargetSchema,
    title: shortTextSchema,
    titleEn: englishShortTextSchema.optional(),
    department: shortTextSchema,
    departmentEn: englishShortTextSchema.optional(),
    applicantMasked: z.string().max(limits.name),
    status: caseStatusSchema,
    acceptedAt: isoDateTimeSchema,
    promisedBy: isoDateTimeSchema.optional(),
    timeline: z.array(progressEventSchema).max(20),
    /** Why a case was returned (补正) and what to bring. */
    returnReason: textSchema.optional(),
    returnReasonEn: englishTextSchema.optional(),
    certificateAvailable: z.boolean(),
    certificateNumber: z.string().max(limits.number).optional(),
    /** A member case of a package submission: the package, and every case the submission created. */
    packageCode: packageCodeSchema.optional(),
    memberCases: memberCasesSchema.optional(),
  })
  .strict();
export type CaseProgress = z.infer<typeof caseProgressSchema>;

export const progressQuerySchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('caseNumber'), caseNumber: caseNumberSchema, queryCode: verificationCodeSchema }).strict(),
  z
    .object({
      by: z.literal('localNumber'),
      localAcceptanceNumber: localNumberSchema,
      queryCode: verificationCodeSchema,
    })
    .strict(),
  z.object({ by: z.literal('idNumber'), idNumber: idNumberSchema }).strict(),
]);
export type ProgressQuery = z.infer<typeof progressQuerySchema>;

export const progressResultSchema = z.object({ cases: z.array(caseProgressSchema).max(50) }).strict();
export type ProgressResult = z.infer<typeof progressResultSchema>;
