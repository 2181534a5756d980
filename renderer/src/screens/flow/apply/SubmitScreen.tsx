import { LoaderCircle, RotateCcw } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { Notice } from '../../../components/Notice.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { applyKeys, draftKey, submissionOf } from '../steps/apply-outcome.js';
import { buildDraft, type DraftProblem, draftFingerprint } from './submission-draft.js';
import { useSpeakOnEnter } from '../steps/use-speak-on-enter.js';
import './SubmitScreen.css';

/** Why sending failed: a retry helps (undefined), or it cannot (the item is not here; an image was not kept). */
type Refusal = 'unknownItem' | 'attachmentMissing' | 'backlog' | undefined;
type Phase =
  | { readonly kind: 'sending' }
  | { readonly kind: 'failed'; readonly refusal: Refusal }
  | { readonly kind: 'incomplete'; readonly problem: DraftProblem };

/**
 * Sends the application once. The kiosk saves it durably before sending, so "offline" is still accepted
 * (已保存，网络恢复后自动提交) and goes on to the confirmation. A repeated tap or a retry after a lost reply uses
 * the same idempotency key, so the platform keeps one application; a changed draft gets a new key.
 */
export function SubmitScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  const [phase, setPhase] = useState<Phase>({ kind: 'sending' });
  const sending = useRef(false);
  const mounted = useRef(true);

  useSpeakOnEnter(phase.kind === 'sending' ? t('apply.submit.spoken') : undefined);

  const send = useCallback(async () => {
    if (sending.current) return;
    const already = submissionOf(flow.state);
    if (already) return flow.next();
    const built = buildDraft({
      target: flow.target,
      state: flow.state,
      resolution: flow.resolution,
      known: flow.known,
      locale,
    });
    if (!built.ok) return setPhase({ kind: 'incomplete', problem: built.problem });
    const fingerprint = draftFingerprint(built.draft);
    const kept = draftKey(flow.state);
    const key = kept && kept.fingerprint === fingerprint ? kept.key : crypto.randomUUID();
    if (key !== kept?.key) flow.dispatch({ type: 'outcome', key: applyKeys.draftKey, value: { key, fingerprint } });
    sending.current = true;
    setPhase({ kind: 'sending' });
    try {
      const reply = await client.call('submission.submit', { ...built.draft, idempotencyKey: key });
      if (reply.ok) {
        flow.dispatch({ type: 'outcome', key: applyKeys.submission, value: reply.value });
        flow.next();
        return;
      }
      const code = reply.error.code;
      if (mounted.current)
        setPhase({
          kind: 'failed',
          refusal: code === 'unknownItem' || code === 'attachmentMissing' || code === 'backlog' ? code : undefined,
        });
    } finally {
      sending.current = false;
    }
  }, [client, flow, locale]);

  useEffect(() => {
    mounted.current = true;
    void send();
    return () => {
      mounted.current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Sent once when the page opens; later only by the citizen's 重新提交.
  }, []);

  const problemText = (problem: DraftProblem): string => {
    switch (problem.kind) {
      case 'notIdentified':
        return t('apply.submit.notIdentified');
      case 'material': {
        const material = flow.resolution.materials.find((m) => m.id === problem.materialId);
        return t('apply.submit.material', { name: material ? l(material.name) : problem.materialId });
      }
      case 'notSigned':
        return t('apply.submit.notSigned');
      case 'notCommitted':
        return t('apply.submit.notCommitted');
    }
  };

  return (
    <ScreenLayout
      screenId="submit"
      title={t('apply.submit.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={phase.kind === 'sending' ? undefined : flow.back}
      onHome={phase.kind === 'sending' ? undefined : flow.home}
      actions={
        phase.kind === 'failed' && !phase.refusal ? (
          <Button
            variant="primary"
            onClick={() => void send()}
            icon={<RotateCcw className="k-icon" />}
            data-action="retry-submit"
          >
            {t('apply.submit.retry')}
          </Button>
        ) : null
      }
    >
      {phase.kind === 'sending' ? (
        <div className="k-submit__progress" role="status" data-submit="sending">
          <LoaderCircle className="k-submit__spinner" aria-hidden="true" />
          <p>{t('apply.submit.sending')}</p>
        </div>
      ) : phase.kind === 'failed' ? (
        <Notice tone="warning" title={t('apply.submit.failedTitle')}>
          <p data-submit="failed" data-refusal={phase.refusal}>
            {phase.refusal ? t(`apply.submit.${phase.refusal}`) : t('apply.submit.failed')}
          </p>
        </Notice>
      ) : (
        <Notice tone="warning" title={t('apply.submit.incompleteTitle')}>
          <p data-submit="incomplete">{problemText(phase.problem)}</p>
        </Notice>
      )}
    </ScreenLayout>
  );
}
