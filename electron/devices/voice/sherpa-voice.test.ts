import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { voiceConfigSchema } from '../../../shared/devices/voice-config.js';
import { createMemoryLogger } from '../../services/log/logger.js';
import { createVoiceSynthesizer } from './create-voice.js';
import { findModelFiles, SHERPA_PACKAGE, SherpaVoice } from './sherpa-voice.js';
import { decodeWav } from './wav.js';

const root = mkdtempSync(join(tmpdir(), 'sherpa-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function modelFolder(files: string[]): string {
  const dir = mkdtempSync(join(root, 'model-'));
  for (const f of files) {
    if (f.endsWith('/')) mkdirSync(join(dir, f));
    else writeFileSync(join(dir, f), 'x');
  }
  return dir;
}

const notInstalled = (name: string): string => {
  throw Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND' });
};

describe('sherpa-onnx driver', () => {
  it('is down, loudly, when no model folder is configured', async () => {
    const logger = createMemoryLogger();
    const voice = new SherpaVoice({ modelDir: undefined, rate: 'normal', timeoutMs: 5_000, logger });
    voice.start();
    expect(voice.health()).toMatchObject({
      level: 'down',
      detail: expect.stringContaining('voice.modelDir is not set'),
    });
    expect(logger.lines.filter((l) => l.startsWith('error'))).toHaveLength(1);
    expect(await voice.synthesize('你好', 'zh-CN')).toMatchObject({ ok: false, error: { code: 'voiceUnavailable' } });
  });

  it('is down when the model folder is missing or incomplete', () => {
    expect(findModelFiles(join(root, 'nope'))).toMatch(/does not exist/);
    expect(findModelFiles(modelFolder(['tokens.txt']))).toMatch(/no \.onnx model/);
    expect(findModelFiles(modelFolder(['model.onnx']))).toMatch(/no tokens\.txt/);
    const dir = modelFolder(['model.onnx', 'tokens.txt', 'lexicon.txt', 'dict/', 'date.fst', 'number.fst']);
    expect(findModelFiles(dir)).toEqual({
      model: join(dir, 'model.onnx'),
      tokens: join(dir, 'tokens.txt'),
      lexicon: join(dir, 'lexicon.txt'),
      dictDir: join(dir, 'dict'),
      ruleFsts: `${join(dir, 'date.fst')},${join(dir, 'number.fst')}`,
    });
  });

  it(`is down with the reason when ${SHERPA_PACKAGE} is not installed (the project does not depend on it)`, async () => {
    const logger = createMemoryLogger();
    const voice = createVoiceSynthesizer(
      voiceConfigSchema.parse({ driver: 'sherpa-onnx', modelDir: modelFolder(['model.onnx', 'tokens.txt']) }),
      { logger, resolveModule: notInstalled },
    );
    voice.start();
    expect(voice.snapshot()).toMatchObject({
      state: 'down',
      detail: expect.stringContaining('package is not installed'),
    });
    expect(logger.lines.some((l) => l.startsWith('error') && l.includes(SHERPA_PACKAGE))).toBe(true);
    expect(await voice.synthesize('Hello', 'en')).toMatchObject({ ok: false, error: { code: 'voiceUnavailable' } });
  });

  it('really looks the package up in this project (where it is not installed)', () => {
    const voice = createVoiceSynthesizer(
      voiceConfigSchema.parse({ driver: 'sherpa-onnx', modelDir: modelFolder(['model.onnx', 'tokens.txt']) }),
      { logger: createMemoryLogger() },
    );
    voice.start();
    expect(voice.snapshot()).toMatchObject({ state: 'down', detail: expect.stringContaining(SHERPA_PACKAGE) });
  });

  it('speaks through the package when both are there (a stand-in module)', async () => {
    const dir = modelFolder(['model.onnx', 'tokens.txt', 'espeak-ng-data/']);
    let config: unknown;
    const requests: unknown[] = [];
    class OfflineTts {
      constructor(c: unknown) {
        config = c;
      }
      generate(request: { text: string; speed: number }) {
        requests.push(request);
        const samples = new Float32Array(16_000).map((_, i) => 0.5 * Math.sin(i / 10));
        return { samples, sampleRate: 16_000 };
      }
    }
    const voice = new SherpaVoice({
      modelDir: dir,
      rate: 'fast',
      timeoutMs: 5_000,
      logger: createMemoryLogger(),
      resolveModule: () => '/fake/sherpa-onnx-node/index.js',
      loadModule: () => ({ OfflineTts }),
    });
    voice.start();
    expect(voice.health().level).toBe('ok');
    expect(config).toMatchObject({
      model: { vits: { model: join(dir, 'model.onnx'), dataDir: join(dir, 'espeak-ng-data') } },
    });
    const result = await voice.synthesize('  你好\n世界 ', 'zh-CN');
    if (!result.ok) throw new Error(result.error.message);
    expect(requests).toEqual([{ text: '你好 世界', sid: 0, speed: 1.15 }]);
    expect(result.value.durationMs).toBe(1_000);
    const pcm = decodeWav(result.value.wav);
    expect(typeof pcm === 'string' ? pcm : pcm.sampleRate).toBe(16_000);
  });
});
