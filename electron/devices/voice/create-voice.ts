import type { VoiceConfig, VoiceDriver } from '../../../shared/devices/voice-config.js';
import type { Logger } from '../../services/log/logger.js';
import type { CommandRunner } from '../core/command-runner.js';
import { EspeakVoice } from './espeak-voice.js';
import { NoVoice } from './no-voice.js';
import type { BinaryRunner } from './run-binary.js';
import { SherpaVoice } from './sherpa-voice.js';
import { SimulatedVoice } from './simulated-voice.js';
import type { VoiceSynthesizer } from './voice.js';
import { WindowsVoice } from './windows-voice.js';

/**
 * The one place a voice driver is chosen, from `config.voice.driver` (shared/devices/voice-config.ts).
 * Runners and the module lookup can be replaced for tests; the kiosk passes none.
 */
export interface VoiceDeps {
  readonly logger: Logger;
  readonly binaryRunner?: BinaryRunner;
  readonly commandRunner?: CommandRunner;
  readonly tempDir?: string;
  readonly resolveModule?: (name: string) => string;
  readonly loadModule?: (path: string) => unknown;
}

export function createVoiceSynthesizer(
  config: VoiceConfig,
  deps: VoiceDeps,
  driver: VoiceDriver = config.driver,
): VoiceSynthesizer {
  const logger = deps.logger.child('voice');
  switch (driver) {
    case 'espeak-ng':
      return new EspeakVoice({
        binary: config.espeakPath ?? 'espeak-ng',
        rate: config.rate,
        voices: config.voices,
        timeoutMs: config.timeoutMs,
        logger,
        ...(deps.binaryRunner ? { runner: deps.binaryRunner } : {}),
      });
    case 'windows':
      return new WindowsVoice({
        rate: config.rate,
        voices: config.voices,
        timeoutMs: config.timeoutMs,
        logger,
        ...(deps.commandRunner ? { runner: deps.commandRunner } : {}),
        ...(deps.tempDir ? { tempDir: deps.tempDir } : {}),
      });
    case 'sherpa-onnx':
      return new SherpaVoice({
        modelDir: config.modelDir,
        rate: config.rate,
        timeoutMs: config.timeoutMs,
        logger,
        ...(deps.resolveModule ? { resolveModule: deps.resolveModule } : {}),
        ...(deps.loadModule ? { loadModule: deps.loadModule } : {}),
      });
    case 'simulator':
      return new SimulatedVoice(config.rate);
    case 'none':
      return new NoVoice();
  }
}
