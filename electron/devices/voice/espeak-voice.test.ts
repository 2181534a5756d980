import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../services/log/logger.js';
import { EspeakVoice } from './espeak-voice.js';
import { decodeWav, levels } from './wav.js';

const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
const hasSox = spawnSync('sox', ['--version']).status === 0;
if (!hasEspeak)
  console.warn('espeak-ng is not installed: the real espeak-ng tests are SKIPPED (apt-get install espeak-ng)');

const make = (options: Partial<ConstructorParameters<typeof EspeakVoice>[0]> = {}) =>
  new EspeakVoice({
    binary: 'espeak-ng',
    rate: 'normal',
    voices: {},
    timeoutMs: 10_000,
    logger: createMemoryLogger(),
    ...options,
  });

const tempDir = mkdtempSync(join(tmpdir(), 'espeak-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/** sox's own measure of a WAV (a second opinion beside levels()). */
function soxStat(wav: Buffer): { length: number; rms: number; peak: number } {
  const file = join(tempDir, `stat-${Math.random().toString(16).slice(2)}.wav`);
  writeFileSync(file, wav);
  const out = spawnSync('sox', [file, '-n', 'stat'], { encoding: 'utf8' }).stderr;
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(-?[\\d.]+)`).exec(out)?.[1]);
  return { length: field('Length \\(seconds\\)'), rms: field('RMS\\s+amplitude'), peak: field('Maximum amplitude') };
}

describe.skipIf(!hasEspeak)('espeak-ng driver (real espeak-ng)', () => {
  it.each([
    ['zh-CN', '请将身份证放在读卡区，听到提示音后取走。'],
    ['en', 'Please place your ID card on the reader, and take it away after the beep.'],
  ] as const)('speaks %s: a valid WAV of plausible length that is not silent', async (locale, text) => {
    const voice = make();
    const result = await voice.synthesize(text, locale);
    if (!result.ok) throw new Error(result.error.message);
    const { wav, durationMs } = result.value;
    // The header is rewritten with true sizes (espeak-ng streams 0x7ffff000).
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
    const pcm = decodeWav(wav);
    if (typeof pcm === 'string') throw new Error(pcm);
    expect(pcm.sampleRate).toBe(22_050);
    expect(durationMs).toBeGreaterThan(300);
    expect(durationMs).toBeLessThan(30_000);
    const { rms, peak } = levels(pcm);
    expect(rms).toBeGreaterThan(0.02);
    expect(peak).toBeGreaterThan(0.2);
    if (hasSox) {
      const sox = soxStat(wav);
      expect(sox.length * 1000).toBeCloseTo(durationMs, -1);
      expect(sox.rms).toBeGreaterThan(0.02);
      expect(sox.peak).toBeGreaterThan(0.2);
    }
    console.info(`espeak-ng ${locale}: ${durationMs} ms, rms ${rms.toFixed(3)}, peak ${peak.toFixed(3)}`);
  });

  it('speaks slower at "slow" than at "fast"', async () => {
    const voice = make();
    const text = '您好，请选择要办理的事项';
    const slow = await voice.synthesize(text, 'zh-CN', { rate: 'slow' });
    const fast = await voice.synthesize(text, 'zh-CN', { rate: 'fast' });
    if (!slow.ok || !fast.ok) throw new Error('synthesis failed');
    expect(slow.value.durationMs).toBeGreaterThan(fast.value.durationMs * 1.2);
  });

  it('passes the text on stdin, never as options or through a shell', async () => {
    const logger = createMemoryLogger();
    const voice = make({ logger });
    const marker = join(tempDir, 'pwned');
    const result = await voice.synthesize(`-v xx --help $(touch ${marker}); touch ${marker} <speak>`, 'en');
    expect(result.ok).toBe(true);
    expect(spawnSync('test', ['-e', marker]).status).not.toBe(0);
    expect(logger.lines.join('\n')).not.toContain('touch');
  });

  it('reports ready with its version after start()', async () => {
    const voice = make();
    voice.start();
    await new Promise((r) => setTimeout(r, 500));
    expect(voice.snapshot()).toMatchObject({ state: 'ready' });
    expect(voice.health().level).toBe('ok');
    expect(voice.voiceId('zh-CN')).toBe('espeak-ng:cmn');
  });
});

describe('espeak-ng driver without espeak-ng', () => {
  it('says clearly that the binary is missing, and health goes down', async () => {
    const logger = createMemoryLogger();
    const voice = make({ binary: '/nonexistent/espeak-ng', logger });
    const result = await voice.synthesize('你好', 'zh-CN');
    expect(result).toMatchObject({ ok: false, error: { code: 'voiceUnavailable' } });
    if (!result.ok) expect(result.error.message).toMatch(/espeak-ng not found .*install the Debian package espeak-ng/);
    expect(voice.health()).toMatchObject({ name: 'voice', level: 'down' });
    expect(logger.lines.some((l) => l.startsWith('error') && l.includes('not found'))).toBe(true);
  });

  it('goes down at start() when the binary is missing', async () => {
    const voice = make({ binary: 'espeak-ng-not-installed-here' });
    voice.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(voice.snapshot()).toMatchObject({ state: 'down', detail: expect.stringContaining('not found') });
  });

  it('kills an engine that runs over its timeout', async () => {
    const hang = join(tempDir, 'hang.sh');
    writeFileSync(hang, '#!/bin/sh\nexec sleep 10\n');
    chmodSync(hang, 0o755);
    const voice = make({ binary: hang, timeoutMs: 1_000 });
    const startedAt = Date.now();
    const result = await voice.synthesize('hello', 'en');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'voiceFailed', message: expect.stringContaining('timed out') },
    });
    expect(Date.now() - startedAt).toBeLessThan(3_000);
  });

  it('refuses output that is not a WAV', async () => {
    const junk = join(tempDir, 'junk.sh');
    writeFileSync(junk, '#!/bin/sh\ncat >/dev/null; echo not audio\n');
    chmodSync(junk, 0o755);
    const result = await make({ binary: junk }).synthesize('hello', 'en');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'voiceFailed', message: expect.stringContaining('RIFF') },
    });
  });
});
