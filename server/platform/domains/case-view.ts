import {
  addWorkingDays,
  type CaseProgress,
  type MemberCase,
  type SubmissionAck,
} from '../../../shared/platform/index.js';
import type { CaseRow } from '../platform-store.js';
import { caseTarget } from './case-target.js';
import { type ReviewTiming, returnReasonEn, statusAt } from './case-status.js';
import { iso, type PlatformContext } from './platform-context.js';

export type CaseView = ReturnType<typeof createCaseView>;

/** How a stored case reads to the kiosk: its progress, and the acknowledgement of the submission that made it. */
export function createCaseView(ctx: PlatformContext, review: ReviewTiming) {
  const { tables, clock } = ctx;
  const targetOf = (row: CaseRow) => caseTarget(ctx.catalog(), row.target_kind, row.target_code);

  /** The promised decision date (承诺时限) in working days; none for an instant case. */
  function promisedBy(row: CaseRow): string | undefined {
    if (row.instant) return undefined;
    const info = targetOf(row);
    return iso(addWorkingDays(row.accepted_at, info?.timeLimitDays ?? 5));
  }

  function memberCasesOf(leadCase: string, now: number): MemberCase[] {
    return tables.membersOf(leadCase).map((m) => ({
      itemCode: m.target_code,
      caseNumber: m.case_number,
      status: statusAt(m, now, review).status,
      instant: m.instant === 1,
    }));
  }

  function progressOf(row: CaseRow): CaseProgress {
    const now = clock.now();
    const info = targetOf(row);
    const { status, timeline } = statusAt(row, now, review);
    const due = promisedBy(row);
    const certificateNumber = tables.certificateNumberOfCase(row.case_number);
    return {
      caseNumber: row.case_number,
      localAcceptanceNumber: row.local_number,
      target:
        row.target_kind === 'item'
          ? { kind: 'item', itemCode: row.target_code }
          : { kind: 'package', packageCode: row.target_code },
      title: info?.title ?? row.target_code,
      ...(info ? { titleEn: info.titleEn.slice(0, 100), departmentEn: info.departmentEn.slice(0, 100) } : {}),
      department: info?.department ?? '—',
      applicantMasked: row.applicant_masked,
      status,
      acceptedAt: iso(row.accepted_at),
      ...(due ? { promisedBy: due } : {}),
      timeline,
      ...(status === 'returned' && row.return_reason
        ? { returnReason: row.return_reason, returnReasonEn: returnReasonEn(row.return_reason) }
        : {}),
      certificateAvailable: status === 'approved' && Boolean(info?.certificateTitle),
      ...(certificateNumber ? { certificateNumber } : {}),
      ...(row.package_code && row.lead_case
        ? { packageCode: row.package_code, memberCases: memberCasesOf(row.lead_case, now) }
        : {}),
    };
  }

  function ackOf(row: CaseRow, duplicate: boolean): SubmissionAck {
    if (row.package_code && row.lead_case) return packageAckOf(row, duplicate);
    const progress = progressOf(row);
    const due = promisedBy(row);
    return {
      caseNumber: row.case_number,
      idempotencyKey: row.idempotency_key,
      acceptedAt: iso(row.accepted_at),
      status: progress.status,
      instant: row.instant === 1,
      ...(due ? { promisedBy: due } : {}),
      certificateAvailable: progress.certificateAvailable,
      duplicate,
    };
  }

  /** The package's own promised time, else the latest of its members'. */
  function packagePromisedBy(lead: CaseRow): string | undefined {
    const days = caseTarget(ctx.catalog(), 'package', lead.package_code ?? '')?.timeLimitDays;
    return (
      (days !== undefined ? iso(addWorkingDays(lead.accepted_at, days)) : undefined) ??
      tables
        .membersOf(lead.case_number)
        .map(promisedBy)
        .filter((d): d is string => d !== undefined)
        .sort()
        .at(-1)
    );
  }

  /**
   * The acknowledgement of a package submission: the lead case's number, every member case, and for the
   * whole: instant when every member is, decided when every member is, by the package's promised time.
   */
  function packageAckOf(lead: CaseRow, duplicate: boolean): SubmissionAck {
    const now = clock.now();
    const memberCases = memberCasesOf(lead.case_number, now);
    const instant = memberCases.every((m) => m.instant);
    const open = memberCases.find((m) => m.status !== 'approved');
    const due = instant ? undefined : packagePromisedBy(lead);
    return {
      caseNumber: lead.case_number,
      idempotencyKey: lead.idempotency_key,
      acceptedAt: iso(lead.accepted_at),
      status: open?.status ?? 'approved',
      instant,
      ...(due ? { promisedBy: due } : {}),
      // Certificates are per member case (documents of each case), not of the package as a whole.
      certificateAvailable: false,
      duplicate,
      memberCases,
    };
  }

  return {
    target: targetOf,
    status: (row: CaseRow) => statusAt(row, clock.now(), review),
    progressOf,
    ackOf,
  };
}
