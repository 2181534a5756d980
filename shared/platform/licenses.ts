import { z } from 'zod';
import {
  codeSchema,
  idNumberSchema,
  isoDateSchema,
  isoDateTimeSchema,
  englishShortTextSchema,
  labelledValueSchema,
  limits,
  shortTextSchema,
  shownTableSchema,
  shownValueSchema,
} from './common.js';
import { recordChoicesSchema } from './record-choices.js';

/** An e-license (电子证照) the platform holds for a person or a business they represent. */
export const eLicenseSchema = z
  .object({
    licenseType: codeSchema,
    licenseNumber: z.string().min(1).max(limits.number),
    title: shortTextSchema,
    holderName: z.string().max(limits.shortText),
    issuer: shortTextSchema,
    issuedOn: isoDateSchema,
    validUntil: isoDateSchema.optional(),
    status: z.enum(['valid', 'expired', 'revoked']),
    fields: z.array(labelledValueSchema).max(20),
    sample: z.boolean().describe('Demo data: every document made from it says 样本 / SAMPLE.'),
  })
  .strict();
export type ELicense = z.infer<typeof eLicenseSchema>;

export const licenseQuerySchema = z.object({ idNumber: idNumberSchema, licenseType: codeSchema.optional() }).strict();
export const licenseResultSchema = z.object({ licenses: z.array(eLicenseSchema).max(50) }).strict();
export type LicenseQuery = z.infer<typeof licenseQuerySchema>;
export type LicenseResult = z.infer<typeof licenseResultSchema>;

/**
 * Personal records behind the print and query items, named as the catalog's items name them in
 * `platformRecord` ("socialInsurance.enrolment", "tax.individualIncomeTaxRecord"): area, dot, record.
 */
export const recordNameSchema = z
  .string()
  .max(limits.code)
  .regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/, 'a record name like socialInsurance.enrolment');

export const personalRecordSchema = z
  .object({
    record: recordNameSchema,
    title: shortTextSchema,
    titleEn: englishShortTextSchema.optional(),
    department: shortTextSchema,
    departmentEn: englishShortTextSchema.optional(),
    holderName: z.string().max(limits.name),
    asOf: isoDateTimeSchema,
    summary: z.array(shownValueSchema).max(20),
    table: shownTableSchema.optional(),
    sample: z.boolean(),
  })
  .strict();
export type PersonalRecord = z.infer<typeof personalRecordSchema>;

/**
 * A record of the identified person (idNumber), or a public record anyone may look up (企业登记信息, 发票查验)
 * by what the citizen typed and chose. With choices, `itemCode` names the query item they were made for, so
 * they can be checked against its questions and fields; the record then covers the chosen period and kind.
 */
export const recordQuerySchema = z
  .object({
    idNumber: idNumberSchema.optional(),
    record: recordNameSchema,
    itemCode: codeSchema.optional(),
    choices: recordChoicesSchema.optional(),
  })
  .strict()
  .refine((q) => q.choices === undefined || q.itemCode !== undefined, {
    message: 'choices need the itemCode they were made for',
    path: ['itemCode'],
  });
export type RecordQuery = z.infer<typeof recordQuerySchema>;
