import type { RenderedDocumentReply } from '../../../shared/contract/documents.js';
import type { SubmissionState } from '../../../shared/contract/platform.js';
import type {
  AppointmentSlot,
  Bill,
  Booking,
  CertificationResult,
  PaymentOrder,
  PersonalRecord,
} from '../../../shared/platform/index.js';
import type { ELicense } from '../../../shared/platform/licenses.js';
import type { EvaluationLevel } from '../../../shared/platform/services.js';

/** The business the citizen applies for (business items), as picked at identification. */
export interface ChosenBusiness {
  readonly name: string;
  readonly creditCode?: string;
  readonly address?: string;
}

/** One photographed page of a material: an object URL for the preview and its SHA-256 reference. */
export interface ScannedPage {
  readonly url: string;
  readonly ref: string;
}

/** The idempotency key of an application draft and the fingerprint of the draft it was made for. */
export interface DraftKey {
  readonly key: string;
  readonly fingerprint: string;
}

/** What became of the rating the confirmation page asks for. */
export type ConfirmationRating =
  | { readonly kind: 'sent' }
  | { readonly kind: 'skipped' }
  | { readonly kind: 'explain'; readonly level: EvaluationLevel };

/** What the application screens hand to each other ("apply." keys). */
export interface ApplyOutcomes {
  readonly 'apply.business': ChosenBusiness;
  readonly 'apply.identifiedBy': 'idCard' | 'eId';
  /** E-licenses the platform holds for the applicant, fetched once on the materials page. */
  readonly 'apply.licenses': readonly ELicense[];
  /** Captured pages per material id. */
  readonly 'apply.scans': Readonly<Record<string, readonly ScannedPage[]>>;
  /** When the citizen tapped 我承诺 (ISO time). */
  readonly 'apply.committedAt': string;
  /** The signature image (object URL) for showing it again. */
  readonly 'apply.signatureUrl': string;
  readonly 'apply.draftKey': DraftKey;
  /** Where the application stands after submission.submit. */
  readonly 'apply.submission': SubmissionState;
  /** The acceptance receipt was printed (else the session end releases it). */
  readonly 'apply.receiptPrinted': boolean;
  readonly 'apply.certificatePrinted': boolean;
  readonly 'apply.rating': ConfirmationRating;
}

/** What the service screens (print, query, pay, book, certify) hand to each other. */
export interface ServiceOutcomes {
  /** The certified printout (print items), fetched on the preview page and printed on the print page. */
  readonly printout: RenderedDocumentReply;
  /** The record a query item shows. */
  readonly record: PersonalRecord;
  /** The choices (canonicalChoices) the printout and the record were made for: after 返回 and other choices, they are fetched again. */
  readonly printoutChoices: string;
  readonly recordChoices: string;
  /** The bill looked up on the bill page (pay items). */
  readonly bill: Bill;
  /** The payment order the QR code belongs to; paid once the pay page moves on. */
  readonly payment: PaymentOrder;
  /** Idempotency key of the payment order for the current bill (a retry after expiry gets a new one). */
  readonly paymentKey: string;
  /** The appointment slot chosen on the slot page (book items). */
  readonly slot: AppointmentSlot;
  /** The booking made on submit (book items). */
  readonly booking: Booking;
  /** Idempotency key of the booking for the chosen slot: a retry after a lost answer books once. */
  readonly bookingKey: { readonly key: string; readonly slotId: string };
  /** The platform's decision on the face certification (certify items). */
  readonly certification: CertificationResult;
}

/**
 * What one page of a flow hands to a later one, one type per key: a flow's state holds only these, so a screen
 * reads back exactly the type that was put (no casts, no shape checks). It lives in React state and goes with
 * the session's wipe; object URLs are revoked by the wipe.
 */
export interface FlowOutcomes extends ApplyOutcomes, ServiceOutcomes {}

export type FlowOutcomeKey = keyof FlowOutcomes;

/** Puts (or, with undefined, clears) one outcome. */
export type OutcomeAction = {
  readonly [K in FlowOutcomeKey]: {
    readonly type: 'outcome';
    readonly key: K;
    readonly value: FlowOutcomes[K] | undefined;
  };
}[FlowOutcomeKey];
