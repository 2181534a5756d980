import { describe, expect, it } from 'vitest';
import { voiceConfigSchema } from '../../../shared/devices/voice-config.js';
import { createMemoryLogger } from '../../services/log/logger.js';
import { createVoiceSynthesizer } from './create-voice.js';
import { SimulatedVoice } from './simulated-voice.js';
import { decodeWav, encodeWav, levels, normalizeWav } from './wav.js';

describe('simulated voice', () => {
  it('is deterministic, audible, and longer for a longer text', async () => {
    const voice = new SimulatedVoice('normal');
    const a = await voice.synthesize('请取走您的身份证', 'zh-CN');
    const b = await voice.synthesize('请取走您的身份证', 'zh-CN');
    const long = await voice.synthesize('请取走您的身份证，并带好您的随身物品。', 'zh-CN');
    if (!a.ok || !b.ok || !long.ok) throw new Error('synthesis failed');
    expect(a.value.wav.equals(b.value.wav)).toBe(true);
    expect(long.value.durationMs).toBeGreaterThan(a.value.durationMs * 1.5);
    const pcm = decodeWav(a.value.wav);
    if (typeof pcm === 'string') throw new Error(pcm);
    expect(levels(pcm).rms).toBeGreaterThan(0.05);
    expect(a.value.durationMs).toBe(Math.round((pcm.samples.length / 16_000) * 1000));
  });

  it('is slower at "slow" and refuses empty text', async () => {
    const voice = new SimulatedVoice('normal');
    const slow = await voice.synthesize('Continue', 'en', { rate: 'slow' });
    const fast = await voice.synthesize('Continue', 'en', { rate: 'fast' });
    if (!slow.ok || !fast.ok) throw new Error('synthesis failed');
    expect(slow.value.durationMs).toBeGreaterThan(fast.value.durationMs);
    expect(await voice.synthesize(' \n ', 'en')).toMatchObject({ ok: false, error: { code: 'voiceFailed' } });
  });

  it('is what the factory builds by default; "none" refuses to speak but is healthy', async () => {
    const logger = createMemoryLogger();
    expect(createVoiceSynthesizer(voiceConfigSchema.parse({}), { logger }).driver).toBe('simulator');
    const none = createVoiceSynthesizer(voiceConfigSchema.parse({ driver: 'none' }), { logger });
    expect(await none.synthesize('hi', 'en')).toMatchObject({ ok: false, error: { code: 'voiceUnavailable' } });
    expect(none.health()).toMatchObject({ level: 'ok', detail: expect.stringContaining('no voice') });
  });
});

describe('WAV codec', () => {
  it('rewrites a streamed header (sizes 0x7ffff000) with true sizes', () => {
    const wav = encodeWav({ sampleRate: 22_050, channels: 1, samples: new Int16Array([1, -2, 3, 4000]) });
    wav.writeUInt32LE(0x7ffff000, 4);
    wav.writeUInt32LE(0x7ffff000, 40);
    const fixed = normalizeWav(wav);
    if (typeof fixed === 'string') throw new Error(fixed);
    expect(fixed.wav.readUInt32LE(40)).toBe(8);
    expect(fixed.wav.readUInt32LE(4)).toBe(44);
  });

  it('refuses what is not 16-bit PCM audio', () => {
    expect(normalizeWav(Buffer.from('hello world, not a wav'))).toBe('not a RIFF/WAVE file');
    expect(normalizeWav(encodeWav({ sampleRate: 22_050, channels: 1, samples: new Int16Array(0) }))).toBe('no samples');
  });
});

describe('voice configuration', () => {
  it('has safe defaults and refuses bad values', () => {
    expect(voiceConfigSchema.parse({})).toMatchObject({ driver: 'simulator', rate: 'normal', clipPack: 'voice' });
    for (const bad of [
      { driver: 'festival' },
      { rate: 1.5 },
      { espeakPath: 'espeak-ng; rm -rf /' },
      { espeakPath: '../bin/espeak-ng' },
      { modelDir: 'models/melo' },
      { clipPack: '../../etc' },
      { voices: { 'zh-CN': "Huihui'; exit" } },
      { timeoutMs: 10 },
      { unknown: true },
    ])
      expect(voiceConfigSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(voiceConfigSchema.safeParse({ driver: 'espeak-ng', espeakPath: '/usr/bin/espeak-ng' }).success).toBe(true);
    expect(
      voiceConfigSchema.safeParse({ driver: 'windows', voices: { 'zh-CN': 'Microsoft Huihui Desktop' } }).success,
    ).toBe(true);
    expect(voiceConfigSchema.safeParse({ driver: 'sherpa-onnx', modelDir: 'C:\\kiosk\\melo' }).success).toBe(true);
  });
});
