import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../../shared/config/kiosk-config.js';
import './speech.css';

export interface SpeakOptions {
  /** Speak even when the citizen has not turned voice on (the idle warning must be heard). */
  readonly always?: boolean;
  /** Replace whatever is being said (a new screen) instead of queueing after it. */
  readonly interrupt?: boolean;
}

export interface Speech {
  speak(text: string, options?: SpeakOptions): void;
  /** Say the last thing again ("重复"). */
  repeat(): void;
  stop(): void;
}

const SpeechContext = createContext<Speech | undefined>(undefined);

const voiceLang: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/**
 * Text to speech through the platform's voices (Windows SAPI under Electron, speech-dispatcher on Linux).
 * Everything spoken is also written to a polite live region, so screen readers get it and tests can read it.
 */
export function SpeechProvider({
  locale,
  voiceOn,
  children,
}: {
  locale: Locale;
  voiceOn: boolean;
  children: ReactNode;
}) {
  const [echo, setEcho] = useState('');
  const last = useRef('');
  const say = useCallback(
    (text: string, options: SpeakOptions = {}) => {
      last.current = text;
      setEcho(text);
      if (!(voiceOn || options.always) || typeof speechSynthesis === 'undefined') return;
      if (options.interrupt !== false) speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voiceLang[locale];
      utterance.rate = 0.9; // a little slower than default: many listeners are elderly
      speechSynthesis.speak(utterance);
    },
    [locale, voiceOn],
  );
  const value = useMemo<Speech>(
    () => ({
      speak: say,
      repeat: () => last.current && say(last.current, { always: true }),
      stop: () => typeof speechSynthesis !== 'undefined' && speechSynthesis.cancel(),
    }),
    [say],
  );
  return (
    <SpeechContext.Provider value={value}>
      {children}
      <div className="k-visually-hidden" aria-live="polite" data-speech-echo>
        {echo}
      </div>
    </SpeechContext.Provider>
  );
}

export function useSpeech(): Speech {
  const value = useContext(SpeechContext);
  if (!value) throw new Error('useSpeech outside SpeechProvider');
  return value;
}
