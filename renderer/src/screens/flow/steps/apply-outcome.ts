import type { SubmissionState } from '../../../../../shared/contract/platform.js';
import type { ELicense } from '../../../../../shared/platform/licenses.js';
import type { EvaluationLevel } from '../../../../../shared/platform/services.js';
import type { FlowState } from '../../../flows/flow-state.js';

/**
 * What the application screens hand to each other through `FlowState.outcome` (a free record). Every key is
 * prefixed "apply." and read back through these typed getters, so a screen never trusts a shape blindly.
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
} as const;

/** What became of the rating the confirmation page asks for; undefined before the citizen leaves that page. */
export type ConfirmationRating =
  | { readonly kind: 'sent' }
  | { readonly kind: 'skipped' }
  | { readonly kind: 'explain'; readonly level: EvaluationLevel };

export interface ChosenBusiness {
  readonly name: string;
  readonly creditCode?: string;
  readonly address?: string;
}

export interface ScannedPage {
  readonly url: string;
  readonly ref: string;
}

export interface DraftKey {
  readonly key: string;
  readonly fingerprint: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function chosenBusiness(state: FlowState): ChosenBusiness | undefined {
  const v = state.outcome[applyKeys.business];
  return isRecord(v) && typeof v.name === 'string' ? (v as unknown as ChosenBusiness) : undefined;
}

export function identifiedBy(state: FlowState): 'idCard' | 'eId' {
  return state.outcome[applyKeys.identifiedBy] === 'eId' ? 'eId' : 'idCard';
}

export function fetchedLicenses(state: FlowState): readonly ELicense[] | undefined {
  const v = state.outcome[applyKeys.licenses];
  return Array.isArray(v) ? (v as ELicense[]) : undefined;
}

export function scannedPages(state: FlowState, materialId: string): readonly ScannedPage[] {
  const v = state.outcome[applyKeys.scans];
  if (!isRecord(v)) return [];
  const pages = v[materialId];
  return Array.isArray(pages) ? (pages as ScannedPage[]) : [];
}

export function allScans(state: FlowState): Readonly<Record<string, readonly ScannedPage[]>> {
  const v = state.outcome[applyKeys.scans];
  return isRecord(v) ? (v as Record<string, readonly ScannedPage[]>) : {};
}

export function committedAt(state: FlowState): string | undefined {
  const v = state.outcome[applyKeys.committedAt];
  return typeof v === 'string' ? v : undefined;
}

export function signatureUrl(state: FlowState): string | undefined {
  const v = state.outcome[applyKeys.signatureUrl];
  return typeof v === 'string' ? v : undefined;
}

export function draftKey(state: FlowState): DraftKey | undefined {
  const v = state.outcome[applyKeys.draftKey];
  return isRecord(v) && typeof v.key === 'string' && typeof v.fingerprint === 'string'
    ? (v as unknown as DraftKey)
    : undefined;
}

export function submissionOf(state: FlowState): SubmissionState | undefined {
  const v = state.outcome[applyKeys.submission];
  return isRecord(v) && typeof v.localNumber === 'string' ? (v as unknown as SubmissionState) : undefined;
}

export function flag(state: FlowState, key: (typeof applyKeys)['receiptPrinted' | 'certificatePrinted']): boolean {
  return state.outcome[key] === true;
}

export function confirmationRating(state: FlowState): ConfirmationRating | undefined {
  const v = state.outcome[applyKeys.rating];
  if (!isRecord(v)) return undefined;
  if (v.kind === 'sent' || v.kind === 'skipped') return { kind: v.kind };
  return v.kind === 'explain' && typeof v.level === 'string' ? (v as unknown as ConfirmationRating) : undefined;
}

/** The evaluation page is left out once the confirmation page has the rating (sent or skipped). */
export function ratedOnConfirmation(state: FlowState): boolean {
  const rating = confirmationRating(state);
  return rating !== undefined && rating.kind !== 'explain';
}
