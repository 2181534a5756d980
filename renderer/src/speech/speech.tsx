import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/config/kiosk-config.js';
import type { VoiceRate } from '../../../shared/devices/voice-config.js';
import { useKiosk } from '../context/kiosk-context.js';
import { type SpeechLogEntry, SpeechPlayer } from './speech-player.js';
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

declare global {
  interface Window {
    /** Developer mode only (tests read it): what actually started playing. Never set in production. */
    __kioskSpeechLog?: Array<SpeechLogEntry & { readonly output: string }>;
  }
}

const SpeechContext = createContext<Speech | undefined>(undefined);

function base64ToObjectUrl(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
}

/**
 * Text to speech by the kiosk's voice class in main (`voice.say`: a pre-built clip for a fixed text, live
 * synthesis otherwise), played here through an audio element from an object URL. Everything spoken is also
 * written to a polite live region, so screen readers get it and tests can read it.
 */
export function SpeechProvider({
  locale,
  voiceOn,
  volume = 1,
  rate,
  privateOutput,
  children,
}: {
  locale: Locale;
  voiceOn: boolean;
  /** 0–1. */
  volume?: number;
  /** Default: the kiosk's normal speed (config.voice.rate, which its clip pack is built for). */
  rate?: VoiceRate;
  /**
   * Private mode with a configured headphone output: its name (config.voice.headphoneOutput). Speech then plays
   * there only; if no output of that name is found, it is said (on the loudspeaker) and speech stays there.
   */
  privateOutput?: string | undefined;
  children: ReactNode;
}) {
  const { client, config } = useKiosk();
  const developerMode = config.developerMode;
  const [echo, setEcho] = useState('');
  const last = useRef('');
  const clientRef = useRef(client);
  const developerRef = useRef(developerMode);
  useEffect(() => {
    clientRef.current = client;
    developerRef.current = developerMode;
  }, [client, developerMode]);

  // The headphone output's device id while private mode routes there: a promise, so a sound that comes while
  // the output is still being looked for waits for it instead of leaking to the loudspeaker.
  const sink = useRef<Promise<string | undefined>>(Promise.resolve(undefined));
  const sinkName = useRef<string>('default');
  const [player] = useState(
    () =>
      new SpeechPlayer({
        say: async (text, sayLocale, sayRate) => {
          const reply = await clientRef.current.call('voice.say', {
            text,
            locale: sayLocale,
            ...(sayRate ? { rate: sayRate } : {}),
          });
          return reply.ok ? reply.value : null;
        },
        createAudio: () => new Audio(),
        toUrl: base64ToObjectUrl,
        revoke: (url) => URL.revokeObjectURL(url),
        onStarted: (entry) => {
          if (developerRef.current) (window.__kioskSpeechLog ??= []).push({ ...entry, output: sinkName.current });
        },
        route: async (audio) => {
          const id = await sink.current;
          if (id && audio instanceof HTMLMediaElement) await audio.setSinkId(id);
        },
      }),
  );

  useEffect(() => {
    if (developerMode) window.__kioskSpeechLog ??= [];
    else delete window.__kioskSpeechLog;
  }, [developerMode]);
  useEffect(() => () => player.stop(), [player]);

  // Private mode: find the headphone output by name; until it is found nothing is routed (and nothing plays
  // while the search runs: the first sound waits for route()).
  const { t } = useTranslation();
  useEffect(() => {
    sinkName.current = 'default';
    if (!privateOutput) {
      sink.current = Promise.resolve(undefined);
      return undefined;
    }
    let cancelled = false;
    const wanted = privateOutput.toLowerCase();
    sink.current = (async () => {
      const outputs = (await navigator.mediaDevices?.enumerateDevices().catch(() => [])) ?? [];
      const found = outputs.find((d) => d.kind === 'audiooutput' && d.label.toLowerCase().includes(wanted));
      if (cancelled) return undefined;
      sinkName.current = found ? privateOutput : 'default';
      if (!found) player.speak(t('keymap.headphonesMissing'), { locale, rate, volume, interrupt: false });
      return found?.deviceId;
    })();
    return () => {
      cancelled = true;
    };
    // Looked for once per turning on, not again at every change of volume or speed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [privateOutput, player]);

  const say = useCallback(
    (text: string, options: SpeakOptions = {}) => {
      last.current = text;
      setEcho(text);
      if (!(voiceOn || options.always) || typeof Audio === 'undefined') return;
      player.speak(text, { locale, rate, volume, interrupt: options.interrupt !== false });
    },
    [locale, voiceOn, rate, volume, player],
  );
  const value = useMemo<Speech>(
    () => ({
      speak: say,
      repeat: () => last.current && say(last.current, { always: true }),
      stop: () => player.stop(),
    }),
    [say, player],
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
