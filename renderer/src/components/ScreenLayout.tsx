import { Home } from 'lucide-react';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenSpeech } from '../keypad/use-screen-speech.js';
import { Button } from './Button.js';
import './ScreenLayout.css';

export interface ScreenLayoutProps {
  /** The page's one question or purpose; it is the heading (GOV.UK: the question is the heading). */
  readonly title: string;
  /** Small line above the title: the item being done. */
  readonly caption?: string;
  readonly step?: { readonly index: number; readonly total: number };
  readonly onBack?: () => void;
  readonly onHome?: () => void;
  /** The forward action(s), right-aligned in the action bar; usually one primary "继续". */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
  /** Tests and screenshots find screens by this. */
  readonly screenId: string;
  /**
   * Words the screen adds to what it says (renderer/src/speech/screen-speech.ts): said after the heading. The
   * rest (choices, buttons, hints, errors, how to act) is read from the screen itself.
   */
  readonly spoken?: string | readonly string[];
}

/**
 * Every citizen screen has the same frame: caption and step, the heading, a body that never scrolls, and an
 * action bar at the bottom where hands rest — 返回 on the left, 首页 in the middle, the way forward on the right.
 */
export function ScreenLayout({
  title,
  caption,
  step,
  onBack,
  onHome,
  actions,
  children,
  screenId,
  spoken,
}: ScreenLayoutProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLElement>(null);
  // Every page change (a new screen or a new heading): focus to the heading, and the page's spoken text.
  useScreenSpeech(root, { pageKey: `${screenId}|${title}`, spoken });
  return (
    <main ref={root} className="k-screen" data-screen={screenId} aria-labelledby="k-screen-title">
      <div className="k-screen__head">
        {caption || step ? (
          <p className="k-screen__caption">
            {caption}
            {caption && step ? ' · ' : ''}
            {step ? t('common.stepOf', { step: step.index, total: step.total }) : ''}
          </p>
        ) : null}
        <h2 id="k-screen-title" className="k-screen__title" tabIndex={-1}>
          {title}
        </h2>
      </div>
      <div className="k-screen__body">{children}</div>
      <nav className="k-screen__actions" aria-label={t('common.continue')}>
        <div className="k-screen__actions-start">
          {onBack ? (
            <Button onClick={onBack} data-action="back">
              {t('common.back')}
            </Button>
          ) : null}
          {onHome ? (
            <Button onClick={onHome} icon={<Home className="k-icon" />} data-action="home">
              {t('common.home')}
            </Button>
          ) : null}
        </div>
        <div className="k-screen__actions-end">{actions}</div>
      </nav>
    </main>
  );
}
