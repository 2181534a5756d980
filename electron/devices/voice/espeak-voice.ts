import type { HealthCheck } from '../../../shared/contract/app.js';
import type { VoiceLocale, VoiceRate } from '../../../shared/devices/voice-config.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import { type BinaryResult, type BinaryRunner, runBinary } from './run-binary.js';
import {
  healthOf,
  normalizeSpokenText,
  type Speech,
  type SynthesizeOptions,
  type VoiceErrorCode,
  type VoiceSnapshot,
  type VoiceSynthesizer,
} from './voice.js';
import { normalizeWav } from './wav.js';

/**
 * espeak-ng (Debian package espeak-ng): `espeak-ng -v cmn|en-us -s <wpm> --stdout --stdin -b 1`, the text on
 * stdin as UTF-8 (never an argument, never through a shell, never read as SSML), the WAV on stdout. Formant
 * synthesis: robotic, but small, fast (a sentence in tens of milliseconds), offline and in Debian. The
 * deployed recommendation on Linux.
 */
export interface EspeakOptions {
  /** Command name on PATH or absolute path. */
  readonly binary: string;
  readonly rate: VoiceRate;
  readonly voices: Partial<Record<VoiceLocale, string>>;
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly runner?: BinaryRunner;
}

export const espeakVoices: Record<VoiceLocale, string> = { 'zh-CN': 'cmn', en: 'en-us' };
/**
 * espeak-ng's -s (words per minute; its default is 175). English "normal" is a little slow for elderly
 * listeners; espeak-ng's Mandarin is slow per syllable, so its numbers are higher (200 ≈ 3 syllables a second).
 */
export const espeakWpm: Record<VoiceLocale, Record<VoiceRate, number>> = {
  'zh-CN': { slow: 170, normal: 200, fast: 240 },
  en: { slow: 125, normal: 150, fast: 185 },
};

const MAX_WAV_BYTES = 16 * 1024 * 1024;

export class EspeakVoice implements VoiceSynthesizer {
  readonly driver = 'espeak-ng' as const;
  private state: VoiceSnapshot = { driver: 'espeak-ng', state: 'starting', detail: 'checking the espeak-ng binary' };
  private readonly runner: BinaryRunner;

  constructor(private readonly options: EspeakOptions) {
    this.runner = options.runner ?? runBinary;
  }

  start(): void {
    void this.runner(this.options.binary, ['--version'], { timeoutMs: 5_000, maxStdoutBytes: 4_096 }).then((result) => {
      if (result.code === 0) {
        const version = /\d+\.\d+(\.\d+)?/.exec(result.stdout.toString('utf8'))?.[0] ?? 'unknown version';
        this.set('ready', `espeak-ng ${version}, voices ${this.voiceId('zh-CN')} / ${this.voiceId('en')}`);
      } else {
        void this.failed(result, 'version check'); // only its effect on the state and the log matters here
        if (this.state.state === 'starting') this.set('down', 'espeak-ng --version failed');
      }
    });
  }

  voiceId(locale: VoiceLocale): string {
    return `espeak-ng:${this.options.voices[locale] ?? espeakVoices[locale]}`;
  }

  async synthesize(
    text: string,
    locale: VoiceLocale,
    options: SynthesizeOptions = {},
  ): Promise<Result<Speech, VoiceErrorCode>> {
    const spoken = normalizeSpokenText(text);
    if (!spoken) return err('voiceFailed', 'nothing to say (empty text)');
    const voice = this.options.voices[locale] ?? espeakVoices[locale];
    const wpm = espeakWpm[locale][options.rate ?? this.options.rate];
    const startedAt = Date.now();
    const result = await this.runner(
      this.options.binary,
      ['-v', voice, '-s', String(wpm), '--stdout', '--stdin', '-b', '1'],
      {
        input: new TextEncoder().encode(spoken),
        timeoutMs: this.options.timeoutMs,
        maxStdoutBytes: MAX_WAV_BYTES,
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    if (result.code !== 0) return this.failed(result, `synthesis of ${spoken.length} characters`);
    const wav = normalizeWav(result.stdout);
    if (typeof wav === 'string') {
      this.options.logger.warn(`espeak-ng gave no usable audio for ${spoken.length} characters: ${wav}`);
      return err('voiceFailed', `espeak-ng gave no usable audio: ${wav}`);
    }
    if (this.state.state !== 'ready')
      this.set('ready', `espeak-ng, voices ${this.voiceId('zh-CN')} / ${this.voiceId('en')}`);
    this.options.logger.debug(
      `spoke ${spoken.length} characters (${locale}) → ${wav.durationMs} ms in ${Date.now() - startedAt} ms`,
    );
    return ok(wav);
  }

  snapshot(): VoiceSnapshot {
    return this.state;
  }

  health(): HealthCheck {
    return healthOf(this.state);
  }

  async close(): Promise<void> {}

  private failed(result: BinaryResult, what: string): Result<never, VoiceErrorCode> {
    const binary = this.options.binary;
    if (result.spawnError === 'ENOENT' || result.spawnError === 'EACCES') {
      const detail =
        result.spawnError === 'ENOENT'
          ? `espeak-ng not found ("${binary}"): install the Debian package espeak-ng, or set voice.espeakPath`
          : `espeak-ng at "${binary}" is not executable`;
      if (this.state.state !== 'down') this.options.logger.error(`voice down: ${detail}`);
      this.set('down', detail);
      return err('voiceUnavailable', detail);
    }
    if (result.timedOut) {
      this.options.logger.warn(`espeak-ng timed out after ${this.options.timeoutMs} ms (${what})`);
      return err('voiceFailed', `espeak-ng timed out after ${this.options.timeoutMs} ms`);
    }
    const stderr = result.stderr.replace(/\s+/g, ' ').trim().slice(0, 200);
    this.options.logger.warn(`espeak-ng failed (${what}): exit ${String(result.code)} ${stderr}`);
    return err('voiceFailed', `espeak-ng failed: exit ${String(result.code)}${stderr ? `: ${stderr}` : ''}`);
  }

  private set(state: VoiceSnapshot['state'], detail: string): void {
    this.state = { driver: 'espeak-ng', state, detail };
  }
}
