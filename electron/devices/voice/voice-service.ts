import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { HealthCheck } from '../../../shared/contract/app.js';
import type { VoiceConfig, VoiceLocale, VoiceRate } from '../../../shared/devices/voice-config.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import { clipHash, identityOf, type LoadedClipPack, loadClipPack } from './clip-pack.js';
import { createVoiceSynthesizer, type VoiceDeps } from './create-voice.js';
import { normalizeSpokenText, type VoiceErrorCode, type VoiceSnapshot, type VoiceSynthesizer } from './voice.js';

/**
 * What the backend holds of the voice class: the configured synthesizer and the clip pack. `say` plays a
 * fresh clip when the text is a fixed text the pack has for this voice and speed, and synthesizes live
 * otherwise (a text with a name or number in it, a changed text, another voice): a stale clip is never
 * played. Logs carry lengths, locales and clip keys, never the text.
 */
export interface Utterance {
  /** The clip's key when it came from the pack, else null. */
  readonly clip: string | null;
  readonly wav: Buffer;
  readonly durationMs: number;
}

export interface PackStatus {
  readonly state: 'absent' | 'invalid' | 'loaded';
  /** Clips in the manifest. */
  readonly clips: number;
  /** Clips that may be played with the current voice and speed. */
  readonly fresh: number;
  readonly stale: number;
  readonly problem?: string;
}

/** Largest WAV handed to the page (about six minutes of espeak-ng audio). */
const MAX_WAV_BYTES = 12 * 1024 * 1024;
const LIVE_CACHE = 16;

export class VoiceService {
  private pack: LoadedClipPack;
  /** The voices the pack's freshness was judged against. */
  private judgedFor = '';
  /** The last few live results, so "repeat" and a screen spoken twice do not synthesize again. */
  private readonly live = new Map<string, { wav: Buffer; durationMs: number }>();

  constructor(
    readonly synthesizer: VoiceSynthesizer,
    private readonly options: { readonly packDir: string; readonly rate: VoiceRate; readonly logger: Logger },
  ) {
    this.pack = this.loadPack();
  }

  static create(config: VoiceConfig, dataDir: string, deps: VoiceDeps): VoiceService {
    const packDir = isAbsolute(config.clipPack) ? config.clipPack : join(dataDir, config.clipPack);
    return new VoiceService(createVoiceSynthesizer(config, deps), {
      packDir,
      rate: config.rate,
      logger: deps.logger.child('voice'),
    });
  }

  start(): void {
    this.synthesizer.start();
  }

  async say(
    text: string,
    locale: VoiceLocale,
    rate: VoiceRate = this.options.rate,
  ): Promise<Result<Utterance, VoiceErrorCode>> {
    const spoken = normalizeSpokenText(text);
    if (!spoken) return err('voiceFailed', 'nothing to say (empty text)');
    if (this.judgedFor !== this.voices()) this.loadPack();
    const hash = clipHash(identityOf(this.synthesizer, rate), locale, spoken);
    const entry = this.pack.fresh.get(hash);
    if (entry) {
      try {
        const wav = await readFile(join(this.pack.dir, entry.file));
        if (wav.length === entry.bytes) {
          this.options.logger.debug(`say ${locale}: clip ${entry.key}`);
          return ok({ clip: entry.key, wav, durationMs: entry.durationMs });
        }
      } catch {
        // fall through to live synthesis: the pack changed under us
      }
      this.options.logger.warn(`clip ${entry.key} is damaged or gone; speaking it live`);
    }
    const cached = this.live.get(hash);
    if (cached) {
      this.live.delete(hash);
      this.live.set(hash, cached);
      return ok({ clip: null, ...cached });
    }
    const result = await this.synthesizer.synthesize(spoken, locale, { rate });
    if (!result.ok) return result;
    if (result.value.wav.length > MAX_WAV_BYTES)
      return err('voiceFailed', `the speech is too long to send (${result.value.wav.length} bytes)`);
    this.live.set(hash, result.value);
    if (this.live.size > LIVE_CACHE) this.live.delete(this.live.keys().next().value ?? '');
    this.options.logger.debug(`say ${locale}: live, ${spoken.length} characters, ${result.value.durationMs} ms`);
    return ok({ clip: null, wav: result.value.wav, durationMs: result.value.durationMs });
  }

  snapshot(): VoiceSnapshot {
    return this.synthesizer.snapshot();
  }

  /** Reads the pack again (a new `npm run voice:build` is picked up) and judges it against the voice as it is now. */
  packStatus(): PackStatus {
    const now = this.loadPack(false);
    return {
      state: now.state,
      clips: now.manifest?.clips.length ?? 0,
      fresh: now.freshCount,
      stale: now.stale.length,
      ...(now.problem ? { problem: now.problem } : {}),
    };
  }

  health(): HealthCheck {
    const check = this.synthesizer.health();
    const pack = this.pack;
    const clips =
      pack.state === 'absent'
        ? 'no clip pack (npm run voice:build)'
        : pack.state === 'invalid'
          ? `clip pack invalid: ${pack.problem ?? ''}`
          : `${pack.freshCount} clips${pack.stale.length ? `, ${pack.stale.length} stale` : ''}`;
    return { ...check, detail: `${check.detail}; ${clips}`.slice(0, 500) };
  }

  async close(): Promise<void> {
    this.live.clear();
    await this.synthesizer.close();
  }

  private voices(): string {
    return `${this.synthesizer.voiceId('zh-CN')}|${this.synthesizer.voiceId('en')}`;
  }

  private loadPack(log = true): LoadedClipPack {
    this.judgedFor = this.voices();
    const pack = loadClipPack(this.options.packDir, identityOf(this.synthesizer, this.options.rate));
    this.pack = pack;
    if (!log) return pack;
    if (pack.state === 'invalid') this.options.logger.warn(`voice clip pack ignored: ${pack.problem ?? ''}`);
    else if (pack.state === 'loaded')
      this.options.logger.info(`voice clip pack: ${pack.freshCount} fresh clips, ${pack.stale.length} stale`);
    return pack;
  }
}
