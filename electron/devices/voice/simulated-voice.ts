import type { HealthCheck } from '../../../shared/contract/app.js';
import type { VoiceLocale, VoiceRate } from '../../../shared/devices/voice-config.js';
import { err, ok, type Result } from '../../../shared/result.js';
import {
  healthOf,
  normalizeSpokenText,
  type Speech,
  type SynthesizeOptions,
  type VoiceErrorCode,
  type VoiceSnapshot,
  type VoiceSynthesizer,
} from './voice.js';
import { durationMsOf, encodeWav } from './wav.js';

/**
 * The simulator: a real synthesizer whose "voice" is a deterministic tone sequence, one short tone per
 * character (longer for a Han character, a pause for punctuation), so the same text always gives the same
 * bytes and a longer text a longer clip. Development hosts and tests get audible, measurable audio without
 * a speech engine.
 */
const SAMPLE_RATE = 16_000;
const stretch: Record<VoiceRate, number> = { slow: 1.25, normal: 1, fast: 0.8 };
const MAX_MS = 60_000;

function segmentOf(ch: string): { ms: number; hz: number } {
  const cp = ch.codePointAt(0) ?? 0;
  if (/\s/u.test(ch)) return { ms: 80, hz: 0 };
  if (/[\p{P}\p{S}]/u.test(ch)) return { ms: 200, hz: 0 };
  const hz = 300 + (cp % 24) * 25;
  return { ms: /\p{Script=Han}/u.test(ch) ? 220 : 70, hz };
}

export function simulatedSpeech(text: string, locale: VoiceLocale, rate: VoiceRate): Speech {
  const segments = [...text].map(segmentOf);
  const factor = stretch[rate];
  const total = Math.min(
    MAX_MS,
    segments.reduce((sum, s) => sum + s.ms * factor, 0),
  );
  const samples = new Int16Array(Math.round((total / 1000) * SAMPLE_RATE));
  const lift = locale === 'en' ? 1.12 : 1; // the two languages sound apart
  let at = 0;
  for (const segment of segments) {
    const n = Math.round(((segment.ms * factor) / 1000) * SAMPLE_RATE);
    const fade = Math.min(80, Math.floor(n / 4));
    for (let i = 0; i < n && at + i < samples.length; i += 1) {
      if (segment.hz === 0) continue;
      const envelope = Math.min(1, i / fade, (n - i) / fade);
      samples[at + i] = Math.round(
        0.3 * 32767 * envelope * Math.sin((2 * Math.PI * segment.hz * lift * i) / SAMPLE_RATE),
      );
    }
    at += n;
  }
  const pcm = { sampleRate: SAMPLE_RATE, channels: 1, samples };
  return { wav: encodeWav(pcm), durationMs: durationMsOf(pcm) };
}

export class SimulatedVoice implements VoiceSynthesizer {
  readonly driver = 'simulator' as const;
  /** How many syntheses ran (tests check that a fresh clip is not synthesized again). */
  synthesized = 0;

  constructor(private readonly rate: VoiceRate) {}

  start(): void {}

  voiceId(locale: VoiceLocale): string {
    return `simulator:tones-${locale}`;
  }

  async synthesize(
    text: string,
    locale: VoiceLocale,
    options: SynthesizeOptions = {},
  ): Promise<Result<Speech, VoiceErrorCode>> {
    const spoken = normalizeSpokenText(text);
    if (!spoken) return err('voiceFailed', 'nothing to say (empty text)');
    this.synthesized += 1;
    return ok(simulatedSpeech(spoken, locale, options.rate ?? this.rate));
  }

  snapshot(): VoiceSnapshot {
    return { driver: 'simulator', state: 'ready', detail: 'simulated voice (tones, not speech)' };
  }

  health(): HealthCheck {
    return healthOf(this.snapshot());
  }

  async close(): Promise<void> {}
}
