import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Notice } from '../../../components/Notice.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { useSpeakOnEnter } from '../steps/use-speak-on-enter.js';
import { SIGNATURE_PAD_ID, SignatureField } from './SignatureField.js';
import { useSignature } from './use-signature.js';

/**
 * The applicant signs on the touch screen, for an item that asks a signature without a commitment (with one,
 * the commitment page takes the signature). Required before 继续; a failure to keep it says so and 继续 tries again.
 */
export function SignScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const signature = useSignature(flow);
  // Shown from the 继续 that found the pad empty until the next 继续 (GOV.UK): taking it away mid-stroke would
  // move the pad under the finger and resize (so clear) the canvas.
  const [error, setError] = useState(false);

  useSpeakOnEnter(t('apply.sign.spoken'));

  const submit = async () => {
    const result = await signature.save();
    if (result === 'busy') return;
    setError(result === 'empty');
    if (result === 'signed') flow.next();
  };

  return (
    <ScreenLayout
      screenId="sign"
      spoken={t('apply.sign.spoken')}
      title={t('apply.sign.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        <Button variant="primary" onClick={() => void submit()} disabled={signature.busy} data-action="continue">
          {signature.saveFailed ? t('common.retry') : t('common.continue')}
        </Button>
      }
    >
      <ErrorSummary errors={error ? [{ fieldId: SIGNATURE_PAD_ID, message: t('apply.sign.required') }] : []} />
      {signature.saveFailed ? (
        <Notice tone="warning" title={t('apply.sign.saveFailed')} />
      ) : (
        <p className="k-hint">{t('apply.sign.hint')}</p>
      )}
      {error ? <p className="k-field-error">{t('apply.sign.required')}</p> : null}
      <SignatureField signature={signature} invalid={error} />
    </ScreenLayout>
  );
}
