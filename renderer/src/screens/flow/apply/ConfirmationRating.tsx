import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationLevel } from '../../../../../shared/platform/services.js';
import { EvaluationLevelChoice } from '../../../components/evaluation/EvaluationLevelChoice.js';
import { Notice } from '../../../components/Notice.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { applyKeys, confirmationRating, submissionOf } from '../steps/apply-outcome.js';
import { evaluationRequest, isLowLevel } from '../steps/evaluation-logic.js';

type Phase = 'choosing' | 'sending' | 'thanks' | 'failed';

/**
 * 好差评 on the confirmation page, so rating is one tap where the citizen already is instead of a page of its
 * own: a good level is sent at once and thanked for here; 不满意 / 非常不满意 go on to the evaluation page for the
 * reason (and a phone number if they want a call). A rating that cannot be sent never holds the citizen up.
 */
export function ConfirmationRating({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const { client } = useKiosk();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [phase, setPhase] = useState<Phase>(() =>
    confirmationRating(flow.state)?.kind === 'sent' ? 'thanks' : 'choosing',
  );
  const [level, setLevel] = useState<EvaluationLevel | undefined>();
  const sending = useRef(false);

  async function choose(chosen: EvaluationLevel) {
    if (sending.current) return;
    setLevel(chosen);
    if (isLowLevel(chosen)) {
      flow.dispatch({ type: 'outcome', key: applyKeys.rating, value: { kind: 'explain', level: chosen } });
      flow.next();
      return;
    }
    sending.current = true;
    setPhase('sending');
    const submission = submissionOf(flow.state);
    const reply = await client.call(
      'evaluation.submit',
      evaluationRequest(
        { level: chosen, reasonCodes: [], reasonText: '', phone: '' },
        {
          idempotencyKey,
          ...(submission?.caseNumber ? { caseNumber: submission.caseNumber } : {}),
          ...(flow.target.kind === 'item' ? { itemCode: flow.target.code } : {}),
        },
      ),
    );
    flow.dispatch({ type: 'outcome', key: applyKeys.rating, value: { kind: 'sent' } });
    setPhase(reply.ok ? 'thanks' : 'failed');
  }

  return (
    <section className="k-confirmation__rating" aria-labelledby="confirmation-rating" data-rating={phase}>
      <h3 id="confirmation-rating">{t('apply.evaluation.title')}</h3>
      {phase === 'choosing' ? (
        <EvaluationLevelChoice
          id="confirmation-rating-levels"
          labelledBy="confirmation-rating"
          layout="row"
          value={level}
          onChange={(chosen) => void choose(chosen)}
        />
      ) : phase === 'sending' ? (
        <p role="status">{t('apply.evaluation.sending')}</p>
      ) : (
        <Notice
          tone={phase === 'thanks' ? 'success' : 'warning'}
          title={phase === 'thanks' ? t('apply.evaluation.thanks') : t('apply.evaluation.failed')}
        />
      )}
    </section>
  );
}
