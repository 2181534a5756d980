import { z } from 'zod';
import {
  caseNumberSchema,
  codeSchema,
  idNumberSchema,
  isoDateSchema,
  isoDateTimeSchema,
  itemCodeSchema,
  labelledValueSchema,
  limits,
  shortTextSchema,
  tableSchema,
  verificationCodeSchema,
} from './common.js';
import { recordChoicesSchema } from './record-choices.js';

/** Ed25519 signature by one of the platform's keys, over the certificate's QR claims (see certificate-codec.ts). */
export const signatureSchema = z
  .object({
    alg: z.literal('Ed25519'),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    value: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'base64url of 64 bytes'),
  })
  .strict();

/**
 * A document issued by the platform: the certificate of an instant item (食品小经营店备案证) or a certified
 * printout of personal records (参保证明). It is signed so that the printed QR code can be checked offline.
 */
export const certificateSchema = z
  .object({
    certificateNumber: z
      .string()
      .min(6)
      .max(limits.number)
      .regex(/^[A-Z0-9-]+$/),
    source: z.enum(['case', 'records']),
    itemCode: itemCodeSchema,
    caseNumber: caseNumberSchema.optional(),
    title: z.string().min(1).max(40),
    /** The person (or business) the certificate is about, in full as printed on it. */
    holderName: z.string().min(1).max(limits.shortText),
    holderMasked: z.string().max(limits.name),
    idNumberMasked: z.string().max(18).optional(),
    subject: z.string().max(60).optional(),
    fields: z.array(labelledValueSchema).max(16),
    table: tableSchema.optional(),
    department: z.string().min(1).max(40),
    issuedAt: isoDateTimeSchema,
    validUntil: isoDateSchema.optional(),
    verificationCode: verificationCodeSchema,
    /** Demo platform: the document says 样本 / SAMPLE everywhere and can never pass as real. */
    sample: z.boolean(),
    signature: signatureSchema,
    /** Text of the QR code printed on the document (claims + signature). */
    qrPayload: z.string().min(1).max(1200),
  })
  .strict();
export type Certificate = z.infer<typeof certificateSchema>;

export const certificateIssueSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('case'), caseNumber: caseNumberSchema }).strict(),
  /** A certified printout of the record the item names (its platformRecord in the catalog), for what the citizen chose. */
  z
    .object({
      source: z.literal('records'),
      itemCode: itemCodeSchema,
      idNumber: idNumberSchema,
      choices: recordChoicesSchema.optional(),
    })
    .strict(),
]);
export type CertificateIssueRequest = z.infer<typeof certificateIssueSchema>;

/** Online check by the number and code printed on the paper. */
export const certificateCheckSchema = z
  .object({ certificateNumber: z.string().min(6).max(limits.number), verificationCode: verificationCodeSchema })
  .strict();
export const certificateCheckResultSchema = z
  .object({
    valid: z.boolean(),
    status: z.enum(['valid', 'revoked', 'unknown']),
    title: shortTextSchema.optional(),
    holderMasked: z.string().max(limits.name).optional(),
    issuedAt: isoDateTimeSchema.optional(),
    department: shortTextSchema.optional(),
    sample: z.boolean().optional(),
  })
  .strict();
export type CertificateCheckResult = z.infer<typeof certificateCheckResultSchema>;

export const publicKeySchema = z
  .object({
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    alg: z.literal('Ed25519'),
    /** Raw 32-byte public key, base64url. */
    publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    sample: z.boolean(),
    issuer: shortTextSchema,
  })
  .strict();
export type PublicKey = z.infer<typeof publicKeySchema>;
export const publicKeysSchema = z.object({ keys: z.array(publicKeySchema).max(20) }).strict();

/** The claims inside a certificate QR code: short keys, capped lengths, so the code stays scannable. */
export const certificateClaimsSchema = z
  .object({
    v: z.literal(1),
    n: z.string().max(limits.number),
    t: z.string().max(40),
    h: z.string().max(limits.name),
    s: z.string().max(60).optional(),
    i: isoDateSchema,
    u: isoDateSchema.optional(),
    d: z.string().max(40),
    c: verificationCodeSchema,
    /** Digest of the full certificate content (base64url, 128 bits), so no printed field can be changed. */
    x: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
    k: z.string().regex(/^[0-9a-f]{16}$/),
    m: z.literal(1).optional(),
    /** Item code, to show what kind of document it is. */
    p: codeSchema,
  })
  .strict();
export type CertificateClaims = z.infer<typeof certificateClaimsSchema>;
