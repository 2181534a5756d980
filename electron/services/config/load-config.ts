import { readFileSync } from 'node:fs';
import { describeIssues } from '../../../shared/contract/errors.js';
import { defaultKioskConfig, type KioskConfig, kioskConfigSchema } from '../../../shared/config/kiosk-config.js';
import { err, ok, type Result } from '../../../shared/result.js';

export type ConfigProblemCode = 'configUnreadable' | 'configNotJson' | 'configInvalid';

/** Parses configuration text; any problem rejects the whole file with a message naming the field. */
export function parseKioskConfig(text: string): Result<KioskConfig, ConfigProblemCode> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err('configNotJson', `The configuration is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = kioskConfigSchema.safeParse(json);
  if (!parsed.success) return err('configInvalid', `The configuration was rejected: ${describeIssues(parsed.error)}`);
  return ok(parsed.data);
}

export interface LoadedConfig {
  readonly config: KioskConfig;
  /** Where it came from, for the admin screen. */
  readonly source: string;
  /** Set when a file exists but was rejected; the kiosk then runs on defaults and health says why. */
  readonly problem?: string;
}

/** Reads the file if there is one. A missing file is normal (defaults); a bad one is reported, never half-used. */
export function loadKioskConfig(path: string | undefined): LoadedConfig {
  if (!path) return { config: defaultKioskConfig, source: 'defaults' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: defaultKioskConfig, source: 'defaults' };
    return {
      config: defaultKioskConfig,
      source: 'defaults',
      problem: `Cannot read ${path}: ${(error as Error).message}`,
    };
  }
  const parsed = parseKioskConfig(text);
  if (!parsed.ok) return { config: defaultKioskConfig, source: 'defaults', problem: parsed.error.message };
  return { config: parsed.value, source: path };
}
