import { Volume2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';

/** Three 880 Hz beeps of 0.3 s through WebAudio; resolves when they have played. */
async function playTestTone(context: AudioContext): Promise<void> {
  if (context.state === 'suspended') await context.resume();
  const start = context.currentTime + 0.05;
  for (let i = 0; i < 3; i += 1) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    const at = start + i * 0.5;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.6, at + 0.02);
    gain.gain.setValueAtTime(0.6, at + 0.28);
    gain.gain.linearRampToValueAtTime(0, at + 0.3);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.32);
  }
  await new Promise((resolve) => window.setTimeout(resolve, 1600));
}

/** 扬声器: plays a test sound; the technician says 听到了 or 没听到. */
export function SpeakerStep({
  onDone,
  onBack,
}: {
  onDone: (result: { ok: boolean; reason?: string }) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const context = useRef<AudioContext | undefined>(undefined);
  const [state, setState] = useState<'idle' | 'playing' | 'played' | 'unavailable'>('idle');

  useEffect(
    () => () => {
      void context.current?.close();
    },
    [],
  );

  const play = async () => {
    try {
      context.current ??= new AudioContext();
      setState('playing');
      await playTestTone(context.current);
      setState('played');
    } catch {
      setState('unavailable');
    }
  };

  return (
    <section className="k-check-step k-admin-page" data-admin-page="check-speaker" data-speaker={state}>
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.checks.step.speakerHeading')}
      </h2>
      <p>{t('admin.checks.step.speakerHint')}</p>
      {state === 'unavailable' ? <Notice tone="warning">{t('admin.checks.reasons.audioUnavailable')}</Notice> : null}
      <div className="k-admin-actions">
        <Button
          variant="primary"
          icon={<Volume2 className="k-icon" />}
          disabled={state === 'playing'}
          onClick={() => void play()}
          data-action="play-tone"
        >
          {state === 'playing' ? t('admin.checks.step.playing') : t('admin.checks.step.play')}
        </Button>
      </div>
      <div className="k-admin-actions">
        <Button
          variant="primary"
          disabled={state !== 'played'}
          onClick={() => onDone({ ok: true })}
          data-action="heard"
        >
          {t('admin.checks.step.heard')}
        </Button>
        <Button
          disabled={state === 'idle' || state === 'playing'}
          onClick={() => onDone({ ok: false, reason: state === 'unavailable' ? 'audioUnavailable' : 'notHeard' })}
          data-action="not-heard"
        >
          {t('admin.checks.step.notHeard')}
        </Button>
        <Button onClick={onBack}>{t('admin.checks.step.back')}</Button>
      </div>
    </section>
  );
}
