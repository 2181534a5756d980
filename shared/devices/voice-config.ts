import { z } from 'zod';

/**
 * The `voice` section of kiosk.config.json: which synthesizer speaks (electron/devices/voice/), how fast,
 * and where the pre-built clip pack lies. On a deployed Linux kiosk use "espeak-ng" (Debian package
 * espeak-ng); on Windows "windows" (System.Speech with an installed zh-CN and en-US voice); "sherpa-onnx" only
 * with the sherpa-onnx-node package and a model folder the deployer supplies. The default is the simulator
 * (a deterministic tone sequence), so a fresh checkout and the tests have audio without a speech engine.
 */
export const voiceDriverSchema = z.enum(['espeak-ng', 'windows', 'sherpa-onnx', 'simulator', 'none']);
export type VoiceDriver = z.infer<typeof voiceDriverSchema>;

/** The languages the kiosk speaks (the same two as its UI). */
export const voiceLocaleSchema = z.enum(['zh-CN', 'en']);
export type VoiceLocale = z.infer<typeof voiceLocaleSchema>;

/** Speaking speed; "normal" is already a little slower than the engines' default (many listeners are elderly). */
export const voiceRateSchema = z.enum(['slow', 'normal', 'fast']);
export type VoiceRate = z.infer<typeof voiceRateSchema>;

/** An absolute path on Linux or Windows; nothing that a shell or a relative lookup could reinterpret. */
const absolutePath = z
  .string()
  .min(2)
  .max(500)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'an absolute path');

/** A bare command name found on PATH ("espeak-ng") or an absolute path to it. */
const commandPath = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (p) => /^(\/|[A-Za-z]:[\\/])/.test(p) || /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(p),
    'a command name (e.g. "espeak-ng") or an absolute path',
  );

/** A voice name the engine knows (espeak-ng "cmn", Windows "Microsoft Huihui Desktop"). */
const voiceName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N} ()._+-]+$/u, 'letters, digits, spaces and ()._+- only');

export const voiceConfigSchema = z
  .object({
    driver: voiceDriverSchema.default('simulator'),
    rate: voiceRateSchema.default('normal'),
    /** The espeak-ng executable (driver "espeak-ng"); default "espeak-ng" on PATH. */
    espeakPath: commandPath.optional(),
    /** A voice per language instead of the driver's choice (espeak-ng: cmn / en-us; Windows: the first installed voice of the culture). */
    voices: z.object({ 'zh-CN': voiceName.optional(), en: voiceName.optional() }).strict().default({}),
    /** The sherpa-onnx model folder (model.onnx, tokens.txt, and lexicon.txt / dict / espeak-ng-data as the model needs). */
    modelDir: absolutePath.optional(),
    /**
     * The clip pack `npm run voice:build` writes: an absolute folder, or one relative to the kiosk's data folder.
     * Default "voice" (so `<data>/voice`, e.g. .kiosk-data/voice on a development machine).
     */
    clipPack: z
      .string()
      .min(1)
      .max(500)
      .refine((p) => !p.split(/[\\/]/).includes('..'), 'no ".." in the clip pack folder')
      .default('voice'),
    /**
     * Private listening (issue 14): the audio output that is the headphone jack, by (part of) its name as the OS
     * lists it ("Headphones", "耳机"). In private mode speech goes there only; absent, private mode blanks the
     * screen and says that speech stays on the loudspeaker.
     */
    headphoneOutput: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[\p{L}\p{N} ()._+-]+$/u, 'letters, digits, spaces and ()._+- only')
      .optional(),
    /** Longest one live synthesis may take before it is abandoned. */
    timeoutMs: z.number().int().min(1_000).max(60_000).default(15_000),
  })
  .strict();
export type VoiceConfig = z.infer<typeof voiceConfigSchema>;
