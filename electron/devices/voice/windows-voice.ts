import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HealthCheck } from '../../../shared/contract/app.js';
import type { VoiceLocale, VoiceRate } from '../../../shared/devices/voice-config.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import { type CommandRunner, runCommand } from '../core/command-runner.js';
import {
  healthOf,
  normalizeSpokenText,
  type Speech,
  type SynthesizeOptions,
  type VoiceErrorCode,
  type VoiceSnapshot,
  type VoiceSynthesizer,
} from './voice.js';
import { normalizeWav } from './wav.js';

/**
 * Windows: System.Speech (SAPI 5) through PowerShell, writing a WAV file that the driver reads and deletes.
 * The voice is the configured one or the first enabled voice of the culture (zh-CN: e.g. Microsoft Huihui;
 * en: en-US first, then any English). The text reaches PowerShell as base64 inside the script, so nothing in
 * it can be read as PowerShell. Tested on Linux with a scripted command runner (windows-voice.test.ts); runs
 * for real only on Windows.
 */
export interface WindowsVoiceOptions {
  readonly rate: VoiceRate;
  readonly voices: Partial<Record<VoiceLocale, string>>;
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly runner?: CommandRunner;
  readonly tempDir?: string;
}

/** SpeechSynthesizer.Rate runs from -10 to 10; 0 is the voice's default speed. */
export const sapiRate: Record<VoiceRate, number> = { slow: -3, normal: -1, fast: 2 };

const cultures: Record<VoiceLocale, readonly string[]> = { 'zh-CN': ['zh-CN'], en: ['en-US', 'en-GB', 'en-'] };

/** A PowerShell single-quoted literal. */
export function psQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const prelude = "$ErrorActionPreference = 'Stop'; Add-Type -AssemblyName System.Speech; ";

/** Lists the enabled voices as JSON [{ name, culture }]. */
export const listVoicesScript =
  prelude +
  '$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; ' +
  'try { ConvertTo-Json -Compress @($s.GetInstalledVoices() | Where-Object { $_.Enabled } | ForEach-Object { @{ name = $_.VoiceInfo.Name; culture = $_.VoiceInfo.Culture.Name } }) } ' +
  'finally { $s.Dispose() }';

/** Speaks base64 UTF-8 text with the named voice into a 22.05 kHz 16-bit mono WAV file. */
export function speakScript(voice: string, rate: number, file: string, text: string): string {
  const base64 = Buffer.from(text, 'utf8').toString('base64');
  return (
    prelude +
    '$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; ' +
    'try { ' +
    `$s.SelectVoice(${psQuote(voice)}); $s.Rate = ${rate}; $s.Volume = 100; ` +
    '$f = New-Object System.Speech.AudioFormat.SpeechAudioFormatInfo(22050, [System.Speech.AudioFormat.AudioBitsPerSample]::Sixteen, [System.Speech.AudioFormat.AudioChannel]::Mono); ' +
    `$s.SetOutputToWaveFile(${psQuote(file)}, $f); ` +
    `$s.Speak([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${base64}'))); ` +
    '$s.SetOutputToNull() } finally { $s.Dispose() }'
  );
}

interface InstalledVoice {
  readonly name: string;
  readonly culture: string;
}

/** The voice for a language: the configured name if installed, else the first of the preferred cultures. */
export function chooseVoice(
  installed: readonly InstalledVoice[],
  locale: VoiceLocale,
  configured?: string,
): string | undefined {
  if (configured) return installed.find((v) => v.name === configured)?.name;
  for (const culture of cultures[locale]) {
    const found = installed.find((v) =>
      culture.endsWith('-') ? v.culture.startsWith(culture) : v.culture === culture,
    );
    if (found) return found.name;
  }
  return undefined;
}

export class WindowsVoice implements VoiceSynthesizer {
  readonly driver = 'windows' as const;
  private state: VoiceSnapshot = { driver: 'windows', state: 'starting', detail: 'listing the installed voices' };
  private chosen: Partial<Record<VoiceLocale, string>> = {};
  private probe: Promise<void> | undefined;
  private readonly runner: CommandRunner;

  constructor(private readonly options: WindowsVoiceOptions) {
    this.runner = options.runner ?? runCommand;
  }

  start(): void {
    void this.discover();
  }

  voiceId(locale: VoiceLocale): string {
    return `windows:${this.chosen[locale] ?? this.options.voices[locale] ?? `auto-${locale}`}`;
  }

  async synthesize(
    text: string,
    locale: VoiceLocale,
    options: SynthesizeOptions = {},
  ): Promise<Result<Speech, VoiceErrorCode>> {
    const spoken = normalizeSpokenText(text);
    if (!spoken) return err('voiceFailed', 'nothing to say (empty text)');
    await this.discover();
    const voice = this.chosen[locale];
    if (!voice) return err('voiceUnavailable', `no Windows voice for ${locale}: ${this.state.detail}`);
    const file = join(this.options.tempDir ?? tmpdir(), `kiosk-voice-${randomBytes(6).toString('hex')}.wav`);
    try {
      const result = await this.powershell(
        speakScript(voice, sapiRate[options.rate ?? this.options.rate], file, spoken),
        options.signal,
      );
      if (result.timedOut) {
        this.options.logger.warn(
          `Windows voice timed out after ${this.options.timeoutMs} ms (${spoken.length} characters)`,
        );
        return err('voiceFailed', `System.Speech timed out after ${this.options.timeoutMs} ms`);
      }
      if (result.code !== 0) return this.failure(result.code, result.stderr, `${spoken.length} characters`);
      const bytes = await readFile(file).catch(() => undefined);
      const wav = bytes ? normalizeWav(bytes) : 'no WAV file written';
      if (typeof wav === 'string') {
        this.options.logger.warn(`Windows voice gave no usable audio for ${spoken.length} characters: ${wav}`);
        return err('voiceFailed', `System.Speech gave no usable audio: ${wav}`);
      }
      return ok(wav);
    } finally {
      await rm(file, { force: true });
    }
  }

  snapshot(): VoiceSnapshot {
    return this.state;
  }

  health(): HealthCheck {
    return healthOf(this.state);
  }

  async close(): Promise<void> {}

  /** Lists the voices once (again after a failed listing, at the next synthesis). */
  private discover(): Promise<void> {
    this.probe ??= this.listVoices().then((found) => {
      if (!found) this.probe = undefined;
    });
    return this.probe;
  }

  private async listVoices(): Promise<boolean> {
    const result = await this.powershell(listVoicesScript);
    if (result.code !== 0) {
      void this.failure(result.code, result.stderr, 'listing voices'); // logged; the next synthesis lists again
      return false;
    }
    let installed: InstalledVoice[];
    try {
      const parsed: unknown = JSON.parse(result.stdout.trim() || '[]');
      installed = (Array.isArray(parsed) ? parsed : [parsed]).filter(
        (v): v is InstalledVoice =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as InstalledVoice).name === 'string' &&
          typeof (v as InstalledVoice).culture === 'string',
      );
    } catch {
      this.set('down', 'could not read the list of installed voices');
      return false;
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      const name = chooseVoice(installed, locale, this.options.voices[locale]);
      if (name) this.chosen[locale] = name;
    }
    const missing = (['zh-CN', 'en'] as const).filter((l) => !this.chosen[l]);
    const have = (['zh-CN', 'en'] as const)
      .filter((l) => this.chosen[l])
      .map((l) => `${l}: ${this.chosen[l]}`)
      .join(', ');
    const lacking = missing
      .map((l) =>
        this.options.voices[l] ? `${l}: "${this.options.voices[l]}" not installed` : `${l}: no voice installed`,
      )
      .join(', ');
    if (missing.length === 0) this.set('ready', have);
    else {
      this.options.logger.error(`voice: ${lacking} (install the Windows speech language pack)`);
      this.set(missing.length === 2 ? 'down' : 'degraded', [have, lacking].filter(Boolean).join('; '));
    }
    return true;
  }

  private powershell(script: string, signal?: AbortSignal) {
    return this.runner(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
      { timeoutMs: this.options.timeoutMs, ...(signal ? { signal } : {}) },
    );
  }

  private failure(code: number | null, stderr: string, what: string): Result<never, VoiceErrorCode> {
    if (code === null && /ENOENT/.test(stderr)) {
      this.set('down', 'powershell.exe not found');
      return err('voiceUnavailable', 'powershell.exe not found');
    }
    // PowerShell's error echoes the script line, which holds the text as base64: drop anything base64-like.
    const reason = stderr
      .replace(/[A-Za-z0-9+/=]{16,}/g, '…')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200);
    this.options.logger.warn(`Windows voice failed (${what}): exit ${String(code)} ${reason}`);
    return err('voiceFailed', `System.Speech failed: exit ${String(code)}${reason ? `: ${reason}` : ''}`);
  }

  private set(state: VoiceSnapshot['state'], detail: string): void {
    this.state = { driver: 'windows', state, detail };
  }
}
