import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationLevel } from '../../../../../shared/platform/services.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { EvaluationLevelChoice } from '../../../components/evaluation/EvaluationLevelChoice.js';
import { EvaluationReasonChoice } from '../../../components/evaluation/EvaluationReasonChoice.js';
import { PhoneEntry } from '../../../components/evaluation/PhoneEntry.js';
import { TextEntry } from '../../../components/evaluation/TextEntry.js';
import { Notice } from '../../../components/Notice.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { confirmationRating, submissionOf } from './apply-outcome.js';
import {
  type EvaluationDraft,
  type EvaluationPage,
  evaluationPages,
  evaluationProblems,
  evaluationReasonCodes,
  evaluationRequest,
  hasReason,
} from './evaluation-logic.js';
import { useSpeakOnEnter } from './use-speak-on-enter.js';
import './FieldScreen.css';

type Sent =
  | { readonly phase: 'editing' }
  | { readonly phase: 'sending' }
  | { readonly phase: 'thanks' }
  | { readonly phase: 'failed' };

const AFTER_SENT_MS = 2500;

/**
 * 好差评: five levels as big choices; for 不满意 and 非常不满意 a reason (choices, and the citizen's own words
 * if "其他原因") and an optional phone number for a follow-up call, one question per page. Skipping is
 * always allowed. A rating that cannot be sent never holds the citizen up.
 */
export function EvaluationScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  // A low level chosen on the confirmation page (ConfirmationRating) comes here for its reason.
  const [preset] = useState(() => {
    const rating = confirmationRating(flow.state);
    return rating?.kind === 'explain' ? rating.level : undefined;
  });
  const [draft, setDraft] = useState<EvaluationDraft>({
    ...(preset ? { level: preset } : {}),
    reasonCodes: [],
    reasonText: '',
    phone: '',
  });
  const [page, setPage] = useState<EvaluationPage>(preset ? 'reason' : 'level');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState<Sent>({ phase: 'editing' });
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const sending = useRef(false);
  const pages = evaluationPages(draft);
  const index = Math.max(0, pages.indexOf(page));
  const last = index === pages.length - 1;

  const titles: Record<EvaluationPage, string> = {
    level: t('apply.evaluation.title'),
    reason: t('apply.evaluation.reasonTitle'),
    reasonText: t('apply.evaluation.reasonTextTitle'),
    phone: t('apply.evaluation.phoneTitle'),
  };
  useSpeakOnEnter(
    sent.phase === 'thanks'
      ? t('apply.evaluation.thanks')
      : page === 'level'
        ? t('apply.evaluation.spoken')
        : titles[page],
  );

  useEffect(() => {
    if (sent.phase !== 'thanks' && sent.phase !== 'failed') return undefined;
    const timer = setTimeout(flow.next, AFTER_SENT_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the timer restarts only when the sent phase changes; flow.next is stable
  }, [sent.phase]);

  const change = (next: Partial<EvaluationDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setError(undefined);
  };

  async function send(level: EvaluationLevel) {
    if (sending.current) return;
    sending.current = true;
    setSent({ phase: 'sending' });
    const submission = submissionOf(flow.state);
    const reply = await client.call(
      'evaluation.submit',
      evaluationRequest(
        { ...draft, level },
        {
          idempotencyKey,
          ...(submission?.caseNumber ? { caseNumber: submission.caseNumber } : {}),
          ...(flow.target.kind === 'item' ? { itemCode: flow.target.code } : {}),
        },
      ),
    );
    setSent({ phase: reply.ok ? 'thanks' : 'failed' });
  }

  function forward() {
    const problems = evaluationProblems(draft);
    if (page === 'level' && problems.includes('level')) return setError(t('apply.evaluation.chooseLevel'));
    if (page === 'reason' && !hasReason(draft) && !draft.reasonCodes.includes('other'))
      return setError(t('apply.evaluation.chooseReason'));
    if (page === 'reasonText' && !hasReason(draft)) return setError(t('apply.evaluation.chooseReason'));
    if (page === 'phone' && problems.includes('phone')) return setError(t('apply.evaluation.phoneInvalid'));
    const next = pages[index + 1];
    if (next) {
      setPage(next);
      return;
    }
    if (draft.level) void send(draft.level);
  }

  const fieldId = `evaluation-${page}`;
  const done = sent.phase !== 'editing';

  return (
    <ScreenLayout
      screenId={done ? 'evaluation-sent' : `evaluation${page === 'level' ? '' : `-${page}`}`}
      title={done ? t('apply.evaluation.title') : titles[page]}
      caption={l(flow.target.name)}
      onBack={done ? undefined : index > 0 ? () => setPage(pages[index - 1] ?? 'level') : undefined}
      actions={
        done ? (
          <Button variant="primary" onClick={flow.next} disabled={sent.phase === 'sending'} data-action="continue">
            {t('common.continue')}
          </Button>
        ) : (
          <>
            <Button onClick={flow.next} data-action="skip-evaluation">
              {t('apply.evaluation.skip')}
            </Button>
            <Button variant="primary" onClick={forward} data-action={last ? 'submit-evaluation' : 'continue'}>
              {last ? t('apply.evaluation.submit') : t('common.continue')}
            </Button>
          </>
        )
      }
    >
      {done ? (
        sent.phase === 'sending' ? (
          <p role="status">{t('apply.evaluation.sending')}</p>
        ) : (
          <Notice
            tone={sent.phase === 'thanks' ? 'success' : 'warning'}
            title={sent.phase === 'thanks' ? t('apply.evaluation.thanks') : t('apply.evaluation.failed')}
          />
        )
      ) : (
        <>
          <ErrorSummary errors={error ? [{ fieldId, message: error }] : []} />
          {error ? (
            <p className="k-field-error" id={`${fieldId}-error`}>
              {error}
            </p>
          ) : null}
          {page === 'level' ? (
            <EvaluationLevelChoice
              id={fieldId}
              labelledBy="k-screen-title"
              invalid={Boolean(error)}
              value={draft.level}
              onChange={(level) => change({ level })}
            />
          ) : page === 'reason' ? (
            <EvaluationReasonChoice
              id={fieldId}
              labelledBy="k-screen-title"
              invalid={Boolean(error)}
              selected={draft.reasonCodes}
              onToggle={(code) =>
                change({
                  reasonCodes: draft.reasonCodes.includes(code)
                    ? draft.reasonCodes.filter((c) => c !== code)
                    : [...draft.reasonCodes, code],
                })
              }
              options={evaluationReasonCodes.map((code) => ({ code, label: t(`apply.evaluation.reasons.${code}`) }))}
            />
          ) : page === 'reasonText' ? (
            <TextEntry
              id={fieldId}
              locale={locale}
              value={draft.reasonText}
              maxLength={200}
              invalid={Boolean(error)}
              onChange={(reasonText) => change({ reasonText })}
            />
          ) : (
            <PhoneEntry
              id={fieldId}
              value={draft.phone}
              onChange={(phone) => change({ phone })}
              {...(error ? { errorId: `${fieldId}-error` } : {})}
            />
          )}
        </>
      )}
    </ScreenLayout>
  );
}
