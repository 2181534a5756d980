import { z } from 'zod';
import { isValidIdNumber } from '../validation/id-number.js';
import { isMainlandMobile } from '../validation/phone.js';

/**
 * Building blocks of every schema that crosses the platform boundary (kiosk ↔ government service platform).
 * Every string has a length limit: a request can never be larger than its schema allows, whatever a caller
 * sends, and a limit is part of the documented API (it shows up in the OpenAPI document as maxLength).
 */
export const limits = {
  code: 64,
  name: 50,
  shortText: 100,
  address: 120,
  text: 500,
  longText: 2000,
  number: 40,
  ref: 128,
  answers: 50,
  formFields: 100,
  materials: 60,
} as const;

/** Codes are ASCII identifiers: item codes, package codes, material ids, field ids, license types. */
export const codeSchema = z
  .string()
  .min(1)
  .max(limits.code)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" or "-"');

export const itemCodeSchema = codeSchema.describe('Catalog code of a single service item (事项编码).');
export const packageCodeSchema = codeSchema.describe('Catalog code of a "one thing" package (一件事).');

export const idempotencyKeySchema = z
  .uuid()
  .max(36)
  .describe('Chosen by the kiosk once per application; the platform returns the first answer for a repeated key.');

export const kioskIdSchema = z
  .string()
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, 'kioskId: 2–40 letters, digits or hyphens');

export const idNumberSchema = z
  .string()
  .length(18)
  .refine((v) => isValidIdNumber(v), 'not a valid resident ID number (公民身份号码)')
  .describe('Resident ID number (GB 11643, checksum verified).');

export const personNameSchema = z.string().trim().min(1).max(limits.name);
export const phoneSchema = z
  .string()
  .max(11)
  .refine((v) => isMainlandMobile(v), 'not a mainland mobile number')
  .describe('Mainland mobile number, 11 digits.');

export const shortTextSchema = z.string().max(limits.shortText);
export const textSchema = z.string().max(limits.text);
export const isoDateTimeSchema = z.iso.datetime({ offset: true }).max(40);
export const isoDateSchema = z.iso.date().max(10);

/** Case numbers (办件编号) are issued by the platform; local acceptance numbers (本机受理号) by a kiosk. */
export const caseNumberSchema = z
  .string()
  .min(6)
  .max(limits.number)
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, 'upper-case letters, digits and hyphens');
export const localNumberSchema = z
  .string()
  .min(6)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'letters, digits and hyphens');

/** Short codes printed on paper for a human to type: 12 characters of Crockford base32 in groups of four. */
export const verificationCodeSchema = z
  .string()
  .max(14)
  .regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'a code like 7K3Q-M2XD-94PA');

export const localizedTextSchema = z
  .object({ 'zh-CN': z.string().min(1).max(limits.shortText), en: z.string().min(1).max(limits.shortText) })
  .strict();

/** Masked identity as it may be shown on a screen or printed: "王*国", "1403**********0032". */
export const maskedPersonSchema = z
  .object({ nameMasked: z.string().max(limits.name), idNumberMasked: z.string().max(18).optional() })
  .strict();

/** A label and a value as printed on a document or shown in a query result. */
export const labelledValueSchema = z.object({ label: shortTextSchema, value: textSchema }).strict();
export type LabelledValue = z.infer<typeof labelledValueSchema>;

/**
 * English beside the Chinese (`label` + `labelEn`): what the platform returns for a citizen to read may carry an
 * English text, shown in the kiosk's English mode. Chinese stays required — a provincial platform may send only
 * Chinese — and printed documents always use the Chinese. Never empty when given, and bounded like the Chinese.
 */
export const englishShortTextSchema = z
  .string()
  .min(1)
  .max(limits.shortText)
  .describe("English text beside the Chinese, for the kiosk's English mode.");
export const englishTextSchema = z
  .string()
  .min(1)
  .max(limits.text)
  .describe("English text beside the Chinese, for the kiosk's English mode.");

/** A label and a value of a query result, each with an optional English text. */
export const shownValueSchema = labelledValueSchema
  .extend({ labelEn: englishShortTextSchema.optional(), valueEn: englishTextSchema.optional() })
  .strict();
export type ShownValue = z.infer<typeof shownValueSchema>;

/** A small table (records, payment history) with a cap on its size. */
export const tableSchema = z
  .object({
    columns: z.array(shortTextSchema).min(1).max(8),
    rows: z.array(z.array(shortTextSchema).max(8)).max(240),
  })
  .strict();
export type Table = z.infer<typeof tableSchema>;

/** A table of a query result: its columns and cells may come with English too (same shape as the Chinese). */
export const shownTableSchema = tableSchema
  .extend({
    columnsEn: z.array(englishShortTextSchema).min(1).max(8).optional(),
    rowsEn: z.array(z.array(shortTextSchema).max(8)).max(240).optional(),
  })
  .strict()
  .refine((t) => t.columnsEn === undefined || t.columnsEn.length === t.columns.length, {
    message: 'columnsEn must match columns',
    path: ['columnsEn'],
  })
  .refine((t) => t.rowsEn === undefined || t.rowsEn.length === t.rows.length, {
    message: 'rowsEn must match rows',
    path: ['rowsEn'],
  });
export type ShownTable = z.infer<typeof shownTableSchema>;

/** Failure codes the platform API may answer with (besides the transport ones of shared/contract/errors.ts). */
export const platformErrorCodes = [
  'invalidRequest', // the request did not match the schema; nothing was changed
  'unknownItem', // no such item or package in the catalog
  'notFound', // no such case, order, booking, certificate (or the query code does not match)
  'idempotencyConflict', // the key was used before for a different request
  'notAllowed', // the request is valid but the state does not allow it (certificate for a case still in review)
  'slotFull', // the appointment slot has no places left
  'hashMismatch', // an uploaded image's bytes do not have the SHA-256 it was sent under; nothing was stored
  'wrongMediaType', // an uploaded image is not the JPEG or PNG it says it is; nothing was stored
  'attachmentMissing', // an application names an image the platform does not hold: upload it first
  'expired', // a short-lived code (e-ID) is past its time
  'alreadyUsed', // a one-use code (e-ID) was used before
  'unauthorized', // missing or wrong bearer token
  'unavailable', // the platform could not be reached or did not answer in time
  'badResponse', // the platform answered with something that is not the documented API
  'internalError',
] as const;
export type PlatformErrorCode = (typeof platformErrorCodes)[number];
