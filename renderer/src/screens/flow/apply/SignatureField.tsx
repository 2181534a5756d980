import { Eraser, RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import type { SignatureControl } from './use-signature.js';
import './SignatureField.css';

export const SIGNATURE_PAD_ID = 'signature-pad';

/** The pad to sign on with 清除重签, or the signature given earlier with 重新签名. */
export function SignatureField({ signature, invalid }: { signature: SignatureControl; invalid: boolean }) {
  const { t } = useTranslation();
  if (!signature.drawing)
    return (
      <>
        <figure className="k-sign__saved">
          <img src={signature.saved} alt={t('apply.sign.saved')} className="k-sign__image" />
          <figcaption>{t('apply.sign.saved')}</figcaption>
        </figure>
        <Button
          className="k-sign__clear"
          onClick={signature.signAgain}
          icon={<RotateCcw className="k-icon" />}
          data-action="redo-signature"
        >
          {t('apply.sign.redo')}
        </Button>
      </>
    );
  return (
    <>
      <canvas
        ref={signature.canvasRef}
        id={SIGNATURE_PAD_ID}
        className={['k-sign__pad', invalid ? 'k-sign__pad--invalid' : ''].filter(Boolean).join(' ')}
        role="img"
        aria-label={t('apply.sign.padLabel')}
        tabIndex={-1}
        data-signature-pad
      />
      <Button
        className="k-sign__clear"
        onClick={signature.clear}
        icon={<Eraser className="k-icon" />}
        data-action="clear-signature"
      >
        {t('apply.sign.clear')}
      </Button>
    </>
  );
}
