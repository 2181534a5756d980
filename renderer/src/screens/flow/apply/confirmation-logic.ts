import { conditionHolds } from '../../../../../shared/catalog/resolve-situation.js';
import type { LocalizedText } from '../../../../../shared/catalog/schema.js';
import { chinaLongDate } from '../../../../../shared/platform/china-time.js';
import type { SubmissionState } from '../../../../../shared/contract/platform.js';
import type { FlowTarget } from '../../../flows/flow-target.js';

/** What the confirmation panel says happened. */
export type ConfirmationKind =
  /** Instant item decided on the spot. */
  | 'done'
  /** Delivered to the department, decided later (within the promised days). */
  | 'accepted'
  /** Kept at this kiosk: the platform could not be reached; sent automatically later. */
  | 'saved'
  /** Set aside by the platform (unknown item, expired): the citizen goes to a counter with the receipt. */
  | 'rejected';

export function confirmationKind(submission: SubmissionState): ConfirmationKind {
  if (submission.state === 'rejected') return 'rejected';
  if (submission.state === 'pending') return 'saved';
  return submission.instant && submission.caseStatus === 'approved' ? 'done' : 'accepted';
}

/** Merges a submission.changed event (or a status reply) into what the screen shows; other applications are ignored. */
export function mergeSubmission(
  current: SubmissionState,
  change: {
    readonly localNumber: string;
    readonly state: SubmissionState['state'];
    readonly caseNumber?: string | undefined;
    readonly memberCases?: SubmissionState['memberCases'] | undefined;
  },
): SubmissionState {
  if (change.localNumber !== current.localNumber) return current;
  return {
    ...current,
    state: change.state,
    ...(change.caseNumber ? { caseNumber: change.caseNumber } : {}),
    ...(change.memberCases ? { memberCases: change.memberCases } : {}),
    offline: change.state === 'pending' ? current.offline : false,
  };
}

/** "2026年01月22日" / "22 January 2026", in China time, for "by when". */
export function promisedDate(submission: SubmissionState, locale: 'zh-CN' | 'en'): string | undefined {
  if (!submission.promisedBy) return undefined;
  const ms = Date.parse(submission.promisedBy);
  if (Number.isNaN(ms)) return undefined;
  if (locale === 'zh-CN') return chinaLongDate(ms);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(ms);
}

/** Promised working days of the item or package (0 = instant). */
export function promisedDays(target: FlowTarget): number {
  return target.item?.promisedDays ?? target.package?.promisedDays ?? 0;
}

/** The number to call about this application: the item's or package's consultation line, else 12345. */
export function consultationPhone(target: FlowTarget): string {
  return target.item?.guide.consultationPhone ?? target.package?.consultationPhone ?? '12345';
}

/** A certificate prints here when the platform has one for a delivered case (instant items). */
export function certificateDue(submission: SubmissionState): boolean {
  return submission.state === 'delivered' && submission.caseNumber !== undefined && submission.certificateAvailable;
}

/** The items of a package that this application includes (members whose conditions the answers meet), by code. */
export function packageMemberCodes(target: FlowTarget, answers: Readonly<Record<string, string>>): string[] {
  const pkg = target.package;
  if (!pkg) return [];
  return pkg.members.filter((member) => conditionHolds(member.when, answers)).map((member) => member.item);
}

/** One item of a package on the confirmation: its code, and its case number once the platform gave one. */
export interface PackageMemberRow {
  readonly code: string;
  readonly caseNumber?: string;
}

/**
 * The items of a package with their case numbers: the platform's member cases once delivered (one case
 * per member item), else the members the answers include, without numbers yet.
 */
export function packageMemberRows(
  target: FlowTarget,
  answers: Readonly<Record<string, string>>,
  submission: SubmissionState | undefined,
): PackageMemberRow[] {
  if (!target.package) return [];
  const cases = submission?.memberCases;
  if (cases && cases.length > 0) return cases.map((m) => ({ code: m.itemCode, caseNumber: m.caseNumber }));
  return packageMemberCodes(target, answers).map((code) => ({ code }));
}

/** The document an item prints on the spot besides the receipt (食品小经营店备案证), for naming it on screen. */
export function resultOnSite(target: FlowTarget): LocalizedText | undefined {
  return target.item?.results.find((r) => r.delivery === 'printOnSite' && r.kind !== 'receipt' && r.kind !== 'ticket')
    ?.name;
}
