import { IdCard, Printer, Smartphone } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import { useDevices } from '../../../context/devices-context.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { useSpeech } from '../../../speech/speech.js';
import { printedThisSession } from '../../../printing/printed-this-session.js';
import { identifiedBy } from './apply-outcome.js';
import { useCountdown } from './use-countdown.js';
import { useSpeakOnEnter } from './use-speak-on-enter.js';
import './TakeCardScreen.css';

/** Seconds before the session ends by itself (once no card is left on the reader). */
export const TAKE_CARD_SECONDS = 15;
/** Seconds between spoken reminders while the card is still on the reader. */
export const CARD_REMINDER_SECONDS = 8;
/** Seconds left once the card is lifted: time to take the printout too. */
const AFTER_LIFT_SECONDS = 3;

/**
 * "请取走您的身份证和打印件" (spoken) — or, after an e-ID, "请带好您的手机和打印件" — then the session ends with the
 * wipe. While the reader says a card is still on it, the session does not end: neither the countdown nor 完成
 * lets the next person find it; a reminder is spoken again and grows on screen until the card is lifted, then
 * the page ends a few seconds later. A reader that cannot tell (or no card at all) ends by the countdown.
 */
export function TakeCardScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const speech = useSpeech();
  const devices = useDevices();
  const [reminders, setReminders] = useState(0);
  const finished = useRef(false);

  const eId = identifiedBy(flow.state) === 'eId';
  // "…和打印件" only when something was printed: never send a citizen to look for papers that do not exist.
  const [papers] = useState(() => printedThisSession() > 0);
  const words = `apply.takeCard${eId ? '.eId' : ''}${papers ? '' : '.noPapers'}`;
  const reader = devices.idCardReader?.state;
  const cardOnReader = !eId && reader?.kind === 'idCardReader' && reader.card === 'present';
  // The countdown runs only while no card is left on the reader.
  const [seconds, setSeconds] = useCountdown(TAKE_CARD_SECONDS, !cardOnReader);

  useSpeakOnEnter(t(`${words}.spoken`));

  const remind = () => {
    setReminders((n) => n + 1);
    speech.speak(t('apply.takeCard.cardStillThere'), { interrupt: true });
  };

  const finish = () => {
    if (finished.current) return;
    if (cardOnReader) {
      remind();
      return;
    }
    finished.current = true;
    flow.finish();
  };

  // A lifted card leaves a few seconds for the printout; while it lies there, a reminder every few seconds.
  const wasOnReader = useRef(cardOnReader);
  useEffect(() => {
    if (wasOnReader.current && !cardOnReader) setSeconds((s) => Math.min(s, AFTER_LIFT_SECONDS));
    wasOnReader.current = cardOnReader;
    if (!cardOnReader) return undefined;
    const reminder = setInterval(remind, CARD_REMINDER_SECONDS * 1000);
    return () => clearInterval(reminder);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restarted only when the card comes or goes; remind reads nothing that changes
  }, [cardOnReader]);

  useEffect(() => {
    if (seconds === 0 && !cardOnReader) finish();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- finish runs once, when the countdown reaches zero
  }, [seconds, cardOnReader]);

  return (
    <ScreenLayout
      screenId="take-card"
      title={t(`${words}.title`)}
      caption={l(flow.target.name)}
      actions={
        <Button variant="primary" onClick={finish} data-action="finish">
          {t('apply.takeCard.done')}
        </Button>
      }
    >
      <div
        className="k-take-card"
        aria-hidden="true"
        data-identified-by={eId ? 'eId' : 'idCard'}
        data-papers={papers || undefined}
      >
        {eId ? <Smartphone className="k-take-card__icon" /> : <IdCard className="k-take-card__icon" />}
        {papers ? <Printer className="k-take-card__icon" /> : null}
      </div>
      <p className="k-take-card__body">{t(`${words}.body`)}</p>
      {cardOnReader ? (
        <p
          className="k-take-card__still-there"
          role="alert"
          data-card-on-reader
          data-reminders={reminders}
          style={{ fontSize: `calc(var(--font-heading) * ${Math.min(1 + reminders * 0.15, 1.6)})` }}
        >
          {t('apply.takeCard.cardStillThere')}
        </p>
      ) : (
        <p className="k-take-card__countdown" role="timer" aria-live="off" data-seconds={seconds}>
          {t('apply.takeCard.countdown', { seconds })}
        </p>
      )}
    </ScreenLayout>
  );
}
