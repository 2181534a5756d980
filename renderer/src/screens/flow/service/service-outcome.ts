import type { RenderedDocumentReply } from '../../../../../shared/contract/documents.js';
import type {
  AppointmentSlot,
  Bill,
  Booking,
  CertificationResult,
  PaymentOrder,
  PersonalRecord,
} from '../../../../../shared/platform/index.js';
import type { FlowAction, FlowState } from '../../../flows/flow-state.js';

/**
 * What the service screens hand to each other through the flow state's free `outcome` record, with one
 * type per key. `slot` and `booking` are read by the book flow's submit and confirmation pages as well.
 * It all lives in the flow's React state and goes with the session's wipe.
 */
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

export type ServiceOutcomeKey = keyof ServiceOutcomes;

export function readOutcome<K extends ServiceOutcomeKey>(
  state: Pick<FlowState, 'outcome'>,
  key: K,
): ServiceOutcomes[K] | undefined {
  return state.outcome[key] as ServiceOutcomes[K] | undefined;
}

export function outcomeAction<K extends ServiceOutcomeKey>(key: K, value: ServiceOutcomes[K] | undefined): FlowAction {
  return { type: 'outcome', key, value };
}

/** The printout or record the flow holds, if it was made for these choices (canonicalChoices); else none. */
export function readOutcomeFor<K extends 'printout' | 'record'>(
  state: Pick<FlowState, 'outcome'>,
  key: K,
  choicesKey: string,
): ServiceOutcomes[K] | undefined {
  return readOutcome(state, key === 'printout' ? 'printoutChoices' : 'recordChoices') === choicesKey
    ? readOutcome(state, key)
    : undefined;
}
