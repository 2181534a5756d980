import { z } from 'zod';
import { healthLevelSchema } from './app.js';
import { voiceDriverSchema, voiceLocaleSchema, voiceRateSchema } from '../devices/voice-config.js';
import { defineMethod } from './define.js';

/**
 * The voice class (electron/devices/voice): main speaks, the page plays. A fixed text of the UI or the
 * catalog comes from the clip pack built by `npm run voice:build`; anything else (a text with a name, a
 * number, a date) is synthesized live. Main never logs the text.
 */
const empty = z.object({}).strict();

/** Longest text one call may speak (a long guide is spoken a paragraph at a time). */
export const MAX_SPOKEN_CHARS = 500;
/** Largest WAV in a reply, as base64 (12 MiB of audio). */
export const MAX_AUDIO_BASE64_CHARS = 16_777_216;

export const voiceErrors = ['voiceUnavailable', 'voiceFailed'] as const;

export const voiceSayResponseSchema = z
  .object({
    /** The clip's key ("ui:idle.spoken") when it came from the pack; null when synthesized live. */
    clip: z.string().max(200).nullable(),
    /** The sound as a base64 WAV (from the clip or live); null when there is nothing to play. */
    audio: z.string().max(MAX_AUDIO_BASE64_CHARS).nullable(),
    durationMs: z.number().int().nonnegative(),
  })
  .strict();

export const voiceStatusSchema = z
  .object({
    driver: voiceDriverSchema,
    state: z.enum(['starting', 'ready', 'degraded', 'down', 'off']),
    level: healthLevelSchema,
    /** For the technician: which voices, or why it cannot speak. */
    detail: z.string().max(500),
    pack: z
      .object({
        state: z.enum(['absent', 'invalid', 'loaded']),
        clips: z.number().int().nonnegative(),
        fresh: z.number().int().nonnegative(),
        stale: z.number().int().nonnegative(),
        problem: z.string().max(300).optional(),
      })
      .strict(),
  })
  .strict();
export type VoiceStatus = z.infer<typeof voiceStatusSchema>;

export const voiceMethods = {
  'voice.say': defineMethod({
    summary:
      'Speak a text: the fresh clip when it is a fixed text the pack has for this voice and speed, else live synthesis.',
    request: z
      .object({
        text: z.string().min(1).max(MAX_SPOKEN_CHARS),
        locale: voiceLocaleSchema,
        rate: voiceRateSchema.optional(),
      })
      .strict(),
    response: voiceSayResponseSchema,
    errors: voiceErrors,
  }),
  'voice.status': defineMethod({
    summary: 'The voice driver, its health and the clip pack (clips, fresh, stale).',
    request: empty,
    response: voiceStatusSchema,
  }),
} as const;
