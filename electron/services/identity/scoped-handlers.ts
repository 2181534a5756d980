import { err, type Result } from '../../../shared/result.js';
import type { CallContext, Handler, Handlers } from '../../rpc/handlers.js';
import type { MethodName } from '../../../shared/contract/index.js';
import type { IdentityScope } from './identity-scope.js';

const NOT_IDENTIFIED = 'notIdentified';

function refused(): Result<never> {
  return err(NOT_IDENTIFIED, 'This needs the person identified at this kiosk now (ID card or e-ID)');
}

type Wrap<M extends MethodName> = (inner: Handler<M>) => Handler<M>;

/** Runs the handler only when `allowed` says the request is about the identified person. */
function requireScope<M extends MethodName>(allowed: (request: Parameters<Handler<M>>[0]) => boolean): Wrap<M> {
  return (inner) => (request, context: CallContext) => (allowed(request) ? inner(request, context) : refused());
}

/**
 * Ties the calls that return or submit personal data to the identity scope (identity-scope.ts). The handlers
 * themselves stay as they are; this decorates the handler map once, in the composition root:
 * - a card read and a verified e-ID open the scope, the wipe closes it;
 * - records, e-licenses, printouts, face certification and progress by ID number answer only for the person
 *   in the scope; an application's applicant must be that person;
 * - an application's status, receipt and receipt release answer only for applications this scope submitted,
 *   and the status never carries the query code (it is printed on the citizen's own receipt, nowhere else);
 * - a certificate prints only for a case this session submitted or found (by ID card, or by number and the
 *   query code from its receipt), so a reprint works at any kiosk and for nobody without the receipt;
 * - a complaint's receipt prints only in the session that sent it.
 * Payment bills and bookings may name someone else on purpose (paying for a parent) and are not scoped.
 */
export function withIdentityScope(handlers: Handlers, scope: IdentityScope): Handlers {
  const h = handlers;
  return {
    ...h,
    'devices.idCard.read': async (request, context) => {
      const result = await h['devices.idCard.read'](request, context);
      if (result.ok) scope.open(result.value.idNumber);
      return result;
    },
    'identity.verifyEId': async (request, context) => {
      const result = await h['identity.verifyEId'](request, context);
      if (result.ok) scope.open(result.value.person.idNumber);
      return result;
    },
    'session.end': async (request, context) => {
      // The session's applications may go once delivered, receipt printed or not (releasing is idempotent).
      for (const localNumber of scope.ownLocalNumbers()) {
        void (await h['submission.releaseReceipt']({ localNumber }, context));
      }
      scope.close();
      return h['session.end'](request, context);
    },
    // A public record (no ID number) names nobody; a personal one must name the identified person.
    'records.get': requireScope<'records.get'>((r) => r.idNumber === undefined || scope.holds(r.idNumber))(
      h['records.get'],
    ),
    'license.find': requireScope<'license.find'>((r) => scope.holds(r.idNumber))(h['license.find']),
    'person.contact': requireScope<'person.contact'>((r) => scope.holds(r.idNumber))(h['person.contact']),
    'documents.printout': requireScope<'documents.printout'>((r) => scope.holds(r.idNumber))(h['documents.printout']),
    'certification.submit': requireScope<'certification.submit'>((r) => scope.holds(r.idNumber))(
      h['certification.submit'],
    ),
    'case.progress': async (request, context) => {
      if (request.by === 'idNumber' && !scope.holds(request.idNumber)) return refused();
      const result = await h['case.progress'](request, context);
      // Found with the ID card or with the query code from the receipt: its documents may be printed again.
      if (result.ok) for (const found of result.value.cases) scope.addCase(found.caseNumber);
      return result;
    },
    'documents.verify': async (request, context) => {
      const result = await h['documents.verify'](request, context);
      // A scanned receipt carries the case number and its query code: the case it found is this session's too.
      if (result.ok && result.value.kind === 'receipt' && result.value.progress)
        scope.addCase(result.value.progress.caseNumber);
      return result;
    },
    'documents.certificate': (request, context) =>
      scope.ownsCase(request.caseNumber)
        ? h['documents.certificate'](request, context)
        : err('notFound', 'No case of this session with this number'),
    'documents.receipt': (request, context) =>
      scope.ownsLocalNumber(request.localNumber)
        ? h['documents.receipt'](request, context)
        : err('notFound', 'No application of this session'),
    'submission.submit': async (request, context) => {
      if (!scope.holds(request.applicant.idNumber)) return refused();
      const result = await h['submission.submit'](request, context);
      if (result.ok) {
        scope.addLocalNumber(result.value.localNumber);
        if (result.value.caseNumber) scope.addCase(result.value.caseNumber);
      }
      return result;
    },
    'submission.status': async (request, context) => {
      if (!scope.ownsLocalNumber(request.localNumber)) return err('notFound', 'No application of this session');
      const result = await h['submission.status'](request, context);
      if (!result.ok) return result;
      if (result.value.caseNumber) scope.addCase(result.value.caseNumber);
      const { queryCode: _dropped, ...state } = result.value;
      return { ok: true, value: state };
    },
    'complaint.submit': async (request, context) => {
      const result = await h['complaint.submit'](request, context);
      if (result.ok) scope.addComplaint(result.value.complaintNumber);
      return result;
    },
    'documents.complaintSlip': (request, context) =>
      scope.ownsComplaint(request.complaintNumber)
        ? h['documents.complaintSlip'](request, context)
        : err('notFound', 'No complaint of this session with this number'),
    'submission.releaseReceipt': (request, context) =>
      scope.ownsLocalNumber(request.localNumber)
        ? h['submission.releaseReceipt'](request, context)
        : err('notFound', 'No application of this session'),
  };
}
