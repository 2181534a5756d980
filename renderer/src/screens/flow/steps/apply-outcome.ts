import type { SubmissionState } from '../../../../../shared/contract/platform.js';
import type { ELicense } from '../../../../../shared/platform/licenses.js';
import type {
  ChosenBusiness,
  ConfirmationRating,
  DraftKey,
  FlowOutcomes,
  ScannedPage,
} from '../../../flows/flow-outcomes.js';
import type { FlowState } from '../../../flows/flow-state.js';

export type { ChosenBusiness, ConfirmationRating, DraftKey, ScannedPage } from '../../../flows/flow-outcomes.js';

/**
 * The application screens' outcomes (flows/flow-outcomes.ts, "apply." keys), by name, and what they read back.
 * All of it lives in React state only and goes with the session's remount; object URLs are revoked by the wipe.
 */
export const applyKeys = {
  /** The business the citizen applies for (business items), from their e-licenses. */
  business: 'apply.business',
  /** How the applicant was identified. */
  identifiedBy: 'apply.identifiedBy',
  /** E-licenses the platform holds for the applicant, fetched once on the materials page. */
  licenses: 'apply.licenses',
  /** Captured pages per material id (object URLs for previews and their sha256 references). */
  scans: 'apply.scans',
  /** When the citizen tapped 我承诺 (ISO time). */
  committedAt: 'apply.committedAt',
  /** The signature image (object URL) for showing it again on the signature page. */
  signatureUrl: 'apply.signatureUrl',
  /** The idempotency key of the draft and the draft's fingerprint it was made for. */
  draftKey: 'apply.draftKey',
  /** Where the application stands after submission.submit. */
  submission: 'apply.submission',
  /** The acceptance receipt was printed (else the session end releases it). */
  receiptPrinted: 'apply.receiptPrinted',
  certificatePrinted: 'apply.certificatePrinted',
  /** The rating asked on the confirmation page: sent there, skipped (继续 without one), or a low level to explain. */
  rating: 'apply.rating',
} as const satisfies Record<string, keyof FlowOutcomes>;

type Outcomes = Pick<FlowState, 'outcome'>;

export function chosenBusiness(state: Outcomes): ChosenBusiness | undefined {
  return state.outcome[applyKeys.business];
}

export function identifiedBy(state: Outcomes): 'idCard' | 'eId' {
  return state.outcome[applyKeys.identifiedBy] ?? 'idCard';
}

export function fetchedLicenses(state: Outcomes): readonly ELicense[] | undefined {
  return state.outcome[applyKeys.licenses];
}

export function scannedPages(state: Outcomes, materialId: string): readonly ScannedPage[] {
  return state.outcome[applyKeys.scans]?.[materialId] ?? [];
}

export function allScans(state: Outcomes): Readonly<Record<string, readonly ScannedPage[]>> {
  return state.outcome[applyKeys.scans] ?? {};
}

export function committedAt(state: Outcomes): string | undefined {
  return state.outcome[applyKeys.committedAt];
}

export function signatureUrl(state: Outcomes): string | undefined {
  return state.outcome[applyKeys.signatureUrl];
}

export function draftKey(state: Outcomes): DraftKey | undefined {
  return state.outcome[applyKeys.draftKey];
}

export function submissionOf(state: Outcomes): SubmissionState | undefined {
  return state.outcome[applyKeys.submission];
}

export function flag(state: Outcomes, key: (typeof applyKeys)['receiptPrinted' | 'certificatePrinted']): boolean {
  return state.outcome[key] === true;
}

/** The rating the confirmation page asked for; undefined before the citizen leaves that page. */
export function confirmationRating(state: Outcomes): ConfirmationRating | undefined {
  return state.outcome[applyKeys.rating];
}

/** The evaluation page is left out once the confirmation page has the rating (sent or skipped). */
export function ratedOnConfirmation(state: Outcomes): boolean {
  const rating = confirmationRating(state);
  return rating !== undefined && rating.kind !== 'explain';
}
