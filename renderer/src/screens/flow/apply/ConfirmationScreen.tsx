import { CheckCircle2, Clock, LoaderCircle, Phone, Printer, RotateCcw, TriangleAlert } from 'lucide-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionState } from '../../../../../shared/contract/platform.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { type PrintJobState, usePrintJob } from '../../../printing/use-print-job.js';
import { applyKeys, confirmationRating, flag, submissionOf } from '../steps/apply-outcome.js';
import { ConfirmationRating } from './ConfirmationRating.js';
import {
  certificateDue,
  type ConfirmationKind,
  confirmationKind,
  consultationPhone,
  mergeSubmission,
  packageMemberRows,
  promisedDate,
  promisedDays,
  resultOnSite,
} from './confirmation-logic.js';
import { broughtLater } from './materials-logic.js';
import { useSpeakOnEnter } from '../steps/use-speak-on-enter.js';
import './ConfirmationScreen.css';

type Fetch = { readonly phase: 'idle' | 'loading' } | { readonly phase: 'failed' };

const titles: Record<ConfirmationKind, string> = {
  done: 'apply.confirmation.titleDone',
  accepted: 'apply.confirmation.titleAccepted',
  saved: 'apply.confirmation.titleSaved',
  rejected: 'apply.confirmation.titleRejected',
};
const spoken: Record<ConfirmationKind, string> = {
  done: 'apply.confirmation.spokenDone',
  accepted: 'apply.confirmation.spokenAccepted',
  saved: 'apply.confirmation.spokenSaved',
  rejected: 'apply.confirmation.spokenRejected',
};

/**
 * GOV.UK confirmation panel: the local acceptance number at once, the case number when delivered (live, from
 * submission.changed), what happens next and by when, the phone number; the receipt prints by itself, and
 * for instant items the certificate too. Printer faults in plain words with a retry.
 */
export function ConfirmationScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client, catalog } = useKiosk();
  const [submission, setSubmission] = useState<SubmissionState | undefined>(() => submissionOf(flow.state));
  const receipt = usePrintJob();
  const certificate = usePrintJob();
  const [receiptFetch, setReceiptFetch] = useState<Fetch>({ phase: 'idle' });
  const [certificateFetch, setCertificateFetch] = useState<Fetch>({ phase: 'idle' });
  const started = useRef({ receipt: false, certificate: false });
  const localNumber = submission?.localNumber;
  const kind = submission ? confirmationKind(submission) : 'rejected';

  useSpeakOnEnter(t(spoken[kind]));

  // The case number when the outbox delivers it (the event), and the full state once on arrival.
  useEffect(() => {
    if (!localNumber) return undefined;
    let active = true;
    const refresh = () =>
      void client.call('submission.status', { localNumber }).then((reply) => {
        // The status never carries the query code (main keeps it); the one submit gave this page stays.
        if (active && reply.ok)
          setSubmission((current) => ({
            ...reply.value,
            ...(current?.queryCode ? { queryCode: current.queryCode } : {}),
          }));
      });
    const off = client.on('submission.changed', (change) => {
      if (change.localNumber !== localNumber) return;
      setSubmission((current) => (current ? mergeSubmission(current, change) : current));
      refresh();
    });
    refresh();
    return () => {
      active = false;
      off();
    };
  }, [client, localNumber]);

  useEffect(() => {
    if (submission) flow.dispatch({ type: 'outcome', key: applyKeys.submission, value: submission });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Only the submission matters; dispatch is stable.
  }, [submission]);

  // A package lists the items it includes, each with its own case number once delivered.
  const members = packageMemberRows(flow.target, flow.state.answers, submission).flatMap((row) => {
    const name = catalog.items.find((i) => i.code === row.code)?.name;
    return name ? [{ ...row, name }] : [];
  });
  const memberCasesShown = members.some((m) => m.caseNumber !== undefined);

  async function printReceipt() {
    if (!localNumber) return;
    setReceiptFetch({ phase: 'loading' });
    const document = await client.call('documents.receipt', { localNumber });
    if (!document.ok) return setReceiptFetch({ phase: 'failed' });
    setReceiptFetch({ phase: 'idle' });
    if (await receipt.print(document.value))
      flow.dispatch({ type: 'outcome', key: applyKeys.receiptPrinted, value: true });
  }

  async function printCertificate() {
    const caseNumber = submission?.caseNumber;
    if (!caseNumber) return;
    setCertificateFetch({ phase: 'loading' });
    const document = await client.call('documents.certificate', { caseNumber });
    if (!document.ok) return setCertificateFetch({ phase: 'failed' });
    setCertificateFetch({ phase: 'idle' });
    if (await certificate.print(document.value))
      flow.dispatch({ type: 'outcome', key: applyKeys.certificatePrinted, value: true });
  }

  // Print by themselves, once each: the receipt at once, the certificate as soon as the platform has one.
  useEffect(() => {
    if (!localNumber || started.current.receipt || flag(flow.state, applyKeys.receiptPrinted)) return;
    started.current.receipt = true;
    void printReceipt();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the receipt prints once per case number; started.current guards a second run
  }, [localNumber]);
  const due = submission ? certificateDue(submission) : false;
  useEffect(() => {
    if (!due || started.current.certificate || flag(flow.state, applyKeys.certificatePrinted)) return;
    started.current.certificate = true;
    void printCertificate();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the certificate prints once, when it becomes due
  }, [due]);

  const days = promisedDays(flow.target);
  const date = submission ? promisedDate(submission, locale) : undefined;
  const later = broughtLater(flow.resolution.materials, flow.state.materials).map((material) => {
    const way = material.satisfiedBy.find((s) => s.kind === 'bringLater');
    return { material, note: way?.kind === 'bringLater' ? way.note : undefined };
  });
  const certificateName = resultOnSite(flow.target);
  const next = (() => {
    switch (kind) {
      case 'done':
        return certificateName ? t('apply.confirmation.nextDone') : t('apply.confirmation.nextDoneReceiptOnly');
      case 'accepted':
        if (days === 0) return t('apply.confirmation.nextAcceptedToday');
        return date
          ? t('apply.confirmation.nextAccepted', { days, date })
          : t('apply.confirmation.nextAcceptedNoDate', { days });
      case 'saved':
        return days === 0 ? t('apply.confirmation.nextSavedInstant') : t('apply.confirmation.nextSaved', { days });
      case 'rejected':
        return t('apply.confirmation.nextRejected');
    }
  })();

  // An item's confirmation asks the rating (a package's lists its member cases, and keeps the rating page).
  const ratesHere = flow.target.kind === 'item';
  // 继续 without a rating: it was skipped, and no evaluation page follows (ConfirmationRating asked it here).
  const leave = () => {
    if (ratesHere && !confirmationRating(flow.state))
      flow.dispatch({ type: 'outcome', key: applyKeys.rating, value: { kind: 'skipped' } });
    flow.next();
  };

  return (
    <ScreenLayout
      spoken={t(spoken[kind])}
      screenId="confirmation"
      title={t(titles[kind])}
      caption={l(flow.target.name)}
      actions={
        <Button variant="primary" onClick={leave} data-action="continue">
          {t('common.continue')}
        </Button>
      }
    >
      <div className="k-confirmation">
        <div className={`k-confirmation__panel k-confirmation__panel--${kind}`} data-confirmation={kind}>
          {kind === 'saved' ? <p className="k-confirmation__saved">{t('apply.confirmation.savedBody')}</p> : null}
          {submission?.caseNumber ? (
            <>
              <p className="k-confirmation__label">{t('apply.confirmation.caseNumber')}</p>
              <p className="k-confirmation__number" data-case-number={submission.caseNumber}>
                {submission.caseNumber}
              </p>
            </>
          ) : submission ? (
            <>
              <p className="k-confirmation__label">{t('apply.confirmation.localNumber')}</p>
              <p className="k-confirmation__number" data-local-number={submission.localNumber}>
                {submission.localNumber}
              </p>
              <p className="k-confirmation__small">{t('apply.confirmation.caseNumberPending')}</p>
            </>
          ) : null}
          {submission?.queryCode ? (
            <p className="k-confirmation__small">
              {t('common.labelled', { label: t('apply.confirmation.queryCode'), value: submission.queryCode })}
            </p>
          ) : null}
        </div>

        <section className="k-confirmation__next" aria-labelledby="confirmation-next">
          <h3 id="confirmation-next">{t('apply.confirmation.nextTitle')}</h3>
          <p>{next}</p>
          {later.length > 0 ? (
            <p data-later>
              {t('apply.confirmation.later', {
                materials: later
                  .map((m) =>
                    m.note ? t('common.withNote', { text: l(m.material.name), note: l(m.note) }) : l(m.material.name),
                  )
                  .join(t('common.listSeparator')),
              })}
              {later.some((m) => !m.note) ? ` ${t('apply.confirmation.laterDefault')}` : ''}
            </p>
          ) : null}
          {members.length > 0 && memberCasesShown ? (
            <div data-package-items>
              <p>{t('apply.confirmation.packageCases')}</p>
              <ul className="k-confirmation__members" role="list">
                {members.map((m) => (
                  <li
                    key={m.code}
                    data-member-item={m.code}
                    {...(m.caseNumber ? { 'data-member-case': m.caseNumber } : {})}
                  >
                    <span>{l(m.name)}</span>
                    {m.caseNumber ? <span className="k-confirmation__member-case">{m.caseNumber}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : members.length > 0 ? (
            <p data-package-items>
              {t('apply.confirmation.packageItems', {
                items: members.map((m) => l(m.name)).join(t('common.listSeparator')),
              })}
            </p>
          ) : null}
          {kind !== 'rejected' ? <p className="k-hint">{t('apply.confirmation.progress')}</p> : null}
          <p className="k-confirmation__phone">
            <Phone className="k-icon" aria-hidden="true" />
            {t('apply.confirmation.phone', { phone: consultationPhone(flow.target) })}
          </p>
        </section>

        <ul className="k-confirmation__prints" role="list">
          <PrintRow
            what={t('apply.confirmation.receipt')}
            job={receipt.state}
            fetch={receiptFetch}
            fetchFailed={t('apply.confirmation.printFailed', {
              what: t('apply.confirmation.receipt'),
              reason: t('errors.tryAgain'),
            })}
            onRetry={() => void printReceipt()}
            dataKey="receipt"
          />
          {due || certificateFetch.phase !== 'idle' || certificate.state.phase !== 'idle' ? (
            <PrintRow
              what={certificateName ? l(certificateName) : t('apply.confirmation.certificate')}
              job={certificate.state}
              fetch={certificateFetch}
              fetchFailed={t('apply.confirmation.certificateFailed')}
              onRetry={() => void printCertificate()}
              dataKey="certificate"
            />
          ) : null}
        </ul>
        {receipt.state.phase === 'failed' || receiptFetch.phase === 'failed' ? (
          <p className="k-confirmation__no-receipt">{t('apply.confirmation.noReceiptHint')}</p>
        ) : null}
        {certificate.state.phase === 'failed' && submission?.caseNumber && submission.queryCode ? (
          // Nobody is sent away with nothing: the numbers on screen are the way to the certificate, anywhere.
          <p className="k-confirmation__no-receipt" data-reprint-later>
            {t('apply.confirmation.reprintLater', {
              caseNumber: submission.caseNumber,
              queryCode: submission.queryCode,
            })}
          </p>
        ) : null}
        {ratesHere ? <ConfirmationRating flow={flow} /> : null}
      </div>
    </ScreenLayout>
  );
}

function PrintRow({
  what,
  job,
  fetch,
  fetchFailed,
  onRetry,
  dataKey,
}: {
  what: string;
  job: PrintJobState;
  fetch: Fetch;
  fetchFailed: string;
  onRetry: () => void;
  dataKey: string;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  let icon: ReactNode;
  let text: string;
  let status: string;
  let retry = false;
  if (fetch.phase === 'failed') {
    icon = <TriangleAlert className="k-icon" aria-hidden="true" />;
    text = fetchFailed;
    status = 'failed';
    retry = true;
  } else if (fetch.phase === 'loading' || job.phase === 'printing') {
    icon = <LoaderCircle className="k-icon k-confirmation__spin" aria-hidden="true" />;
    text = t('apply.confirmation.printing', { what });
    status = 'printing';
  } else if (job.phase === 'done') {
    icon = <CheckCircle2 className="k-icon" aria-hidden="true" />;
    text = t('apply.confirmation.printed', { what });
    status = 'done';
  } else if (job.phase === 'failed') {
    icon = <TriangleAlert className="k-icon" aria-hidden="true" />;
    text = t('apply.confirmation.printFailed', { what, reason: l(job.message) });
    status = 'failed';
    retry = true;
  } else {
    icon = <Clock className="k-icon" aria-hidden="true" />;
    text = t('apply.confirmation.printing', { what });
    status = 'waiting';
  }
  return (
    <li
      className={`k-confirmation__print k-confirmation__print--${status}`}
      data-print={dataKey}
      data-print-status={status}
    >
      <span className="k-confirmation__print-text" role={status === 'failed' ? 'alert' : 'status'}>
        <Printer className="k-icon" aria-hidden="true" />
        {icon}
        <span>{text}</span>
      </span>
      {retry ? (
        <Button onClick={onRetry} icon={<RotateCcw className="k-icon" />} data-action={`retry-${dataKey}`}>
          {t('apply.confirmation.printRetry', { what })}
        </Button>
      ) : null}
    </li>
  );
}
