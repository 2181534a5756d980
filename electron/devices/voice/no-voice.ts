import type { HealthCheck } from '../../../shared/contract/app.js';
import type { VoiceLocale } from '../../../shared/devices/voice-config.js';
import { err, type Result } from '../../../shared/result.js';
import { healthOf, type Speech, type VoiceErrorCode, type VoiceSnapshot, type VoiceSynthesizer } from './voice.js';

/** Driver "none": the kiosk has no voice by configuration. Every synthesis is refused. */
export class NoVoice implements VoiceSynthesizer {
  readonly driver = 'none' as const;
  start(): void {}
  voiceId(locale: VoiceLocale): string {
    return `none:${locale}`;
  }
  async synthesize(): Promise<Result<Speech, VoiceErrorCode>> {
    return err('voiceUnavailable', 'voice is off by configuration (voice.driver "none")');
  }
  snapshot(): VoiceSnapshot {
    return { driver: 'none', state: 'off', detail: 'no voice by configuration' };
  }
  health(): HealthCheck {
    return healthOf(this.snapshot());
  }
  async close(): Promise<void> {}
}
