import type { CaseProgress, CaseStatus } from '../../../shared/platform/index.js';
import type { CaseRow } from '../platform-store.js';
import { iso } from './platform-context.js';

export interface ReviewTiming {
  /** After this long an accepted (non-instant) case shows as in review. */
  readonly inReviewAfterMs: number;
  /** After this long it is decided: approved, or returned when a material was left for later. */
  readonly decideAfterMs: number;
}

/**
 * The English of a stored return reason (补正): the cases table keeps the Chinese only, and the reason is always
 * the one sentence written at submission, so its list of materials is carried over.
 */
export function returnReasonEn(zh: string): string {
  const materials = /（([^）]*)）/.exec(zh)?.[1];
  return materials
    ? `Materials to complete: within 5 working days, bring the originals of the materials allowed later (${materials.replaceAll('、', ', ')}) to a counter of the service center.`.slice(
        0,
        500,
      )
    : 'Returned: materials need to be completed at a counter of the service center.';
}

/**
 * Where a case stands at a moment, and how it got there. The outcome is fixed at submission; the demo review
 * clock only decides when it shows: accepted → inReview → approved/returned (an instant case is approved at once).
 */
export function statusAt(
  row: CaseRow,
  now: number,
  review: ReviewTiming,
): { status: CaseStatus; timeline: CaseProgress['timeline'] } {
  const timeline: CaseProgress['timeline'] = [
    { status: 'accepted', at: iso(row.accepted_at), note: '已受理', noteEn: 'Accepted' },
  ];
  if (row.instant) {
    timeline.push({
      status: 'approved',
      at: iso(row.accepted_at),
      note: '即办件，当场办结',
      noteEn: 'Done on the spot',
    });
    return { status: 'approved', timeline };
  }
  let status: CaseStatus = 'accepted';
  if (now >= row.accepted_at + review.inReviewAfterMs) {
    status = 'inReview';
    timeline.push({
      status,
      at: iso(row.accepted_at + review.inReviewAfterMs),
      note: '部门审核中',
      noteEn: 'Under review by the department',
    });
  }
  if (now >= row.accepted_at + review.decideAfterMs) {
    status = row.outcome;
    timeline.push({
      status,
      at: iso(row.accepted_at + review.decideAfterMs),
      note: row.outcome === 'approved' ? '审核通过，办结' : (row.return_reason ?? '退回补正'),
      noteEn:
        row.outcome === 'approved'
          ? 'Approved and completed'
          : row.return_reason
            ? returnReasonEn(row.return_reason)
            : 'Returned for missing materials',
    });
  }
  return { status, timeline };
}
