import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { HealthCheck } from '../../../shared/contract/app.js';
import type { VoiceLocale, VoiceRate } from '../../../shared/devices/voice-config.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import {
  healthOf,
  normalizeSpokenText,
  type Speech,
  type SynthesizeOptions,
  type VoiceErrorCode,
  type VoiceSnapshot,
  type VoiceSynthesizer,
} from './voice.js';
import { durationMsOf, encodeWav, floatToPcm } from './wav.js';

/**
 * sherpa-onnx: an optional neural voice (VITS models such as vits-melo-tts-zh_en speak both languages). The
 * project does not depend on it: the deployer installs `sherpa-onnx-node` and supplies a model folder. When
 * either is missing the driver says so loudly (health down with the reason, an error in the log) and
 * synthesizes nothing. The package is looked up only when this driver is configured.
 *
 * Note: sherpa-onnx-node is native code and runs here, in the backend; its synchronous generate() blocks the
 * event loop for the length of a synthesis (generateAsync is used where the package has it).
 */
export const SHERPA_PACKAGE = 'sherpa-onnx-node';

interface SherpaAudio {
  readonly samples: Float32Array;
  readonly sampleRate: number;
}
interface SherpaTts {
  generate(request: { text: string; sid: number; speed: number }): SherpaAudio;
  generateAsync?(request: { text: string; sid: number; speed: number }): Promise<SherpaAudio>;
  free?(): void;
}
interface SherpaModule {
  OfflineTts: new (config: unknown) => SherpaTts;
}

export interface SherpaOptions {
  readonly modelDir: string | undefined;
  readonly rate: VoiceRate;
  readonly timeoutMs: number;
  readonly logger: Logger;
  /** Where the package lies; throws when it is not installed. */
  readonly resolveModule?: (name: string) => string;
  readonly loadModule?: (path: string) => unknown;
  readonly speakerId?: number;
}

/** VITS speed (1 = the model's own pace). */
export const sherpaSpeed: Record<VoiceRate, number> = { slow: 0.85, normal: 0.95, fast: 1.15 };

function requireFromApp(): NodeJS.Require {
  // The bundled main process is CommonJS with its own require; from sources, resolve from the project.
  return typeof require === 'function' ? require : createRequire(join(process.cwd(), 'package.json'));
}

const defaultResolve = (name: string) => requireFromApp().resolve(name);
const defaultLoad = (path: string): unknown => requireFromApp()(path);

interface ModelFiles {
  readonly model: string;
  readonly tokens: string;
  readonly lexicon?: string;
  readonly dictDir?: string;
  readonly dataDir?: string;
  readonly ruleFsts?: string;
}

/** The files a VITS model folder holds, or why it is not one. */
export function findModelFiles(modelDir: string | undefined): ModelFiles | string {
  if (!modelDir) return 'voice.modelDir is not set: give the folder of a sherpa-onnx VITS model';
  if (!existsSync(modelDir) || !statSync(modelDir).isDirectory()) return `model folder ${modelDir} does not exist`;
  const names = readdirSync(modelDir);
  const onnx = names.includes('model.onnx') ? 'model.onnx' : names.filter((n) => n.endsWith('.onnx')).sort()[0];
  if (!onnx) return `no .onnx model in ${modelDir}`;
  if (!names.includes('tokens.txt')) return `no tokens.txt in ${modelDir}`;
  const at = (name: string) => (names.includes(name) ? join(modelDir, name) : undefined);
  const fsts = names.filter((n) => n.endsWith('.fst')).sort();
  const lexicon = at('lexicon.txt');
  const dictDir = at('dict');
  const dataDir = at('espeak-ng-data');
  return {
    model: join(modelDir, onnx),
    tokens: join(modelDir, 'tokens.txt'),
    ...(lexicon ? { lexicon } : {}),
    ...(dictDir ? { dictDir } : {}),
    ...(dataDir ? { dataDir } : {}),
    ...(fsts.length ? { ruleFsts: fsts.map((n) => join(modelDir, n)).join(',') } : {}),
  };
}

export class SherpaVoice implements VoiceSynthesizer {
  readonly driver = 'sherpa-onnx' as const;
  private state: VoiceSnapshot = { driver: 'sherpa-onnx', state: 'starting', detail: 'loading the model' };
  private tts: SherpaTts | undefined;
  private started = false;

  constructor(private readonly options: SherpaOptions) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    const files = findModelFiles(this.options.modelDir);
    if (typeof files === 'string') return this.down(files);
    let modulePath: string;
    try {
      modulePath = (this.options.resolveModule ?? defaultResolve)(SHERPA_PACKAGE);
    } catch {
      return this.down(
        `the ${SHERPA_PACKAGE} package is not installed (npm install ${SHERPA_PACKAGE} on this machine)`,
      );
    }
    try {
      const module = (this.options.loadModule ?? defaultLoad)(modulePath) as Partial<SherpaModule>;
      if (typeof module.OfflineTts !== 'function') return this.down(`${SHERPA_PACKAGE} has no OfflineTts`);
      const { ruleFsts, ...vits } = files;
      this.tts = new module.OfflineTts({
        model: { vits, numThreads: 2, provider: 'cpu', debug: false },
        maxNumSentences: 2,
        ...(ruleFsts ? { ruleFsts } : {}),
      });
      this.state = { driver: 'sherpa-onnx', state: 'ready', detail: `model ${this.model()}` };
      this.options.logger.info(`voice: sherpa-onnx model ${this.model()} loaded`);
    } catch (error) {
      this.down(`the model would not load: ${(error as Error).message.slice(0, 200)}`);
    }
  }

  voiceId(locale: VoiceLocale): string {
    return `sherpa-onnx:${this.model()}#${this.options.speakerId ?? 0}:${locale}`;
  }

  async synthesize(
    text: string,
    locale: VoiceLocale,
    options: SynthesizeOptions = {},
  ): Promise<Result<Speech, VoiceErrorCode>> {
    this.start();
    const tts = this.tts;
    if (!tts) return err('voiceUnavailable', this.state.detail);
    const spoken = normalizeSpokenText(text);
    if (!spoken) return err('voiceFailed', 'nothing to say (empty text)');
    const request = {
      text: spoken,
      sid: this.options.speakerId ?? 0,
      speed: sherpaSpeed[options.rate ?? this.options.rate],
    };
    try {
      let timer: NodeJS.Timeout | undefined;
      const audio = await Promise.race([
        tts.generateAsync ? tts.generateAsync(request) : Promise.resolve(tts.generate(request)),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`timed out after ${this.options.timeoutMs} ms`)),
            this.options.timeoutMs,
          );
        }),
      ]).finally(() => clearTimeout(timer));
      const pcm = floatToPcm(audio.samples, audio.sampleRate);
      if (pcm.samples.length === 0) return err('voiceFailed', 'sherpa-onnx produced no samples');
      return ok({ wav: encodeWav(pcm), durationMs: durationMsOf(pcm) });
    } catch (error) {
      this.options.logger.warn(
        `sherpa-onnx failed for ${spoken.length} characters: ${(error as Error).message.slice(0, 200)}`,
      );
      return err('voiceFailed', `sherpa-onnx failed: ${(error as Error).message.slice(0, 200)}`);
    }
  }

  snapshot(): VoiceSnapshot {
    return this.state;
  }

  health(): HealthCheck {
    return healthOf(this.state);
  }

  async close(): Promise<void> {
    this.tts?.free?.();
    this.tts = undefined;
  }

  private model(): string {
    return this.options.modelDir ? basename(this.options.modelDir) : 'unset';
  }

  private down(reason: string): void {
    this.state = { driver: 'sherpa-onnx', state: 'down', detail: reason };
    this.options.logger.error(`voice down: sherpa-onnx cannot speak: ${reason}`);
  }
}
