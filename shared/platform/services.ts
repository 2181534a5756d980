import { z } from 'zod';
import {
  caseNumberSchema,
  englishShortTextSchema,
  englishTextSchema,
  idempotencyKeySchema,
  idNumberSchema,
  isoDateSchema,
  isoDateTimeSchema,
  itemCodeSchema,
  kioskIdSchema,
  limits,
  personNameSchema,
  phoneSchema,
  shortTextSchema,
  textSchema,
} from './common.js';

// ── Payment (缴费): the platform creates an order, the citizen scans its QR code with a phone wallet ──

export const paymentStatusSchema = z.enum(['unpaid', 'paid', 'expired', 'closed']);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

export const paymentOrderRequestSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    kioskId: kioskIdSchema,
    itemCode: itemCodeSchema,
    caseNumber: caseNumberSchema.optional(),
    /** Bill or account reference (水费户号, 缴款书号, 决定书编号). Not personal by itself. */
    reference: z
      .string()
      .min(1)
      .max(limits.number)
      .regex(/^[A-Za-z0-9-]+$/)
      .optional(),
    /** In fen (分), as every Chinese payment API does; at most ¥100,000. */
    amountFen: z.number().int().min(1).max(10_000_000),
    description: z.string().min(1).max(60),
  })
  .strict();
export type PaymentOrderRequest = z.infer<typeof paymentOrderRequestSchema>;

export const paymentOrderSchema = z
  .object({
    orderNumber: z.string().min(6).max(limits.number),
    itemCode: itemCodeSchema,
    caseNumber: caseNumberSchema.optional(),
    reference: z.string().max(limits.number).optional(),
    amountFen: z.number().int().min(1),
    description: z.string().max(60),
    /** What the kiosk shows as a QR code for a phone wallet to scan. */
    qrPayload: z.string().min(1).max(500),
    status: paymentStatusSchema,
    createdAt: isoDateTimeSchema,
    expiresAt: isoDateTimeSchema,
    paidAt: isoDateTimeSchema.optional(),
    sample: z.boolean(),
  })
  .strict();
export type PaymentOrder = z.infer<typeof paymentOrderSchema>;

export const paymentStatusQuerySchema = z
  .object({
    orderNumber: z
      .string()
      .min(6)
      .max(limits.number)
      .regex(/^[A-Z0-9-]+$/),
  })
  .strict();

// ── Bills (缴费账单): what a citizen owes, looked up before a payment order is made ──

/** One choice that decides a bill: a situation answer or a form value, by its catalog id. */
export const billChoiceSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(48)
      .regex(/^[a-z][a-zA-Z0-9]*$/),
    value: z.string().min(1).max(limits.shortText),
  })
  .strict();

export const billQuerySchema = z
  .object({
    itemCode: itemCodeSchema,
    /** What identifies the bill: an account number (水费户号), a number plate or a penalty decision number. */
    reference: z
      .string()
      .min(1)
      .max(limits.number)
      .regex(/^[\u4e00-\u9fa5A-Za-z0-9-]+$/, 'letters, digits, hyphens and Chinese characters')
      .optional(),
    /** The person the bill is for (医保, 社保, own traffic fines). Only ever in the request body. */
    idNumber: idNumberSchema.optional(),
    /** Answers and form values that decide the amount (payKind, prepayAmount, pensionLevel, payPeriod, …). */
    choices: z.array(billChoiceSchema).max(20).default([]),
  })
  .strict();
export type BillQuery = z.input<typeof billQuerySchema>;

export const billLineSchema = z
  .object({
    label: shortTextSchema,
    labelEn: englishShortTextSchema.optional(),
    /** A second line under the label: the period, the offence, the rate. */
    detail: shortTextSchema.optional(),
    detailEn: englishShortTextSchema.optional(),
    amountFen: z.number().int().min(0).max(10_000_000),
  })
  .strict();

export const billSchema = z
  .object({
    /** The platform's number for this bill; a payment order names it as its reference. */
    billNumber: z
      .string()
      .min(6)
      .max(limits.number)
      .regex(/^[A-Z0-9-]+$/),
    itemCode: itemCodeSchema,
    /** Who is paid (供水单位, 税务局, 交警支队). */
    payee: shortTextSchema,
    payeeEn: englishShortTextSchema.optional(),
    /** The account holder or insured person, masked ("张**"). */
    holderMasked: z.string().max(limits.name).optional(),
    /** The reference as it may be shown (an account number partly masked). */
    referenceMasked: z.string().max(limits.number).optional(),
    period: shortTextSchema.optional(),
    periodEn: englishShortTextSchema.optional(),
    lines: z.array(billLineSchema).max(20),
    /** 0: nothing to pay. */
    totalFen: z.number().int().min(0).max(10_000_000),
    /** Plain words for the citizen (no arrears, what happens after paying). */
    note: textSchema.optional(),
    noteEn: englishTextSchema.optional(),
    sample: z.boolean(),
  })
  .strict();
export type Bill = z.infer<typeof billSchema>;

// ── Appointments (预约) ──

export const slotQuerySchema = z
  .object({ itemCode: itemCodeSchema, from: isoDateSchema, days: z.number().int().min(1).max(14).default(7) })
  .strict();

export const appointmentSlotSchema = z
  .object({
    slotId: z
      .string()
      .min(1)
      .max(limits.number)
      .regex(/^[A-Za-z0-9-]+$/),
    itemCode: itemCodeSchema,
    date: isoDateSchema,
    start: z.string().regex(/^\d{2}:\d{2}$/),
    end: z.string().regex(/^\d{2}:\d{2}$/),
    location: shortTextSchema,
    locationEn: englishShortTextSchema.optional(),
    capacity: z.number().int().min(0).max(1000),
    remaining: z.number().int().min(0).max(1000),
  })
  .strict();
export type AppointmentSlot = z.infer<typeof appointmentSlotSchema>;
export const slotListSchema = z.object({ slots: z.array(appointmentSlotSchema).max(500) }).strict();

export const bookingRequestSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    kioskId: kioskIdSchema,
    slotId: appointmentSlotSchema.shape.slotId,
    itemCode: itemCodeSchema,
    applicant: z.object({ name: personNameSchema, idNumber: idNumberSchema, phone: phoneSchema }).strict(),
  })
  .strict();
export type BookingRequest = z.infer<typeof bookingRequestSchema>;

export const bookingSchema = z
  .object({
    bookingNumber: z.string().min(6).max(limits.number),
    slot: appointmentSlotSchema,
    applicantMasked: z.string().max(limits.name),
    phoneMasked: z.string().max(11),
    status: z.enum(['booked', 'cancelled']),
    bookedAt: isoDateTimeSchema,
    duplicate: z.boolean(),
  })
  .strict();
export type Booking = z.infer<typeof bookingSchema>;

export const bookingLookupSchema = z
  .object({
    bookingNumber: z
      .string()
      .min(6)
      .max(limits.number)
      .regex(/^[A-Z0-9-]+$/),
  })
  .strict();

// ── Certification (资格认证): a face captured at the kiosk, decided by the platform ──

export const certificationRequestSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    kioskId: kioskIdSchema,
    itemCode: itemCodeSchema,
    idNumber: idNumberSchema,
    method: z.literal('face'),
    /** One frame from the face camera, JPEG. Personal data: the platform decides on it and keeps nothing of it. */
    photo: z
      .object({
        mime: z.literal('image/jpeg'),
        base64: z
          .string()
          .min(1000)
          .max(700_000)
          .regex(/^\/9j\/[A-Za-z0-9+/]+=*$/, 'base64 of a JPEG image'),
        width: z.number().int().min(160).max(4000),
        height: z.number().int().min(120).max(4000),
        capturedAt: isoDateTimeSchema,
      })
      .strict(),
  })
  .strict();
export type CertificationRequest = z.input<typeof certificationRequestSchema>;

export const certificationResultSchema = z
  .object({
    certificationNumber: z.string().min(6).max(limits.number),
    itemCode: itemCodeSchema,
    /** certified: recorded; notRequired: this person has nothing to certify; retake: the photo could not be used. */
    outcome: z.enum(['certified', 'notRequired', 'retake']),
    /** Why a retake is needed: no usable face, or not a photo at all. */
    reason: z.enum(['unusablePhoto']).optional(),
    holderMasked: z.string().max(limits.name),
    at: isoDateTimeSchema,
    /** Until when the certification holds (certified only). */
    validUntil: isoDateSchema.optional(),
    /**
     * What was really checked. A real platform runs liveness detection and compares the face with the ID
     * photo; the embedded demo platform does neither and says so here (notChecked).
     */
    checks: z
      .object({
        liveness: z.enum(['passed', 'failed', 'notChecked']),
        faceMatch: z.enum(['passed', 'failed', 'notChecked']),
      })
      .strict(),
    sample: z.boolean(),
  })
  .strict();
export type CertificationResult = z.infer<typeof certificationResultSchema>;

// ── Evaluation (好差评) ──

export const evaluationLevels = [
  'verySatisfied',
  'satisfied',
  'basicallySatisfied',
  'dissatisfied',
  'veryDissatisfied',
] as const;
export const evaluationLevelSchema = z.enum(evaluationLevels);
export type EvaluationLevel = z.infer<typeof evaluationLevelSchema>;
/** The five levels as the national 好差评 system names them. */
export const evaluationLevelLabels: Record<EvaluationLevel, { 'zh-CN': string; en: string }> = {
  verySatisfied: { 'zh-CN': '非常满意', en: 'Very satisfied' },
  satisfied: { 'zh-CN': '满意', en: 'Satisfied' },
  basicallySatisfied: { 'zh-CN': '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { 'zh-CN': '不满意', en: 'Dissatisfied' },
  veryDissatisfied: { 'zh-CN': '非常不满意', en: 'Very dissatisfied' },
};

export const evaluationFieldsSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    kioskId: kioskIdSchema,
    caseNumber: caseNumberSchema.optional(),
    itemCode: itemCodeSchema.optional(),
    level: evaluationLevelSchema,
    /** Preset reasons the screen offers (办事效率低, 操作复杂, …), as codes. */
    reasonCodes: z
      .array(
        z
          .string()
          .max(limits.code)
          .regex(/^[A-Za-z0-9_-]+$/),
      )
      .max(10)
      .default([]),
    reason: textSchema.optional(),
    /** For a follow-up call about a bad rating; optional. */
    phone: phoneSchema.optional(),
    at: isoDateTimeSchema,
  })
  .strict();

/** 不满意 and 非常不满意 need a reason: a preset one or the citizen's words. */
export function requireReasonForLowLevels(
  value: { level: EvaluationLevel; reason?: string | undefined; reasonCodes: readonly string[] },
  ctx: z.core.$RefinementCtx,
): void {
  const low = value.level === 'dissatisfied' || value.level === 'veryDissatisfied';
  if (low && !(value.reason && value.reason.trim().length > 0) && value.reasonCodes.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is required for 不满意 and 非常不满意' });
  }
}

export const evaluationSchema = evaluationFieldsSchema.superRefine(requireReasonForLowLevels);
export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationInput = z.input<typeof evaluationSchema>;

export const evaluationAckSchema = z
  .object({
    evaluationNumber: z.string().min(6).max(limits.number),
    receivedAt: isoDateTimeSchema,
    duplicate: z.boolean(),
  })
  .strict();
