import { Hand } from 'lucide-react';
import type { Locale } from '../../../shared/config/kiosk-config.js';
import { attractTexts } from './attract-texts.js';
import '../screens/attract/AttractScreen.css';

/**
 * The attract screen as the page paints it first, before the app (i18next, zod, the contract, the catalog)
 * has loaded: the same look, no dependencies. A tap here is remembered and starts the session as soon as the
 * app takes over, a moment later (renderer/src/boot.tsx).
 */
export function BootAttract({ locale, onStart }: { locale: Locale; onStart: () => void }) {
  const t = attractTexts[locale];
  return (
    <div className="k-app">
      <div className="k-attract-frame">
        <button type="button" className="k-attract" onClick={onStart} data-screen="boot-attract">
          <span className="k-attract__title">{t.title}</span>
          <span className="k-attract__headline">{t.headline}</span>
          {/* The app fills in how many items this machine offers; the line keeps its place meanwhile. */}
          <span className="k-attract__count">{'\u00a0'}</span>
          <span className="k-attract__subline">{t.subline}</span>
          <Hand className="k-attract__hand" aria-hidden="true" />
          <span className="k-attract__cta">{t.touchToStart}</span>
          <span className="k-attract__cta-en" lang="en">
            {t.touchToStartEn}
          </span>
          <span className="k-attract__senior">{t.seniorHint}</span>
        </button>
      </div>
    </div>
  );
}
