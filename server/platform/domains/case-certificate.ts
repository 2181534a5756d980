import { type CatalogItemInfo, chinaIsoDate, type Submission } from '../../../shared/platform/index.js';
import { maskIdNumber, maskName } from '../../../shared/validation/id-number.js';
import type { UnsignedCertificate } from '../../../electron/services/platform/certificate-codec.js';
import { newVerificationCode } from '../../../electron/services/platform/codes.js';
import type { CaseRow } from '../platform-store.js';
import { DAY_MS, iso, type PlatformContext } from './platform-context.js';

/**
 * What a case's certificate states: the holder, then the form values the catalog allows to be printed (no
 * personal field, no ID or phone number in full), each label and value once, 14 lines at the most.
 */
function caseCertificateFields(
  item: CatalogItemInfo | undefined,
  submission: Submission,
): UnsignedCertificate['fields'] {
  const business = submission.applicant.business;
  const fieldInfo = item?.fields ?? {};
  const fields: UnsignedCertificate['fields'] = [];
  if (business) fields.push({ label: '经营者名称', value: business.name });
  if (business?.creditCode) fields.push({ label: '统一社会信用代码', value: business.creditCode });
  fields.push({ label: business ? '经营者' : '申请人', value: submission.applicant.name });
  fields.push({ label: '身份证件号码', value: maskIdNumber(submission.applicant.idNumber) });
  for (const [fieldId, value] of Object.entries(submission.form)) {
    const info = fieldInfo[fieldId];
    if (!info || info.personal || value === null || value === '' || typeof value === 'boolean') continue;
    const label = info.label;
    const values = Array.isArray(value) ? value : [String(value)];
    const text =
      values.map((v) => info.options?.[v] ?? v).join('、') + (info.unit && typeof value === 'number' ? info.unit : '');
    if (/\d{15,}|(?<!\d)1[3-9]\d{9}(?!\d)/.test(text)) continue; // ID and phone numbers are never printed in full
    if (fields.some((f) => f.label === label || f.value === text)) continue;
    fields.push({ label: label.slice(0, 100), value: text.slice(0, 500) });
    if (fields.length >= 14) break;
  }
  return fields;
}

/** The certificate (unsigned) an approved case yields, issued to the business when it applied for one. */
export function caseCertificate(
  ctx: PlatformContext,
  row: CaseRow,
  submission: Submission,
  title: string,
  department: string,
): UnsignedCertificate {
  const now = ctx.clock.now();
  const item = row.target_kind === 'item' ? ctx.catalog().item(row.target_code) : undefined;
  const business = submission.applicant.business;
  const fields = caseCertificateFields(item, submission);
  const validYears = item?.certificateValidYears;
  const validUntil = validYears ? chinaIsoDate(now + validYears * 365 * DAY_MS - DAY_MS) : undefined;
  return {
    certificateNumber: ctx.nextNumber('ZS', 5),
    source: 'case',
    itemCode: row.target_code,
    caseNumber: row.case_number,
    title: title.slice(0, 40),
    holderName: business?.name ?? submission.applicant.name,
    holderMasked: maskName(submission.applicant.name),
    idNumberMasked: maskIdNumber(submission.applicant.idNumber),
    ...(business ? { subject: business.name.slice(0, 60) } : {}),
    fields,
    department: department.slice(0, 40),
    issuedAt: iso(now),
    ...(validUntil ? { validUntil } : {}),
    verificationCode: newVerificationCode(ctx.random),
    sample: ctx.sample,
  };
}
