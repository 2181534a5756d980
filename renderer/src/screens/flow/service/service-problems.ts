import type { CallErrorCode } from '../../../../../shared/contract/index.js';

/**
 * Which words a citizen sees for a failed platform call, by what the screen was doing and the failure code.
 * Every fault has plain words and a next step (ARCHITECTURE.md, 'Fail visible and kind'); the codes stay for technicians.
 */
export type ServiceContext = 'printout' | 'record' | 'bill' | 'payment' | 'receipt' | 'slots' | 'booking' | 'certify';

export interface ServiceProblem {
  /** i18n key of the title and of the body ("service.problem.<name>.title" / ".body"). */
  readonly name: string;
  /** Whether trying again here may help (the platform was unreachable); otherwise the next step is elsewhere. */
  readonly retry: boolean;
  /** Whether the citizen should change what they typed (a wrong account number): the screen offers 返回修改. */
  readonly reenter: boolean;
}

/** The platform and document calls whose failures the flow screens explain (see useServiceLoad and its callers). */
type ServiceMethod =
  | 'records.get'
  | 'documents.printout'
  | 'payment.bill'
  | 'payment.create'
  | 'documents.paymentReceipt'
  | 'documents.bookingTicket'
  | 'appointment.slots'
  | 'appointment.book'
  | 'certification.submit';

/** What a flow screen's failure can be: one those calls answer with, or noSlots (a slot list that came back empty). */
export type ServiceFailureCode = CallErrorCode<ServiceMethod> | 'noSlots';

const transient = new Set<ServiceFailureCode>(['unavailable', 'internalError', 'badResponse']);

export function serviceProblem(context: ServiceContext, code: ServiceFailureCode): ServiceProblem {
  if (transient.has(code)) return { name: 'unavailable', retry: true, reenter: false };
  switch (code) {
    case 'notFound':
      if (context === 'bill') return { name: 'billNotFound', retry: false, reenter: true };
      if (context === 'printout' || context === 'record' || context === 'certify')
        return { name: 'noRecord', retry: false, reenter: false };
      return { name: 'notFound', retry: false, reenter: false };
    case 'noSlots':
      return { name: 'noSlots', retry: false, reenter: false };
    case 'slotFull':
      return { name: 'slotFull', retry: false, reenter: true };
    case 'badSignature':
      return { name: 'badSignature', retry: false, reenter: false };
    case 'invalidChoices':
      // The chosen period or kind does not fit (an end month before the start): the citizen goes back and changes it.
      return { name: 'invalidChoices', retry: false, reenter: true };
    case 'notAllowed':
      return context === 'bill'
        ? { name: 'billNotAllowed', retry: false, reenter: true }
        : { name: 'notAllowed', retry: false, reenter: false };
    default:
      return { name: 'unavailable', retry: true, reenter: false };
  }
}
