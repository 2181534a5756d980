import { chinaIsoDate, type PersonalRecord } from '../../../shared/platform/index.js';
import { maskIdNumber, maskName } from '../../../shared/validation/id-number.js';
import type { UnsignedCertificate } from '../../../electron/services/platform/certificate-codec.js';
import { newVerificationCode } from '../../../electron/services/platform/codes.js';
import { type RecordShape, socialInsuranceTitle } from '../demo-data.js';
import { DAY_MS, iso, type PlatformContext } from './platform-context.js';

/** A certificate title that names the chosen kind (基本养老保险个人参保证明), when the kind changes it. */
function kindTitle(record: string, shape: RecordShape): string | undefined {
  return record === 'socialInsurance.enrolment' && shape.answers?.certificateKind
    ? socialInsuranceTitle(shape)
    : undefined;
}

export interface RecordPrintout {
  readonly itemCode: string;
  readonly idNumber: string;
  /** The record the item reads, and the title the catalog gives its certificate. */
  readonly recordName: string;
  readonly itemCertificateTitle: string | undefined;
  readonly shape: RecordShape;
  readonly record: PersonalRecord;
  readonly now: number;
}

/** The certified printout (unsigned) of a person's record, valid 90 days. */
export function recordCertificate(ctx: PlatformContext, printout: RecordPrintout): UnsignedCertificate {
  const { itemCode, idNumber, recordName, itemCertificateTitle, shape, record, now } = printout;
  return {
    certificateNumber: ctx.nextNumber('ZM', 5),
    source: 'records',
    itemCode,
    title: (kindTitle(recordName, shape) ?? itemCertificateTitle ?? record.title)
      .replace(/（[^）]*）$/, '')
      .slice(0, 40),
    holderName: record.holderName,
    holderMasked: maskName(record.holderName),
    idNumberMasked: maskIdNumber(idNumber),
    // A certificate is an official document: its Chinese only, without the English shown on screens.
    fields: [
      { label: '姓名', value: record.holderName },
      { label: '身份证件号码', value: maskIdNumber(idNumber) },
      ...record.summary.map(({ label, value }) => ({ label, value })),
    ].slice(0, 16),
    ...(record.table ? { table: { columns: record.table.columns, rows: record.table.rows } } : {}),
    department: record.department.slice(0, 40),
    issuedAt: iso(now),
    validUntil: chinaIsoDate(now + 90 * DAY_MS),
    verificationCode: newVerificationCode(ctx.random),
    sample: ctx.sample || record.sample,
  };
}
