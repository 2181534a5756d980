import { z } from 'zod';
import {
  codeSchema,
  idNumberSchema,
  isoDateSchema,
  isoDateTimeSchema,
  labelledValueSchema,
  limits,
  shortTextSchema,
  tableSchema,
} from './common.js';

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

export const licenseQuerySchema = z
  .object({ idNumber: idNumberSchema, licenseType: codeSchema.optional() })
  .strict();
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
    department: shortTextSchema,
    holderName: z.string().max(limits.name),
    asOf: isoDateTimeSchema,
    summary: z.array(labelledValueSchema).max(20),
    table: tableSchema.optional(),
    sample: z.boolean(),
  })
  .strict();
export type PersonalRecord = z.infer<typeof personalRecordSchema>;

/**
 * A record of the identified person (idNumber), or a public record anyone may look up (企业登记信息, 发票查验)
 * by what the citizen typed and chose (choices: answers and form values by id).
 */
export const recordQuerySchema = z
  .object({
    idNumber: idNumberSchema.optional(),
    record: recordNameSchema,
    choices: z
      .array(z.object({ id: z.string().min(1).max(48).regex(/^[a-z][a-zA-Z0-9]*$/), value: z.string().min(1).max(limits.shortText) }).strict())
      .max(20)
      .optional(),
  })
  .strict();
export type RecordQuery = z.infer<typeof recordQuerySchema>;
