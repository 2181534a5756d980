import { CreditCard, Hand, Wrench } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import type { SignInMode } from '../../admin/shell/SignInScreen.js';
import { useCardOnReader } from './use-card-on-reader.js';
import { useCornerGesture } from './use-corner-gesture.js';
import './AttractScreen.css';

/**
 * What a passer-by sees while nobody is using the machine: what it can do, and one thing to do. The whole
 * screen is the button, in both languages, so nobody has to find the right spot. A card left on the reader
 * stops a new session from starting (and an enrolled technician's card offers the console instead).
 */
export function AttractScreen({
  onStart,
  onTechnician,
  itemsCount,
}: {
  onStart: () => void;
  onTechnician: (mode: SignInMode) => void;
  itemsCount: number;
}) {
  const { t, i18n } = useTranslation();
  const card = useCardOnReader();
  const cornerTap = useCornerGesture(() => onTechnician({ via: 'code' }));
  // The corner is not a control anyone should find: no role, no focus, documented for technicians only.
  const corner = (
    <div className="k-attract__corner" aria-hidden="true" data-gesture="code-sign-in" onPointerDown={cornerTap} />
  );

  if (card.kind === 'technician') {
    return (
      <main className="k-attract k-attract--card" data-screen="attract" data-card="technician">
        <Wrench className="k-attract__hand" aria-hidden="true" />
        <h1 className="k-attract__headline">{t('admin.signIn.offerHint')}</h1>
        <p className="k-attract__subline">{card.maskedName}</p>
        <Button
          variant="primary"
          data-action="technician-sign-in"
          onClick={() =>
            onTechnician({
              via: 'card',
              enrolmentId: card.enrolmentId,
              maskedName: card.maskedName,
              ...(card.lockedUntil ? { lockedUntil: card.lockedUntil } : {}),
            })
          }
        >
          {t('admin.signIn.offer')}
        </Button>
      </main>
    );
  }
  if (card.kind === 'citizen' || card.kind === 'checking') {
    return (
      <main className="k-attract k-attract--card" data-screen="attract" data-card={card.kind} role="alert">
        <CreditCard className="k-attract__hand" aria-hidden="true" />
        <h1 className="k-attract__headline">{t('admin.signIn.removeCard')}</h1>
        <p className="k-attract__subline">{t('admin.signIn.removeCardBody')}</p>
        {/* Whoever comes next may read only English, as on the idle screen (not repeated when English is on). */}
        {i18n.language === 'en' ? null : (
          <div className="k-attract__en" lang="en" data-card-left-en>
            <p className="k-attract__cta-en">{t('admin.signIn.removeCard', { lng: 'en' })}</p>
            <p className="k-attract__subline">{t('admin.signIn.removeCardBody', { lng: 'en' })}</p>
          </div>
        )}
        {corner}
      </main>
    );
  }
  return (
    <div className="k-attract-frame">
      <button type="button" className="k-attract" onClick={onStart} data-screen="attract">
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
      {corner}
    </div>
  );
}
