import { Eraser, RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Notice } from '../../../components/Notice.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { trackObjectUrl } from '../../../session/wipe-browser-state.js';
import { applyKeys, signatureUrl } from '../steps/apply-outcome.js';
import { blobRef } from './blob-ref.js';
import { putImage } from './put-image.js';
import { useSpeakOnEnter } from '../steps/use-speak-on-enter.js';
import './SignScreen.css';

const PAD_ID = 'signature-pad';

/**
 * The applicant signs on the touch screen (signature_pad). Required before 继续; 清除重签 starts again. 继续 hands
 * the image to main (kept encrypted for the application, which names it by its SHA-256) before moving on; a
 * failure says so and 继续 tries again. The page shows it again from an object URL the session wipe revokes.
 */
export function SignScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | undefined>(undefined);
  const saved = flow.state.signatureId ? signatureUrl(flow.state) : undefined;
  const [redo, setRedo] = useState(!saved);
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  useSpeakOnEnter(t('apply.sign.spoken'));

  useEffect(() => {
    const element = canvas.current;
    if (!redo || !element) return undefined;
    const instance = new SignaturePad(element, {
      minWidth: 1.5,
      maxWidth: 4.5,
      penColor: '#000',
      backgroundColor: '#fff',
    });
    pad.current = instance;
    // The error stays until 继续 is pressed again (GOV.UK): taking it away mid-stroke moved the pad under the
    // finger and resized (so cleared) the canvas.
    // The canvas is drawn at the panel's pixel density and sized to its box; resizing clears it (as it must).
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      element.width = element.offsetWidth * ratio;
      element.height = element.offsetHeight * ratio;
      element.getContext('2d')?.scale(ratio, ratio);
      instance.clear();
    };
    fit();
    const observer = new ResizeObserver(() => {
      if (element.width !== Math.round(element.offsetWidth * Math.max(window.devicePixelRatio || 1, 1))) fit();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.off();
      pad.current = undefined;
    };
  }, [redo]);

  async function submit() {
    if (busy) return;
    if (!redo && saved) return flow.next();
    const instance = pad.current;
    const element = canvas.current;
    if (!instance || !element || instance.isEmpty()) return setError(true);
    setError(false);
    setBusy(true);
    setSaveFailed(false);
    try {
      const blob = await new Promise<Blob | null>((resolve) => element.toBlob(resolve, 'image/png'));
      if (!blob) return setError(true);
      const ref = await blobRef(blob);
      const kept = await putImage(client, blob, ref);
      if (!kept.ok) return setSaveFailed(true);
      if (saved) URL.revokeObjectURL(saved);
      flow.dispatch({ type: 'outcome', key: applyKeys.signatureUrl, value: trackObjectUrl(blob) });
      flow.dispatch({ type: 'signed', signatureId: ref });
      flow.next();
    } finally {
      setBusy(false);
    }
  }

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
        <Button variant="primary" onClick={() => void submit()} disabled={busy} data-action="continue">
          {saveFailed ? t('common.retry') : t('common.continue')}
        </Button>
      }
    >
      <ErrorSummary errors={error ? [{ fieldId: PAD_ID, message: t('apply.sign.required') }] : []} />
      {saveFailed ? (
        <Notice tone="warning" title={t('apply.sign.saveFailed')} />
      ) : (
        <p className="k-hint">{t('apply.sign.hint')}</p>
      )}
      {error ? <p className="k-field-error">{t('apply.sign.required')}</p> : null}
      {redo ? (
        <>
          <canvas
            ref={canvas}
            id={PAD_ID}
            className={['k-sign__pad', error ? 'k-sign__pad--invalid' : ''].filter(Boolean).join(' ')}
            role="img"
            aria-label={t('apply.sign.padLabel')}
            tabIndex={-1}
            data-signature-pad
          />
          <Button
            className="k-sign__clear"
            onClick={() => {
              pad.current?.clear();
              setError(false);
            }}
            icon={<Eraser className="k-icon" />}
            data-action="clear-signature"
          >
            {t('apply.sign.clear')}
          </Button>
        </>
      ) : (
        <>
          <figure className="k-sign__saved">
            <img src={saved} alt={t('apply.sign.saved')} className="k-sign__image" />
            <figcaption>{t('apply.sign.saved')}</figcaption>
          </figure>
          <Button
            className="k-sign__clear"
            onClick={() => setRedo(true)}
            icon={<RotateCcw className="k-icon" />}
            data-action="redo-signature"
          >
            {t('apply.sign.redo')}
          </Button>
        </>
      )}
    </ScreenLayout>
  );
}
