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

/** License types the demo platform holds; the API accepts any code, the catalog names the ones it uses. */
export const knownLicenseTypes = [
  'businessLicense', // 营业执照
  'foodShopFiling', // 食品小经营店备案证
  'foodBusinessLicense', // 食品经营许可证
  'marriageCertificate', // 结婚证
  'householdRegister', // 居民户口簿
  'socialSecurityCard', // 社会保障卡
  'veteranCertificate', // 退役军人证
  'degreeCertificate', // 学历证书
  'realEstateCertificate', // 不动产权证书
  'seniorCard', // 老年人优待证
] as const;

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

/** Personal records behind the print and query items. */
export const recordKindSchema = z.enum([
  'socialInsurance', // 社会保险参保缴费记录
  'medicalInsurance', // 医保参保与个人账户
  'housingFund', // 住房公积金缴存
  'tax', // 个人所得税纳税记录
  'realEstate', // 不动产登记信息（有无房产）
  'household', // 户口登记信息
]);
export type RecordKind = z.infer<typeof recordKindSchema>;

export const personalRecordSchema = z
  .object({
    kind: recordKindSchema,
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

export const recordQuerySchema = z.object({ idNumber: idNumberSchema, kind: recordKindSchema }).strict();
export type RecordQuery = z.infer<typeof recordQuerySchema>;
