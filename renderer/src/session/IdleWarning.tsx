import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button.js';
import { Dialog } from '../components/Dialog.js';
import { useSpeech } from '../speech/speech.js';
import type { IdleTimerState } from './use-idle-timer.js';

/** The spoken and visible idle warning with one button, "继续办理". */
export function IdleWarning({ timer }: { timer: IdleTimerState }) {
  const { t } = useTranslation();
  const speech = useSpeech();
  useEffect(() => {
    if (timer.warning) speech.speak(t('idle.spoken'), { always: true });
  }, [timer.warning, speech, t]);
  return (
    <Dialog
      open={timer.warning}
      dialogId="idle-warning"
      title={t('idle.title')}
      actions={
        timer.extensionsLeft > 0 ? (
          <Button variant="primary" onClick={timer.extend} autoFocus>
            {t('idle.continue')}
          </Button>
        ) : null
      }
    >
      <p className="k-idle__count" aria-live="off">
        {t('idle.body', { seconds: timer.secondsLeft })}
      </p>
    </Dialog>
  );
}
