import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { useSpeech } from '../../../speech/speech.js';
import { bookingApplicant } from './booking.js';
import { LoadingNotice, RetryAction, ServiceProblemNotice } from '../service/ServiceNotices.js';
import { outcomeAction, readOutcome } from '../service/service-outcome.js';
import { type ServiceFailureCode, serviceProblem } from '../service/service-problems.js';
import '../service/ServiceScreens.css';

/**
 * Book items' submit: books the chosen slot once (the same idempotency key for the same slot, so a retry
 * after a lost answer does not book twice). A slot taken meanwhile goes back to the slot page.
 */
export function BookSubmitScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const speech = useSpeech();
  const [failed, setFailed] = useState<ServiceFailureCode | undefined>();
  const sending = useRef(false);
  const flowRef = useRef(flow);
  flowRef.current = flow;

  const send = useCallback(async () => {
    if (sending.current) return;
    const f = flowRef.current;
    const slot = readOutcome(f.state, 'slot');
    const held = readOutcome(f.state, 'booking');
    if (held && slot && held.slot.slotId === slot.slotId) return f.next();
    const applicant = bookingApplicant(f.resolution.fields, { ...f.known, ...f.state.values }, f.state.idCard);
    if (!slot || !applicant) return setFailed('notAllowed');
    const kept = readOutcome(f.state, 'bookingKey');
    const key = kept && kept.slotId === slot.slotId ? kept.key : crypto.randomUUID();
    if (key !== kept?.key) f.dispatch(outcomeAction('bookingKey', { key, slotId: slot.slotId }));
    sending.current = true;
    setFailed(undefined);
    try {
      const reply = await client.call('appointment.book', {
        idempotencyKey: key,
        slotId: slot.slotId,
        itemCode: f.target.code,
        applicant,
      });
      if (reply.ok) {
        flowRef.current.dispatch(outcomeAction('booking', reply.value));
        flowRef.current.next();
      } else setFailed(reply.error.code);
    } finally {
      sending.current = false;
    }
  }, [client]);

  useEffect(() => {
    speech.speak(t('service.book.sending'), { interrupt: true });
    void send();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Sent once when the page opens; later by 重试.
  }, []);

  const problem = failed ? serviceProblem('booking', failed) : undefined;
  return (
    <ScreenLayout
      screenId="book-submit"
      title={failed ? t(`service.problem.${problem?.name ?? 'unavailable'}.title`) : t('service.book.sendingTitle')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={failed ? flow.back : undefined}
      onHome={failed ? flow.home : undefined}
      actions={
        problem?.reenter ? (
          <Button
            variant="primary"
            onClick={() => flow.dispatch({ type: 'goTo', key: 'slot' })}
            data-action="choose-slot"
          >
            {t('service.book.chooseAgain')}
          </Button>
        ) : (
          <RetryAction context="booking" code={failed} onRetry={() => void send()} />
        )
      }
    >
      {failed ? (
        <ServiceProblemNotice context="booking" code={failed} />
      ) : (
        <LoadingNotice text={t('service.book.sending')} />
      )}
    </ScreenLayout>
  );
}
