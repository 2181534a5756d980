import { useTranslation } from 'react-i18next';
import './privacy-screen.css';

/**
 * Private mode's blank screen (the keypad's B key; issue 14): the page goes on under it — the keypad moves and
 * selects, the voice reads, in the headphones where there are any — while nobody beside the citizen can read it.
 * It is hidden from assistive technology (the page under it is what they read). A sighted helper who touches it
 * gets the screen back with one tap.
 */
export function PrivacyScreen({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="k-privacy-screen" data-privacy-screen aria-hidden="true">
      <p className="k-privacy-screen__note">{t('privacy.screen')}</p>
      <button type="button" className="k-privacy-screen__show" tabIndex={-1} onClick={onShow}>
        {t('privacy.show')}
      </button>
    </div>
  );
}
