import { z } from 'zod';
import { receiptLineSchema } from '../devices/print-job.js';
import {
  caseNumberSchema,
  caseProgressSchema,
  idNumberSchema,
  isoDateSchema,
  itemCodeSchema,
  localNumberSchema,
  recordChoicesSchema,
} from '../platform/index.js';
import { defineMethod } from './define.js';

/**
 * Documents: the acceptance receipt (80 mm), certificates and certified printouts (A4), rendered to PDF
 * in main with the bundled fonts and archived there; the renderer gets the PDF to hand to `devices.print`
 * and the receipt lines for ESC/POS printers, then reports `documents.markPrinted` when the printer
 * confirms. `documents.verify` checks a scanned QR code (certificate signature offline; receipt → progress;
 * payment receipt and appointment slip → the order or booking the platform holds).
 */
const documentIdSchema = z.string().regex(/^[A-Za-z0-9-]{3,80}$/);

export const renderedDocumentSchema = z
  .object({
    documentId: documentIdSchema,
    kind: z.enum(['receipt', 'certificate', 'printout', 'paymentReceipt', 'ticket']),
    title: z.string().max(60),
    media: z.enum(['A4', 'receipt80']),
    pdfBase64: z.string().max(900_000),
    bytes: z.number().int().positive(),
    verificationCode: z.string().max(20),
    qrPayload: z.string().max(1200),
    receiptLines: z.array(receiptLineSchema).max(200).optional(),
    certificateNumber: z.string().max(40).optional(),
    sample: z.boolean(),
  })
  .strict();
export type RenderedDocumentReply = z.infer<typeof renderedDocumentSchema>;

export const verifyOutcomeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('certificate'),
      valid: z.boolean(),
      reason: z.string().max(40).optional(),
      online: z.enum(['valid', 'revoked', 'unknown', 'unreachable', 'notChecked']),
      certificateNumber: z.string().max(40).optional(),
      title: z.string().max(60).optional(),
      holderMasked: z.string().max(60).optional(),
      subject: z.string().max(60).optional(),
      issuedOn: isoDateSchema.optional(),
      validUntil: isoDateSchema.optional(),
      department: z.string().max(60).optional(),
      sample: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('receipt'),
      valid: z.boolean(),
      reason: z.string().max(40).optional(),
      progress: caseProgressSchema.optional(),
      queuedHere: z.boolean().optional(),
    })
    .strict(),
  // A payment receipt (缴费凭证) or an appointment slip (预约凭条): printedHere says its code was made by this
  // kiosk; valid says the platform holds the order as paid or the booking as booked (what the slip claims).
  z
    .object({
      kind: z.literal('payment'),
      valid: z.boolean(),
      reason: z.string().max(40).optional(),
      printedHere: z.boolean(),
      online: z.enum(['valid', 'unreachable']),
      orderNumber: z.string().max(40),
      itemCode: itemCodeSchema.optional(),
      amountFen: z.number().int().min(1).optional(),
      paidAt: z.string().max(40).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('booking'),
      valid: z.boolean(),
      reason: z.string().max(40).optional(),
      printedHere: z.boolean(),
      online: z.enum(['valid', 'unreachable']),
      bookingNumber: z.string().max(40),
      itemCode: itemCodeSchema.optional(),
      date: isoDateSchema.optional(),
      start: z.string().max(5).optional(),
      end: z.string().max(5).optional(),
      location: z.string().max(120).optional(),
      /** The place in English, when the platform gave it (for the kiosk's English mode). */
      locationEn: z.string().min(1).max(120).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('unknown'), valid: z.literal(false), reason: z.literal('malformed') }).strict(),
]);

export type VerifyOutcome = z.infer<typeof verifyOutcomeSchema>;

/** The number of a slip's record (payment order, booking, complaint) as the platform gives it. */
const slipNumberSchema = z
  .string()
  .min(6)
  .max(40)
  .regex(/^[A-Z0-9-]+$/);
export const documentMethods = {
  'documents.receipt': defineMethod({
    summary: 'Renders the acceptance receipt (受理回执, 80 mm) of an application saved at this kiosk.',
    request: z.object({ localNumber: localNumberSchema }).strict(),
    response: renderedDocumentSchema,
    errors: ['notFound', 'notAllowed'],
  }),
  'documents.certificate': defineMethod({
    summary:
      'Gets the signed certificate of an approved instant case from the platform, checks its signature and renders it (A4).',
    request: z.object({ caseNumber: caseNumberSchema }).strict(),
    response: renderedDocumentSchema,
    errors: ['notFound', 'notAllowed', 'badSignature', 'unavailable'],
  }),
  'documents.printout': defineMethod({
    summary:
      'A certified printout (A4) of the record a print item reads, for the identified person and what they chose (kind, period); choices that do not fit the item are refused and nothing is printed.',
    request: z
      .object({ itemCode: itemCodeSchema, idNumber: idNumberSchema, choices: recordChoicesSchema.optional() })
      .strict(),
    response: renderedDocumentSchema,
    errors: ['notIdentified', 'unknownItem', 'invalidChoices', 'notFound', 'notAllowed', 'badSignature', 'unavailable'],
  }),
  'documents.paymentReceipt': defineMethod({
    summary: 'Renders the receipt (缴费凭证, 80 mm) of a paid payment order, with a QR code and a verification code.',
    request: z
      .object({
        orderNumber: slipNumberSchema,
      })
      .strict(),
    response: renderedDocumentSchema,
    errors: ['notFound', 'notAllowed', 'unavailable'],
  }),
  'documents.bookingTicket': defineMethod({
    summary: 'Renders the appointment slip (预约凭条, 80 mm) of a booking, with a QR code and a verification code.',
    request: z
      .object({
        bookingNumber: slipNumberSchema,
      })
      .strict(),
    response: renderedDocumentSchema,
    errors: ['notFound', 'notAllowed', 'unavailable'],
  }),
  'documents.complaintSlip': defineMethod({
    summary:
      'Renders the receipt (投诉建议回执, 80 mm) of a complaint or suggestion this session has just sent: its number, whom it is about and by when it is answered.',
    request: z
      .object({
        complaintNumber: slipNumberSchema,
      })
      .strict(),
    response: renderedDocumentSchema,
    errors: ['notFound', 'unavailable'],
  }),
  'documents.markPrinted': defineMethod({
    summary: 'The printer confirmed a document; for a receipt, the application data may now be cleared.',
    request: z.object({ documentId: documentIdSchema }).strict(),
    response: z.object({ purgedApplicationData: z.boolean() }).strict(),
    errors: ['notFound'],
  }),
  'documents.verify': defineMethod({
    summary:
      'Checks a scanned QR code: a certificate (Ed25519 signature, offline; status online when reachable) or a receipt (progress).',
    request: z.object({ text: z.string().min(1).max(2000) }).strict(),
    response: verifyOutcomeSchema,
  }),
} as const;
