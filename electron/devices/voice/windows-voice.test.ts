import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../services/log/logger.js';
import type { CommandResult, CommandRunner } from '../core/command-runner.js';
import { simulatedSpeech } from './simulated-voice.js';
import { chooseVoice, psQuote, WindowsVoice } from './windows-voice.js';

const huihui = { name: 'Microsoft Huihui Desktop', culture: 'zh-CN' };
const zira = { name: 'Microsoft Zira Desktop', culture: 'en-US' };

/** A scripted Windows: answers the voice listing, and "speaks" by writing a WAV where the script says. */
function scriptedWindows(state: { voices: object[]; speak?: 'ok' | 'fail' | 'hang' | 'noFile' }) {
  const calls: Array<{ file: string; script: string }> = [];
  const reply = (stdout: string, code: number | null = 0, extra: Partial<CommandResult> = {}): CommandResult => ({
    code,
    stdout,
    stderr: '',
    timedOut: false,
    ...extra,
  });
  const runner: CommandRunner = async (file, args) => {
    const script = args.at(-1) ?? '';
    calls.push({ file, script });
    if (script.includes('GetInstalledVoices')) return reply(JSON.stringify(state.voices));
    if (script.includes('SetOutputToWaveFile')) {
      const path = /SetOutputToWaveFile\('((?:[^']|'')+)'/.exec(script)?.[1]?.replace(/''/g, "'");
      const text = Buffer.from(/FromBase64String\('([A-Za-z0-9+/=]*)'\)/.exec(script)?.[1] ?? '', 'base64').toString();
      if (state.speak === 'hang') return reply('', null, { timedOut: true });
      if (state.speak === 'fail')
        return reply('', 1, {
          stderr: `Exception calling "Speak": voice gone\nAt line:1 char:9 + $s.Speak([Convert]::FromBase64String('${Buffer.from(text).toString('base64')}'))`,
        });
      if (path && state.speak !== 'noFile') writeFileSync(path, simulatedSpeech(text, 'zh-CN', 'normal').wav);
      return reply('');
    }
    return reply('', 1);
  };
  return { runner, calls };
}

describe('Windows System.Speech driver (scripted runner)', () => {
  const tempDir = mkdtempSync(join(tmpdir(), 'winvoice-'));
  afterAll(() => rmSync(tempDir, { recursive: true, force: true }));
  const make = (runner: CommandRunner, voices: Partial<Record<'zh-CN' | 'en', string>> = {}) => {
    const logger = createMemoryLogger();
    return {
      logger,
      voice: new WindowsVoice({ rate: 'normal', voices, timeoutMs: 2_000, logger, runner, tempDir }),
    };
  };

  it('quotes for PowerShell and picks voices by culture', () => {
    expect(psQuote("it's")).toBe("'it''s'");
    const installed = [zira, huihui, { name: 'Hazel', culture: 'en-GB' }];
    expect(chooseVoice(installed, 'zh-CN')).toBe(huihui.name);
    expect(chooseVoice(installed, 'en')).toBe(zira.name);
    expect(chooseVoice([{ name: 'Hazel', culture: 'en-GB' }], 'en')).toBe('Hazel');
    expect(chooseVoice(installed, 'zh-CN', 'Microsoft Kangkang')).toBeUndefined();
  });

  it('lists voices, speaks with the culture’s voice into a WAV, returns it and deletes the file', async () => {
    const { runner, calls } = scriptedWindows({ voices: [huihui, zira] });
    const { voice } = make(runner);
    voice.start();
    const result = await voice.synthesize('请将身份证放在读卡区', 'zh-CN', { rate: 'slow' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(result.value.durationMs).toBeGreaterThan(1_000);
    const speak = calls.find((c) => c.script.includes('SetOutputToWaveFile'));
    expect(speak?.file).toBe('powershell.exe');
    expect(speak?.script).toContain(`SelectVoice('${huihui.name}')`);
    expect(speak?.script).toContain('$s.Rate = -3');
    expect(calls.filter((c) => c.script.includes('GetInstalledVoices'))).toHaveLength(1);
    expect(readdirSync(tempDir)).toEqual([]);
    expect(voice.snapshot()).toMatchObject({ state: 'ready' });
    expect(voice.voiceId('en')).toBe(`windows:${zira.name}`);
  });

  it('puts the text in the script only as base64, so nothing in it is PowerShell', async () => {
    const { runner, calls } = scriptedWindows({ voices: [huihui, zira] });
    const { voice } = make(runner);
    const hostile = "'); Remove-Item C:\\ -Recurse; ('";
    expect((await voice.synthesize(hostile, 'en')).ok).toBe(true);
    const speak = calls.find((c) => c.script.includes('SetOutputToWaveFile'));
    expect(speak?.script).not.toContain('Remove-Item');
    expect(speak?.script).toContain(Buffer.from(hostile).toString('base64'));
  });

  it('is degraded when one language has no voice, and refuses that language only', async () => {
    const { runner } = scriptedWindows({ voices: [zira] });
    const { voice, logger } = make(runner);
    expect(await voice.synthesize('你好', 'zh-CN')).toMatchObject({ ok: false, error: { code: 'voiceUnavailable' } });
    expect((await voice.synthesize('Hello', 'en')).ok).toBe(true);
    expect(voice.health()).toMatchObject({
      level: 'degraded',
      detail: expect.stringContaining('zh-CN: no voice installed'),
    });
    expect(logger.lines.some((l) => l.startsWith('error') && l.includes('language pack'))).toBe(true);
  });

  it('is down without any voice, and names a configured voice that is not installed', async () => {
    const { runner } = scriptedWindows({ voices: [] });
    const { voice } = make(runner, { 'zh-CN': 'Microsoft Kangkang' });
    voice.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(voice.health()).toMatchObject({
      level: 'down',
      detail: expect.stringContaining('"Microsoft Kangkang" not installed'),
    });
  });

  it('fails a synthesis that times out or writes no file, and keeps the text (even as base64) out of messages', async () => {
    for (const speak of ['hang', 'noFile', 'fail'] as const) {
      const { runner } = scriptedWindows({ voices: [huihui, zira], speak });
      const { voice, logger } = make(runner);
      const text = 'Case SZ2025000123 for Zhang San';
      const result = await voice.synthesize(text, 'en');
      expect(result).toMatchObject({ ok: false, error: { code: 'voiceFailed' } });
      const said = JSON.stringify(result) + logger.lines.join('\n');
      expect(said).not.toContain('Zhang');
      expect(said).not.toContain(Buffer.from(text).toString('base64').slice(0, 16));
    }
    expect(readdirSync(tempDir)).toEqual([]);
  });
});
