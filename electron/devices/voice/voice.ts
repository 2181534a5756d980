import type { HealthCheck } from '../../../shared/contract/app.js';
import type { VoiceDriver, VoiceLocale, VoiceRate } from '../../../shared/devices/voice-config.js';
import type { Result } from '../../../shared/result.js';

/**
 * The voice device class (ARCHITECTURE.md, 'Devices'): text in, a WAV out. Real drivers (espeak-ng,
 * Windows System.Speech, sherpa-onnx) and a simulator stand behind this interface; create-voice.ts picks
 * one from `config.voice`. Nothing here ever logs the text itself: it can hold a masked name or a case number.
 */
export type VoiceErrorCode =
  /** Nothing to speak with: driver "none", the binary or model missing, no voice installed for the language. */
  | 'voiceUnavailable'
  /** The engine ran and failed, timed out or produced something that is not audio. */
  | 'voiceFailed';

export interface Speech {
  /** A complete RIFF/WAVE file, 16-bit PCM mono. */
  readonly wav: Buffer;
  readonly durationMs: number;
}

export interface SynthesizeOptions {
  readonly rate?: VoiceRate;
  readonly signal?: AbortSignal;
}

/** degraded: speaks, but not everything (one language has no voice). off: driver "none". */
export type VoiceState = 'starting' | 'ready' | 'degraded' | 'down' | 'off';

export interface VoiceSnapshot {
  readonly driver: VoiceDriver;
  readonly state: VoiceState;
  /** For the technician: which voices, or why it cannot speak. Never the spoken text. */
  readonly detail: string;
}

export interface VoiceSynthesizer {
  readonly driver: VoiceDriver;
  /** Checks the engine in the background (binary, voices, model). Never throws. */
  start(): void;
  synthesize(text: string, locale: VoiceLocale, options?: SynthesizeOptions): Promise<Result<Speech, VoiceErrorCode>>;
  /**
   * Names what makes this driver's sound for a language (engine + voice), so a clip made with another
   * voice is never taken for this one's. Part of every clip's hash (clip-pack.ts).
   */
  voiceId(locale: VoiceLocale): string;
  snapshot(): VoiceSnapshot;
  health(): HealthCheck;
  close(): Promise<void>;
}

/** The longest text one synthesis takes (the contract's limit too). */
export const MAX_VOICE_TEXT = 500;

/** Collapses whitespace; a line break or tab means nothing to a listener. */
export function normalizeSpokenText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function healthOf(snapshot: VoiceSnapshot): HealthCheck {
  const level =
    snapshot.state === 'ready' || snapshot.state === 'off'
      ? 'ok'
      : snapshot.state === 'starting' || snapshot.state === 'degraded'
        ? 'degraded'
        : 'down';
  return { name: 'voice', level, detail: `${snapshot.driver}: ${snapshot.detail}`.slice(0, 500) };
}
