import { RecentComplaints } from '../documents/recent-complaints.js';
import type { documentMethods, RenderedDocumentReply } from '../../../shared/contract/documents.js';
import type { platformMethods, SubmissionState } from '../../../shared/contract/platform.js';
import type { Submission } from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { EventHub } from '../../rpc/event-hub.js';
import type { Handlers } from '../../rpc/handlers.js';
import type { RenderedDocument } from '../documents/documents-service.js';
import type { OutboxEntry } from '../outbox/outbox.js';
import type { PlatformServices } from './platform-services.js';
import { checkRecordRequest } from './record-choices-check.js';

type PlatformHandlerNames = keyof typeof platformMethods | keyof typeof documentMethods;

function stateOf(
  entry: OutboxEntry,
  queryCode: string | undefined,
  duplicate: boolean,
  online: boolean | undefined,
): SubmissionState {
  return {
    localNumber: entry.localNumber,
    ...(queryCode ? { queryCode } : {}),
    state: entry.state,
    ...(entry.caseNumber ? { caseNumber: entry.caseNumber } : {}),
    ...(entry.ack?.memberCases ? { memberCases: entry.ack.memberCases } : {}),
    ...(entry.ack ? { caseStatus: entry.ack.status, instant: entry.ack.instant } : {}),
    ...(entry.ack?.promisedBy ? { promisedBy: entry.ack.promisedBy } : {}),
    certificateAvailable: entry.ack?.certificateAvailable ?? false,
    duplicate,
    offline: entry.state === 'pending' && online === false,
    ...(entry.state === 'rejected' && entry.lastError ? { problem: entry.lastError } : {}),
  };
}

function mapDoc(result: Result<RenderedDocument>): Result<RenderedDocumentReply> {
  if (!result.ok) return result;
  const { pdf, receiptLines, ...rest } = result.value;
  return ok({
    ...rest,
    ...(receiptLines ? { receiptLines: [...receiptLines] } : {}),
    pdfBase64: Buffer.from(pdf).toString('base64'),
  });
}

/**
 * The renderer-facing calls of shared/contract/platform.ts and documents.ts, on top of the platform
 * services. The kiosk fills in its own id and the time; personal data is passed on, never logged.
 */
export function createPlatformHandlers(
  services: PlatformServices,
  events?: EventHub,
): Pick<Handlers, PlatformHandlerNames> {
  const { outbox, documents } = services;
  const gateway = () => services.gateway;
  const complaintSlips = new RecentComplaints();

  const outboxStatus = () => {
    const s = outbox.status();
    return {
      pending: s.pending,
      oldestPendingSeconds: s.oldestPendingSeconds,
      online: s.online ?? null,
      platform: services.kind,
      ...(s.lastError ? { lastError: s.lastError.slice(0, 64) } : {}),
    };
  };

  if (events) {
    outbox.onChange((entry) => {
      events.emit('submission.changed', {
        localNumber: entry.localNumber,
        state: entry.state,
        ...(entry.caseNumber ? { caseNumber: entry.caseNumber } : {}),
        ...(entry.ack?.memberCases ? { memberCases: entry.ack.memberCases } : {}),
      });
      events.emit('outbox.status', outboxStatus());
    });
  }

  const queued = (predicate: (s: Submission) => boolean) =>
    outbox
      .list({ state: 'pending', limit: 100 })
      .map((entry) => ({ entry, submission: outbox.readSubmission(entry.localNumber) }))
      .filter(
        (x): x is { entry: OutboxEntry; submission: Submission } =>
          x.submission !== undefined && predicate(x.submission),
      )
      .slice(0, 20)
      .map(({ entry, submission }) => {
        const catalog = services.catalog();
        const info =
          entry.target.kind === 'item' ? catalog.item(entry.target.code) : catalog.package(entry.target.code);
        return {
          localNumber: entry.localNumber,
          title: (info?.name['zh-CN'] ?? entry.target.code).slice(0, 100),
          savedAt: submission.submittedAt,
        };
      });

  return {
    'submission.submit': async (request) => {
      const result = await outbox.submit(request, services.submitWaitMs);
      if (!result.ok) return result;
      return ok(stateOf(result.value.entry, result.value.queryCode, result.value.duplicate, outbox.status().online));
    },
    'submission.status': (request) => {
      const entry = outbox.get(request.localNumber);
      if (!entry) return err('notFound', `There is no application ${request.localNumber} at this kiosk.`);
      return ok(stateOf(entry, outbox.readSubmission(request.localNumber)?.queryCode, false, outbox.status().online));
    },
    'submission.releaseReceipt': (request) => {
      if (!outbox.get(request.localNumber))
        return err('notFound', `There is no application ${request.localNumber} at this kiosk.`);
      return ok({ released: outbox.releaseReceipt(request.localNumber) });
    },
    'outbox.status': () => ok(outboxStatus()),

    'case.progress': async (request) => {
      const local =
        request.by === 'localNumber'
          ? queued(
              (s) => s.localAcceptanceNumber === request.localAcceptanceNumber && s.queryCode === request.queryCode,
            )
          : request.by === 'idNumber'
            ? queued((s) => s.applicant.idNumber === request.idNumber)
            : [];
      const remote = await gateway().progress(request);
      if (remote.ok) {
        // An application the platform already lists is not "waiting here", even before this kiosk has its
        // answer (a delivery whose reply was lost is retried and then acknowledged as a duplicate).
        const known = new Set(remote.value.cases.map((c) => c.localAcceptanceNumber));
        return ok({ cases: remote.value.cases, queuedHere: local.filter((q) => !known.has(q.localNumber)) });
      }
      if (local.length > 0 && (remote.error.code === 'notFound' || remote.error.code === 'unavailable'))
        return ok({ cases: [], queuedHere: local });
      return remote;
    },
    'license.find': (request) => gateway().licenses(request),
    'person.contact': (request) => gateway().contact(request),
    'records.get': async (request) => {
      if (!request.choices) return gateway().records(request);
      const checked = checkRecordRequest(
        services.catalog(),
        request.itemCode ?? '',
        request.record,
        request.choices,
        services.store.clock.now(),
      );
      if (!checked.ok) return checked;
      const result = await gateway().records(request);
      // The platform's own check of the choices (a period it cannot cover) is the citizen's to change.
      return !result.ok && result.error.code === 'invalidRequest'
        ? err('invalidChoices', result.error.message)
        : result;
    },
    'payment.bill': (request) => gateway().billLookup(request),
    'payment.create': (request) => gateway().createPayment({ ...request, kioskId: services.kioskId }),
    'payment.status': (request) => gateway().paymentStatus(request),
    'appointment.slots': (request) => gateway().appointmentSlots(request),
    'appointment.book': (request) => gateway().book({ ...request, kioskId: services.kioskId }),
    'certification.submit': (request) => gateway().certify({ ...request, kioskId: services.kioskId }),
    'evaluation.submit': async (request) => {
      const result = await gateway().evaluate({
        ...request,
        kioskId: services.kioskId,
        at: new Date(services.store.clock.now()).toISOString(),
      });
      if (result.ok && !result.value.duplicate) {
        services.audit.record({
          actor: 'citizen',
          action: 'evaluation.submitted',
          subject: result.value.evaluationNumber,
          detail: { level: request.level },
        });
      }
      return result;
    },
    'complaint.submit': async (request) => {
      const result = await gateway().complain({
        ...request,
        kioskId: services.kioskId,
        at: new Date(services.store.clock.now()).toISOString(),
      });
      if (result.ok)
        complaintSlips.remember({
          complaintNumber: result.value.complaintNumber,
          kind: request.kind,
          about: request.subject.kind === 'department' ? request.subject.departmentName : '本自助终端',
          receivedAt: result.value.receivedAt,
          respondBy: result.value.respondBy,
          phoneLeft: request.phone !== undefined,
        });
      if (result.ok && !result.value.duplicate) {
        // Codes only: the citizen's words and phone never reach the audit log.
        const about = request.subject.kind === 'department' ? request.subject.departmentId : 'kiosk';
        services.audit.record({
          actor: 'citizen',
          action: 'complaint.submitted',
          subject: result.value.complaintNumber,
          detail: { kind: request.kind, about },
        });
      }
      return result;
    },

    'documents.receipt': async (request) => mapDoc(await documents.receipt(request.localNumber)),
    'documents.certificate': async (request) => mapDoc(await documents.caseCertificate(request.caseNumber)),
    'documents.printout': async (request) =>
      mapDoc(await documents.recordsPrintout(request.itemCode, request.idNumber, request.choices)),
    'documents.paymentReceipt': async (request) => mapDoc(await documents.paymentReceipt(request.orderNumber)),
    'documents.bookingTicket': async (request) => mapDoc(await documents.bookingTicket(request.bookingNumber)),
    'documents.complaintSlip': async (request) => {
      const complaint = complaintSlips.find(request.complaintNumber);
      if (!complaint) return err('notFound', 'No complaint with this number was sent from this kiosk lately');
      return mapDoc(await documents.complaintSlip(complaint));
    },
    'documents.markPrinted': (request) => documents.markPrinted(request.documentId),
    'documents.verify': async (request) => ok(await documents.verify(request.text)),
  };
}
