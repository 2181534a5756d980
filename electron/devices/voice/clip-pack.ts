import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type VoiceDriver,
  voiceDriverSchema,
  type VoiceLocale,
  voiceLocaleSchema,
  type VoiceRate,
  voiceRateSchema,
} from '../../../shared/devices/voice-config.js';
import { normalizeSpokenText, type VoiceSynthesizer } from './voice.js';

/**
 * The clip pack: every fixed text of the UI and the catalog, synthesized once by `npm run voice:build`
 * (scripts/voice/build-clips.ts) into a folder of WAV files and a manifest.json. A clip is named by the
 * sha256 of driver, voice, rate and text, so a clip made from another text, voice or speed can never be
 * taken for the current one: the runtime looks a text up by that hash and synthesizes live when it is not
 * there. The manifest holds keys and hashes, not the texts.
 */
export const MANIFEST = 'manifest.json';
const FORMAT = 1;

export interface ClipText {
  /** Where the text comes from: "ui:home.greeting", "item:GA-001.name", "package:YJS-001.name". */
  readonly key: string;
  readonly locale: VoiceLocale;
  readonly text: string;
}

const clipEntrySchema = z
  .object({
    key: z.string().min(1).max(200),
    locale: voiceLocaleSchema,
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    file: z.string().regex(/^[0-9a-f]{16,64}\.wav$/, 'a clip file name is a hash'),
    durationMs: z.number().int().nonnegative(),
    bytes: z.number().int().positive(),
  })
  .strict();
export type ClipEntry = z.infer<typeof clipEntrySchema>;

const manifestSchema = z
  .object({
    format: z.literal(FORMAT),
    driver: voiceDriverSchema,
    rate: voiceRateSchema,
    voices: z.object({ 'zh-CN': z.string().max(200), en: z.string().max(200) }).strict(),
    builtAt: z.iso.datetime(),
    clips: z.array(clipEntrySchema).max(100_000),
  })
  .strict();
export type ClipManifest = z.infer<typeof manifestSchema>;

/** What makes a clip's sound: the synthesizer, its voice per language, and the speed. */
export interface VoiceIdentity {
  readonly driver: VoiceDriver;
  readonly rate: VoiceRate;
  voiceId(locale: VoiceLocale): string;
}

export function identityOf(synthesizer: VoiceSynthesizer, rate: VoiceRate): VoiceIdentity {
  return { driver: synthesizer.driver, rate, voiceId: (locale) => synthesizer.voiceId(locale) };
}

export function clipHash(identity: VoiceIdentity, locale: VoiceLocale, text: string): string {
  return createHash('sha256')
    .update([identity.driver, identity.voiceId(locale), identity.rate, normalizeSpokenText(text)].join('\n'))
    .digest('hex');
}

export type StaleReason = 'added' | 'changed' | 'voice' | 'removed' | 'missingFile';
export interface StaleClip {
  readonly key: string;
  readonly locale: VoiceLocale;
  readonly reason: StaleReason;
}

export interface LoadedClipPack {
  readonly dir: string;
  /** Absent: no manifest. Invalid: a manifest that does not parse (treated as empty). */
  readonly state: 'absent' | 'invalid' | 'loaded';
  readonly problem?: string;
  readonly manifest?: ClipManifest;
  /** Clips that may be played now, by hash (the first entry of each hash; texts repeated under several keys share a file). */
  readonly fresh: ReadonlyMap<string, ClipEntry>;
  readonly freshCount: number;
  readonly stale: readonly StaleClip[];
}

function fileOk(dir: string, entry: ClipEntry): boolean {
  try {
    return statSync(join(dir, entry.file)).size === entry.bytes;
  } catch {
    return false;
  }
}

const slot = (key: string, locale: string) => `${locale}\u0000${key}`;

/**
 * Reads a pack and says which clips are fresh for this voice. With `expected` (the build knows every fixed
 * text) a clip is also stale when its text changed or was removed, and a text without a clip is 'added'.
 * Without it (the runtime does not hold the UI's texts) a changed text simply finds no clip by its hash.
 */
export function loadClipPack(dir: string, identity: VoiceIdentity, expected?: readonly ClipText[]): LoadedClipPack {
  const path = join(dir, MANIFEST);
  if (!existsSync(path))
    return {
      dir,
      state: 'absent',
      fresh: new Map(),
      freshCount: 0,
      stale: (expected ?? []).map((t) => ({ key: t.key, locale: t.locale, reason: 'added' as const })),
    };
  let manifest: ClipManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const problem =
      error instanceof z.ZodError
        ? `manifest.json does not match: ${error.issues[0]?.path.join('.') ?? ''} ${error.issues[0]?.message ?? ''}`
        : `manifest.json unreadable: ${(error as Error).message}`;
    return {
      dir,
      state: 'invalid',
      problem: problem.slice(0, 300),
      fresh: new Map(),
      freshCount: 0,
      stale: (expected ?? []).map((t) => ({ key: t.key, locale: t.locale, reason: 'added' as const })),
    };
  }
  const sameVoice = (locale: VoiceLocale) =>
    manifest.driver === identity.driver &&
    manifest.rate === identity.rate &&
    manifest.voices[locale] === identity.voiceId(locale);
  const fresh = new Map<string, ClipEntry>();
  const stale: StaleClip[] = [];
  const want = expected ? new Map(expected.map((t) => [slot(t.key, t.locale), t])) : undefined;
  const seen = new Set<string>();
  let freshCount = 0;
  for (const entry of manifest.clips) {
    seen.add(slot(entry.key, entry.locale));
    const text = want?.get(slot(entry.key, entry.locale));
    let reason: StaleReason | undefined;
    if (want && !text) reason = 'removed';
    else if (!sameVoice(entry.locale)) reason = 'voice';
    else if (text && clipHash(identity, entry.locale, text.text) !== entry.hash) reason = 'changed';
    else if (!fileOk(dir, entry)) reason = 'missingFile';
    if (reason) stale.push({ key: entry.key, locale: entry.locale, reason });
    else {
      freshCount += 1;
      if (!fresh.has(entry.hash)) fresh.set(entry.hash, entry);
    }
  }
  for (const t of expected ?? [])
    if (!seen.has(slot(t.key, t.locale))) stale.push({ key: t.key, locale: t.locale, reason: 'added' });
  return { dir, state: 'loaded', manifest, fresh, freshCount, stale };
}

export interface BuildReport {
  readonly clips: number;
  /** Distinct texts synthesized now (a text under several keys is synthesized once). */
  readonly synthesized: number;
  readonly reused: number;
  readonly staleBefore: number;
  readonly filesRemoved: number;
  readonly failures: readonly { key: string; locale: VoiceLocale; message: string }[];
  readonly totalDurationMs: number;
  readonly elapsedMs: number;
}

export interface BuildOptions {
  readonly rate: VoiceRate;
  /** Syntheses at once (default 2: the kiosk's PCs have few cores). */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Builds or brings up to date the pack in `dir` for `texts`: a clip whose hash is already there is kept,
 * every other distinct text is synthesized once, files no clip names any more are deleted, and the manifest
 * is replaced atomically at the end (a build that stops halfway leaves the old manifest, still valid).
 */
export async function buildClipPack(
  dir: string,
  texts: readonly ClipText[],
  synthesizer: VoiceSynthesizer,
  options: BuildOptions,
): Promise<BuildReport> {
  const startedAt = Date.now();
  mkdirSync(dir, { recursive: true });
  const identity = identityOf(synthesizer, options.rate);
  const before = loadClipPack(dir, identity, texts);
  const planned = texts.map((t) => ({ ...t, hash: clipHash(identity, t.locale, t.text) }));
  const made = new Map<string, { file: string; durationMs: number; bytes: number }>();
  // Any intact clip is reusable by its hash, whichever key it was made for (a text moved to another key).
  for (const entry of before.manifest?.clips ?? []) if (fileOk(dir, entry)) made.set(entry.hash, entry);
  const reused = new Set<string>();
  const todo = new Map<string, (typeof planned)[number]>();
  for (const p of planned) {
    if (made.has(p.hash)) reused.add(p.hash);
    else if (!todo.has(p.hash)) todo.set(p.hash, p);
  }
  const failures: Array<{ key: string; locale: VoiceLocale; message: string }> = [];
  const queue = [...todo.values()];
  let done = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const result = await synthesizer.synthesize(next.text, next.locale, { rate: options.rate });
      done += 1;
      options.onProgress?.(done, todo.size);
      if (!result.ok) {
        failures.push({ key: next.key, locale: next.locale, message: result.error.message });
        continue;
      }
      const file = `${next.hash}.wav`;
      writeFileSync(join(dir, `${file}.tmp`), result.value.wav);
      renameSync(join(dir, `${file}.tmp`), join(dir, file));
      made.set(next.hash, { file, durationMs: result.value.durationMs, bytes: result.value.wav.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));

  const clips: ClipEntry[] = [];
  for (const p of planned) {
    const clip = made.get(p.hash);
    if (clip)
      clips.push({
        key: p.key,
        locale: p.locale,
        hash: p.hash,
        file: clip.file,
        durationMs: clip.durationMs,
        bytes: clip.bytes,
      });
  }
  const manifest: ClipManifest = {
    format: FORMAT,
    driver: identity.driver,
    rate: identity.rate,
    voices: { 'zh-CN': identity.voiceId('zh-CN'), en: identity.voiceId('en') },
    builtAt: new Date().toISOString(),
    clips,
  };
  writeFileSync(join(dir, `${MANIFEST}.tmp`), `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(join(dir, `${MANIFEST}.tmp`), join(dir, MANIFEST));

  const keep = new Set(clips.map((c) => c.file));
  let filesRemoved = 0;
  for (const name of readdirSync(dir)) {
    if ((name.endsWith('.wav') || name.endsWith('.wav.tmp')) && !keep.has(name)) {
      rmSync(join(dir, name), { force: true });
      filesRemoved += 1;
    }
  }
  const distinct = new Map(clips.map((c) => [c.hash, c.durationMs]));
  return {
    clips: clips.length,
    synthesized: todo.size - failures.length,
    reused: reused.size,
    staleBefore: before.stale.length,
    filesRemoved,
    failures,
    totalDurationMs: [...distinct.values()].reduce((a, b) => a + b, 0),
    elapsedMs: Date.now() - startedAt,
  };
}
