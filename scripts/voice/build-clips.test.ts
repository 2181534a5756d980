import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildClipPack,
  type ClipManifest,
  type ClipText,
  identityOf,
  loadClipPack,
  MANIFEST,
} from '../../electron/devices/voice/clip-pack.js';
import { SimulatedVoice } from '../../electron/devices/voice/simulated-voice.js';
import { decodeWav, levels } from '../../electron/devices/voice/wav.js';
import { createMemoryLogger } from '../../electron/services/log/logger.js';
import { runBuildClips } from './build-clips-cli.js';
import { fixedTexts } from './clip-texts.js';

const root = mkdtempSync(join(tmpdir(), 'voice-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
if (!hasEspeak)
  console.warn('espeak-ng is not installed: the real clip pack build is SKIPPED (apt-get install espeak-ng)');

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('clip pack of the fixed texts (simulator)', () => {
  const texts = fixedTexts();
  const dir = join(root, 'pack');
  const voice = new SimulatedVoice('normal');
  const identity = identityOf(voice, 'normal');

  it('collects every fixed text once per language, none with {{interpolation}}', () => {
    const keys = new Set(texts.map((t) => `${t.locale} ${t.key}`));
    expect(keys.size).toBe(texts.length);
    expect(texts.some((t) => t.text.includes('{{'))).toBe(false);
    expect(texts.find((t) => t.key === 'ui:app.title' && t.locale === 'zh-CN')?.text).toBe('政务服务自助终端');
    expect(texts.filter((t) => t.key.startsWith('item:') && t.locale === 'en').length).toBe(59);
    expect(texts.filter((t) => t.key.startsWith('package:') && t.locale === 'zh-CN').length).toBe(5);
    expect(texts.some((t) => t.key === 'ui:home.itemsCount')).toBe(false); // 本机可办理 {{count}} 项业务
  });

  it('builds one clip per text, synthesizing each distinct text once', async () => {
    const report = await buildClipPack(dir, texts, voice, { rate: 'normal' });
    const distinct = new Set(texts.map((t) => `${t.locale}\u0000${t.text}`)).size;
    expect(report).toMatchObject({ clips: texts.length, synthesized: distinct, failures: [] });
    expect(voice.synthesized).toBe(distinct);
    const pack = loadClipPack(dir, identity, texts);
    expect(pack).toMatchObject({ state: 'loaded', freshCount: texts.length, stale: [] });
    // The manifest names keys and hashes, not the texts.
    expect(readFileSync(join(dir, MANIFEST), 'utf8')).not.toContain('政务服务自助终端');
  });

  it('finds exactly the changed text stale, and the rebuild synthesizes only it', async () => {
    const changed: ClipText[] = texts.map((t) =>
      t.key === 'ui:app.title' && t.locale === 'zh-CN' ? { ...t, text: '政务服务自助一体机' } : t,
    );
    expect(loadClipPack(dir, identity, changed).stale).toEqual([
      { key: 'ui:app.title', locale: 'zh-CN', reason: 'changed' },
    ]);
    const before = voice.synthesized;
    const report = await buildClipPack(dir, changed, voice, { rate: 'normal' });
    expect(voice.synthesized - before).toBe(1);
    expect(report).toMatchObject({ synthesized: 1, filesRemoved: 1, clips: texts.length });
    expect(loadClipPack(dir, identity, changed).stale).toEqual([]);
  });
});

describe('npm run voice:build', () => {
  it('builds, then finds nothing stale, then rebuilds only what changed (CLI, simulator)', async () => {
    const out = join(root, 'cli');
    const texts: ClipText[] = [
      { key: 'ui:x', locale: 'zh-CN', text: '请插入身份证' },
      { key: 'ui:y', locale: 'en', text: 'Please insert your ID card' },
    ];
    const deps = { texts, logger: createMemoryLogger() };
    let run = captureIo();
    expect(await runBuildClips(['--out', out, '--driver', 'simulator'], run.io, deps)).toBe(0);
    expect(run.out.join('')).toContain('2 clips (2 synthesized, 0 reused');
    run = captureIo();
    expect(await runBuildClips(['--out', out, '--driver', 'simulator', '--check'], run.io, deps)).toBe(0);
    expect(run.out.join('')).toContain('2 fresh clips, 0 stale');
    run = captureIo();
    expect(
      await runBuildClips(['--out', out, '--driver', 'simulator', '--check', '--rate', 'fast'], run.io, deps),
    ).toBe(1);
    expect(run.out.join('')).toContain('2 stale (voice 2)');
    const changed = {
      ...deps,
      texts: [texts[0] as ClipText, { ...(texts[1] as ClipText), text: 'Please insert your card' }],
    };
    run = captureIo();
    expect(await runBuildClips(['--out', out, '--driver', 'simulator'], run.io, changed)).toBe(0);
    expect(run.out.join('')).toContain('2 clips (1 synthesized, 1 reused, 1 files removed)');
  });

  it('refuses bad options', async () => {
    for (const args of [['--driver', 'festival'], ['--rate', 'warp'], ['--driver', 'none'], ['--bogus']]) {
      const run = captureIo();
      expect(await runBuildClips(args, run.io, { texts: [] }), args.join(' ')).toBe(2);
    }
  });
});

describe.skipIf(!hasEspeak)('the real clip pack (espeak-ng, every fixed text)', () => {
  it('builds every clip non-silent and of plausible length', { timeout: 180_000 }, async () => {
    const out = join(root, 'espeak');
    const texts = fixedTexts();
    const run = captureIo();
    const startedAt = Date.now();
    expect(await runBuildClips(['--out', out], run.io, { logger: createMemoryLogger() })).toBe(0);
    const elapsed = Date.now() - startedAt;
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as ClipManifest;
    expect(manifest).toMatchObject({
      driver: 'espeak-ng',
      rate: 'normal',
      voices: { 'zh-CN': 'espeak-ng:cmn', en: 'espeak-ng:en-us' },
    });
    expect(manifest.clips).toHaveLength(texts.length);
    const problems: string[] = [];
    const durations: number[] = [];
    for (const file of new Set(manifest.clips.map((c) => c.file))) {
      const clip = manifest.clips.find((c) => c.file === file);
      const pcm = decodeWav(readFileSync(join(out, file)));
      if (typeof pcm === 'string') {
        problems.push(`${clip?.key}: ${pcm}`);
        continue;
      }
      const { rms, peak } = levels(pcm);
      const ms = clip?.durationMs ?? 0;
      durations.push(ms);
      // Plausible length follows the text: a long help text may run 45 s, a word must not.
      const chars = [...(texts.find((t) => t.locale === clip?.locale && t.key === clip.key)?.text ?? '')].length;
      const tooLong = ms > 1_500 + 400 * chars;
      if (ms < 250 || tooLong || ms < 15 * chars || rms < 0.02 || peak < 0.1)
        problems.push(`${clip?.locale} ${clip?.key}: ${ms} ms, rms ${rms.toFixed(3)}, peak ${peak.toFixed(3)}`);
    }
    expect(problems).toEqual([]);
    durations.sort((a, b) => a - b);
    console.info(
      `espeak-ng pack: ${manifest.clips.length} clips, ${durations.length} files, built in ${(elapsed / 1000).toFixed(1)} s; ` +
        `durations min ${durations[0]} ms, median ${durations[durations.length >> 1]} ms, max ${durations.at(-1)} ms, ` +
        `total ${Math.round(durations.reduce((a, b) => a + b, 0) / 1000)} s`,
    );
  });
});
