import { Hand } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './AttractScreen.css';

/**
 * What a passer-by sees while nobody is using the machine: what it can do, and one thing to do. The whole
 * screen is the button, in both languages, so nobody has to find the right spot.
 */
export function AttractScreen({ onStart, itemsCount }: { onStart: () => void; itemsCount: number }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="k-attract"
      onClick={onStart}
      data-screen="attract"
      aria-label={`${t('attract.touchToStart')} ${t('attract.touchToStartEn')}`}
    >
      <span className="k-attract__title">{t('app.title')}</span>
      <span className="k-attract__headline">{t('attract.headline')}</span>
      <span className="k-attract__count">{t('home.itemsCount', { count: itemsCount })}</span>
      <span className="k-attract__subline">{t('attract.subline')}</span>
      <Hand className="k-attract__hand" aria-hidden="true" />
      <span className="k-attract__cta">{t('attract.touchToStart')}</span>
      <span className="k-attract__cta-en" lang="en">
        {t('attract.touchToStartEn')}
      </span>
      <span className="k-attract__senior">{t('attract.seniorHint')}</span>
    </button>
  );
}
