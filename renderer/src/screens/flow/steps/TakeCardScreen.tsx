import { IdCard, Printer, Smartphone } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { identifiedBy } from './apply-outcome.js';
import { useSpeakOnEnter } from './use-speak-on-enter.js';
import './TakeCardScreen.css';

/** Seconds before the session ends by itself. */
export const TAKE_CARD_SECONDS = 15;

/**
 * "请取走您的身份证和打印件" (spoken) — or, after an e-ID, "请带好您的手机和打印件": no card was placed — then
 * the session ends, by the tap or after a short visible countdown, with the wipe. (An application whose receipt
 * never printed is released when the flow unmounts: use-release-receipt.ts.)
 */
export function TakeCardScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const [seconds, setSeconds] = useState(TAKE_CARD_SECONDS);
  const finished = useRef(false);

  const eId = identifiedBy(flow.state) === 'eId';
  const words = eId ? 'apply.takeCard.eId' : 'apply.takeCard';

  useSpeakOnEnter(t(`${words}.spoken`));

  const finish = () => {
    if (finished.current) return;
    finished.current = true;
    flow.finish();
  };

  useEffect(() => {
    const timer = setInterval(() => setSeconds((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (seconds === 0) finish();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- finish runs once, when the countdown reaches zero
  }, [seconds]);

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
      <div className="k-take-card" aria-hidden="true" data-identified-by={eId ? 'eId' : 'idCard'}>
        {eId ? <Smartphone className="k-take-card__icon" /> : <IdCard className="k-take-card__icon" />}
        <Printer className="k-take-card__icon" />
      </div>
      <p className="k-take-card__body">{t(`${words}.body`)}</p>
      <p className="k-take-card__countdown" role="timer" aria-live="off" data-seconds={seconds}>
        {t('apply.takeCard.countdown', { seconds })}
      </p>
    </ScreenLayout>
  );
}
