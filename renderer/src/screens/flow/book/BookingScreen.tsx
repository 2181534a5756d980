import { CalendarCheck2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderedDocumentReply } from '../../../../../shared/contract/documents.js';
import { err } from '../../../../../shared/result.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { platformTextPicker } from '../../../i18n/platform-text.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { usePrintJob } from '../../../printing/use-print-job.js';
import { useSpeech } from '../../../speech/speech.js';
import {
  LoadingNotice,
  PlatformChineseNote,
  PrintActions,
  PrintStatus,
  RetryAction,
  ServiceProblemNotice,
} from '../service/ServiceNotices.js';
import { readOutcome } from '../service/service-outcome.js';
import { slotText } from './slots.js';
import { useServiceLoad } from '../service/use-service-load.js';
import '../service/ServiceScreens.css';

/** Book items' confirmation: the booking number, day, time and place on screen, and the slip printed by itself. */
export function BookingScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  const speech = useSpeech();
  const booking = readOutcome(flow.state, 'booking');
  const { load, retry } = useServiceLoad<RenderedDocumentReply>(() =>
    booking
      ? client.call('documents.bookingTicket', { bookingNumber: booking.bookingNumber })
      : Promise.resolve(err('notAllowed', 'no booking')),
  );
  const ticket = load.phase === 'ready' ? load.value : undefined;
  const job = usePrintJob();
  const started = useRef(false);
  const { print } = job;
  useEffect(() => {
    if (!ticket || started.current) return;
    started.current = true;
    void print(ticket);
  }, [ticket, print]);
  const when = booking ? slotText(booking.slot, locale) : '';
  useEffect(() => {
    if (booking) speech.speak(t('service.book.spoken', { when }), { interrupt: true });
  }, [booking, speech, t, when]);

  const phase = job.state.phase;
  const pick = platformTextPicker(locale);
  const rows: Array<[string, string]> = booking
    ? [
        [t('service.book.number'), booking.bookingNumber],
        [t('service.book.when'), when],
        [t('service.book.place'), pick(booking.slot.location, booking.slot.locationEn)],
        [t('service.book.applicant'), booking.applicantMasked],
        [t('service.book.phone'), booking.phoneMasked],
      ]
    : [];
  return (
    <ScreenLayout
      screenId="booking"
      title={booking ? t('service.book.doneTitle') : t('service.problem.notAllowed.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onHome={phase === 'printing' ? undefined : flow.home}
      actions={
        load.phase === 'failed' || !booking ? (
          <>
            <Button onClick={flow.next} data-action="skip-print">
              {t('service.print.skip')}
            </Button>
            {booking && load.phase === 'failed' ? (
              <RetryAction context="receipt" code={load.code} onRetry={retry} />
            ) : null}
          </>
        ) : (
          <PrintActions state={job.state} onRetry={() => ticket && void print(ticket)} onContinue={flow.next} />
        )
      }
    >
      {booking ? (
        <>
          <div className="k-svc-outcome k-svc-outcome--certified" data-outcome="booked">
            <CalendarCheck2 className="k-icon k-svc-outcome__icon" aria-hidden="true" />
            <p>{t('service.book.doneBody', { when })}</p>
          </div>
          <dl className="k-svc-rows">
            {rows.map(([label, value]) => (
              <div key={label} className="k-svc-row">
                <dt className="k-svc-row__label">{label}</dt>
                <dd className="k-svc-row__value">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="k-svc-note">{t('service.book.bring')}</p>
          <PlatformChineseNote show={pick.anyChinese()} />
        </>
      ) : null}
      {load.phase === 'loading' && booking ? <LoadingNotice text={t('service.book.ticketLoading')} /> : null}
      {load.phase === 'failed' && booking ? <ServiceProblemNotice context="receipt" code={load.code} /> : null}
      {/* The slip is printed in Chinese; in English the kiosk names it in its own words. */}
      <PrintStatus
        state={job.state}
        what={locale === 'en' ? t('service.book.ticket') : (ticket?.title ?? t('service.book.ticket'))}
      />
    </ScreenLayout>
  );
}
