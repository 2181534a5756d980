import type { kioskComplaintSchema } from '../../../../shared/contract/platform.js';
import { COMPLAINT_MIN_CHARS, type ComplaintKind } from '../../../../shared/platform/complaints.js';
import { isMainlandMobile } from '../../../../shared/validation/phone.js';
import type { z } from 'zod';

/** What the kiosk takes on its text page (the platform allows 500): it fits the box, the keyboard and the check page. */
export const COMPLAINT_TEXT_MAX = 300;
export { COMPLAINT_MIN_CHARS };

/** The subject's choice value: a department id, or KIOSK_SUBJECT for this machine. */
export const KIOSK_SUBJECT = 'kiosk';

export interface ComplaintDraft {
  readonly kind?: ComplaintKind;
  readonly subject?: string;
  readonly text: string;
  readonly phone: string;
}

export const emptyComplaint: ComplaintDraft = { text: '', phone: '' };

export type ComplaintPage = 'kind' | 'subject' | 'text' | 'phone' | 'check';
export const complaintPages: readonly ComplaintPage[] = ['kind', 'subject', 'text', 'phone', 'check'];

export type ComplaintProblem = 'kind' | 'subject' | 'textEmpty' | 'textShort' | 'phone';

/** Characters as a citizen counts them (a Chinese character is one, whatever its UTF-16 length). */
export function charCount(text: string): number {
  return [...text.trim()].length;
}

/** What stops a page from going on (on 继续 only). */
export function complaintPageProblem(page: ComplaintPage, draft: ComplaintDraft): ComplaintProblem | undefined {
  switch (page) {
    case 'kind':
      return draft.kind ? undefined : 'kind';
    case 'subject':
      return draft.subject ? undefined : 'subject';
    case 'text': {
      const count = charCount(draft.text);
      if (count === 0) return 'textEmpty';
      return count < COMPLAINT_MIN_CHARS ? 'textShort' : undefined;
    }
    case 'phone':
      return draft.phone === '' || isMainlandMobile(draft.phone) ? undefined : 'phone';
    case 'check':
      return complaintPages
        .slice(0, -1)
        .map((p) => complaintPageProblem(p, draft))
        .find((p) => p !== undefined);
  }
}

/** The first page with a problem, for a check page that finds the draft incomplete. */
export function firstProblemPage(draft: ComplaintDraft): ComplaintPage | undefined {
  return complaintPages.slice(0, -1).find((p) => complaintPageProblem(p, draft) !== undefined);
}

type KioskComplaint = z.input<typeof kioskComplaintSchema>;

/** The request for complaint.submit without its key; the department's name comes from the catalog. */
export function complaintRequest(
  draft: ComplaintDraft,
  departmentName: (id: string) => string | undefined,
): Omit<KioskComplaint, 'idempotencyKey'> | undefined {
  if (!draft.kind || !draft.subject || complaintPageProblem('check', draft)) return undefined;
  const name = draft.subject === KIOSK_SUBJECT ? undefined : departmentName(draft.subject);
  if (draft.subject !== KIOSK_SUBJECT && !name) return undefined;
  return {
    kind: draft.kind,
    subject:
      draft.subject === KIOSK_SUBJECT
        ? { kind: 'kiosk' }
        : { kind: 'department', departmentId: draft.subject, departmentName: (name ?? '').slice(0, 100) },
    text: draft.text.trim().slice(0, COMPLAINT_TEXT_MAX),
    ...(draft.phone ? { phone: draft.phone } : {}),
  };
}
