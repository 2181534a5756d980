import type { voiceMethods } from '../../../shared/contract/voice.js';
import { ok } from '../../../shared/result.js';
import type { Handlers } from '../../rpc/handlers.js';
import type { VoiceService } from './voice-service.js';

type VoiceHandlers = Pick<Handlers, keyof typeof voiceMethods>;

/** The contract's voice calls (shared/contract/voice.ts). */
export function createVoiceHandlers(voice: VoiceService): VoiceHandlers {
  return {
    'voice.say': async ({ text, locale, rate }) => {
      const result = await voice.say(text, locale, rate);
      if (!result.ok) return result;
      return ok({
        clip: result.value.clip,
        audio: result.value.wav.toString('base64'),
        durationMs: result.value.durationMs,
      });
    },
    'voice.status': () => {
      const snapshot = voice.snapshot();
      return ok({
        driver: snapshot.driver,
        state: snapshot.state,
        level: voice.health().level,
        detail: snapshot.detail.slice(0, 500),
        pack: voice.packStatus(),
      });
    },
  };
}
