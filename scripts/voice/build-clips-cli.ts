import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type VoiceConfig,
  voiceConfigSchema,
  voiceDriverSchema,
  voiceRateSchema,
} from '../../shared/devices/voice-config.js';
import { buildClipPack, identityOf, loadClipPack, type ClipText } from '../../electron/devices/voice/clip-pack.js';
import { createVoiceSynthesizer } from '../../electron/devices/voice/create-voice.js';
import type { VoiceSynthesizer } from '../../electron/devices/voice/voice.js';
import { createLogger, type Logger } from '../../electron/services/log/logger.js';
import { fixedTexts } from './clip-texts.js';

/**
 * `npm run voice:build [-- options]`: synthesizes every fixed text (scripts/voice/clip-texts.ts) into the clip
 * pack the kiosk plays (electron/devices/voice/clip-pack.ts). Incremental: only added or changed texts (or
 * all, for another voice or speed) are synthesized; clips of removed texts are deleted.
 *
 *   --out DIR        the pack folder (default .kiosk-data/voice: the development kiosk's <data>/voice)
 *   --driver NAME    espeak-ng (default) | windows | sherpa-onnx | simulator
 *   --config FILE    read espeakPath, voices, modelDir and rate from this kiosk.config.json's "voice"
 *   --rate RATE      slow | normal | fast (default: the config's, else normal) — must match the kiosk's
 *   --check          build nothing: print how many clips are stale, exit 1 if any
 */
export interface BuildCliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface BuildCliDeps {
  readonly texts?: readonly ClipText[];
  readonly synthesizer?: (config: VoiceConfig) => VoiceSynthesizer;
  readonly logger?: Logger;
}

export async function runBuildClips(args: readonly string[], io: BuildCliIo, deps: BuildCliDeps = {}): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string', default: '.kiosk-data/voice' },
        driver: { type: 'string' },
        config: { type: 'string' },
        rate: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    io.err(`voice:build: ${(error as Error).message}\n`);
    return 2;
  }
  if (values.help) {
    io.out(
      'Usage: npm run voice:build -- [--out DIR] [--driver espeak-ng|windows|sherpa-onnx|simulator] [--config FILE] [--rate slow|normal|fast] [--check]\n',
    );
    return 0;
  }
  let fromFile: unknown = {};
  if (values.config) {
    try {
      fromFile = (JSON.parse(readFileSync(values.config, 'utf8')) as { voice?: unknown }).voice ?? {};
    } catch (error) {
      io.err(`voice:build: cannot read ${values.config}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const parsed = voiceConfigSchema.safeParse({
    ...(fromFile as object),
    driver: values.driver ?? 'espeak-ng',
    ...(values.rate ? { rate: values.rate } : {}),
  });
  if (!parsed.success || !voiceDriverSchema.safeParse(values.driver ?? 'espeak-ng').success) {
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    io.err(`voice:build: bad option or config: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'driver'}\n`);
    return 2;
  }
  const config = parsed.data;
  if (config.driver === 'none') {
    io.err('voice:build: driver "none" makes no clips\n');
    return 2;
  }
  voiceRateSchema.parse(config.rate);
  const out = resolve(values.out);
  const texts = deps.texts ?? fixedTexts();
  const logger = deps.logger ?? createLogger({ console: true, level: 'warn' });
  const synthesizer = deps.synthesizer?.(config) ?? createVoiceSynthesizer(config, { logger });
  try {
    synthesizer.start();
    if (values.check) {
      const pack = loadClipPack(out, identityOf(synthesizer, config.rate), texts);
      const reasons = new Map<string, number>();
      for (const s of pack.stale) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
      io.out(
        `voice:build: ${out}: ${texts.length} texts, ${pack.freshCount} fresh clips, ${pack.stale.length} stale` +
          (reasons.size ? ` (${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')})` : '') +
          '\n',
      );
      return pack.stale.length ? 1 : 0;
    }
    io.out(`voice:build: ${texts.length} texts with ${config.driver} (${config.rate}) into ${out}\n`);
    let shown = 0;
    const report = await buildClipPack(out, texts, synthesizer, {
      rate: config.rate,
      onProgress: (done, total) => {
        if (done === total || done - shown >= 200) {
          shown = done;
          io.out(`  synthesized ${done}/${total}\n`);
        }
      },
    });
    io.out(
      `voice:build: ${report.clips} clips (${report.synthesized} synthesized, ${report.reused} reused, ` +
        `${report.filesRemoved} files removed), ${Math.round(report.totalDurationMs / 1000)} s of audio, ` +
        `in ${(report.elapsedMs / 1000).toFixed(1)} s\n`,
    );
    for (const f of report.failures.slice(0, 10)) io.err(`  failed ${f.locale} ${f.key}: ${f.message}\n`);
    return report.failures.length ? 1 : 0;
  } finally {
    await synthesizer.close();
  }
}
