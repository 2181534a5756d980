import {
  canonicalChoices,
  chinaCompactDate,
  type PlatformErrorCode,
  type PlatformParsedRequest,
  type PlatformResult,
} from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { signCertificate, type UnsignedCertificate } from '../../../electron/services/platform/certificate-codec.js';
import { demoRecord } from '../demo-data.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { caseCertificate } from './case-certificate.js';
import type { CaseView } from './case-view.js';
import { hashOf, noSuchItem, type PlatformContext } from './platform-context.js';
import { recordCertificate } from './record-certificate.js';
import { recordShape } from './records.js';

type IssueRequest<S> = Extract<PlatformParsedRequest<'issueCertificate'>, { source: S }>;

/**
 * Signed certificates: of an approved case, or a certified records printout. Each is issued once per dedupe
 * key (the case; or the person, item, day and choices), so asking again gives the same certificate; and any
 * certificate can be checked by its number and verification code.
 */
export function certificateHandlers(
  ctx: PlatformContext,
  view: CaseView,
): Pick<PlatformHandlers, 'issueCertificate' | 'checkCertificate'> {
  const { tables, clock, signingKey } = ctx;

  /** The certificate issued before under this key, or undefined; one whose content is purged cannot be reissued. */
  function existingCertificate(dedupeKey: string): PlatformResult<'issueCertificate'> | undefined {
    const existing = tables.certificateByDedupeKey(dedupeKey);
    if (!existing) return undefined;
    return existing.certificate
      ? ok(existing.certificate)
      : err(
          'notAllowed',
          'This certificate was issued before and its content has since been purged; ask at a counter.',
        );
  }

  function issueOnce(
    dedupeKey: string,
    build: () => Result<UnsignedCertificate, PlatformErrorCode>,
  ): PlatformResult<'issueCertificate'> {
    return tables.transaction(() => {
      const existing = existingCertificate(dedupeKey);
      if (existing) return existing;
      const unsigned = build();
      if (!unsigned.ok) return unsigned;
      const certificate = signCertificate(unsigned.value, signingKey);
      tables.insertCertificate(dedupeKey, certificate);
      return ok(certificate);
    });
  }

  function issueForCase(request: IssueRequest<'case'>): PlatformResult<'issueCertificate'> {
    const row = tables.caseByNumber(request.caseNumber);
    if (!row) return err('notFound', `There is no case ${request.caseNumber}.`);
    const info = view.target(row);
    if (!info?.certificateTitle) return err('notAllowed', 'This item does not result in a certificate.');
    const { status } = view.status(row);
    if (status !== 'approved')
      return err('notAllowed', `The case is ${status}; a certificate is issued once it is approved.`);
    return issueOnce(`case:${row.case_number}`, () => {
      const submission = tables.submissionOf(row);
      if (!submission) return err('notAllowed', 'The application data is no longer held; ask at a counter.');
      return ok(caseCertificate(ctx, row, submission, info.certificateTitle ?? info.title, info.department));
    });
  }

  function issueForRecords(request: IssueRequest<'records'>): PlatformResult<'issueCertificate'> {
    const item = ctx.catalog().item(request.itemCode);
    if (!item) return noSuchItem(request.itemCode);
    const recordName = item.platformRecord;
    if (!recordName) return err('notAllowed', `The item ${request.itemCode} does not print a record.`);
    const now = clock.now();
    const shape = recordShape(ctx, request.itemCode, recordName, request.choices, now);
    if (!shape.ok) return shape;
    const record = demoRecord(request.idNumber, recordName, now, shape.value);
    if (!record) return err('notFound', 'The platform holds no records of this kind for this person.');
    // Other choices (another period, another kind) are another certificate; the same ones on the same day are the same.
    const choicesKey = request.choices ? `:${hashOf(canonicalChoices(request.choices)).slice(0, 16)}` : '';
    const dedupeKey = `records:${request.itemCode}:${tables.personIndex(request.idNumber)}:${chinaCompactDate(now)}${choicesKey}`;
    return issueOnce(dedupeKey, () =>
      ok(
        recordCertificate(ctx, {
          itemCode: request.itemCode,
          idNumber: request.idNumber,
          recordName,
          itemCertificateTitle: item.certificateTitle,
          shape: shape.value,
          record,
          now,
        }),
      ),
    );
  }

  return {
    issueCertificate(request) {
      return request.source === 'case' ? issueForCase(request) : issueForRecords(request);
    },

    checkCertificate(request) {
      const held = tables.certificateForCheck(request.certificateNumber);
      if (!held || held.verificationCode !== request.verificationCode) return ok({ valid: false, status: 'unknown' });
      return ok({ valid: !held.revoked, status: held.revoked ? 'revoked' : 'valid', ...held.summary });
    },
  };
}
