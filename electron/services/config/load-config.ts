import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeIssues } from '../../../shared/contract/errors.js';
import { defaultKioskConfig, type KioskConfig, kioskConfigSchema } from '../../../shared/config/kiosk-config.js';
import { err, ok, type Result } from '../../../shared/result.js';

export type ConfigProblemCode = 'configUnreadable' | 'configNotJson' | 'configInvalid' | 'configIncomplete';

/**
 * What a deployed kiosk's file must say itself rather than leave to defaults: which kiosk it is, which
 * platform it serves, and which devices it drives. The defaults are the demo (DEMO-0001, the embedded
 * platform, every device simulated); a kiosk must never become the demo because a line was left out.
 */
const REQUIRED_WHEN_DEPLOYED = ['kioskId', 'platform', 'devices'] as const;

/** Parses configuration text; any problem rejects the whole file with a message naming the field. */
export function parseKioskConfig(
  text: string,
  options: { readonly deployed?: boolean } = {},
): Result<KioskConfig, ConfigProblemCode> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err('configNotJson', `The configuration is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  const parsed = kioskConfigSchema.safeParse(json);
  if (!parsed.success) return err('configInvalid', `The configuration was rejected: ${describeIssues(parsed.error)}`);
  if (options.deployed) {
    const missing = REQUIRED_WHEN_DEPLOYED.filter((key) => !Object.hasOwn(json as object, key));
    if (missing.length > 0)
      return err(
        'configIncomplete',
        `The configuration does not say ${missing.join(', ')} (required on a deployed kiosk).`,
      );
    // Keys fetched from the platform would be trusted on the word of the channel they came over.
    if (parsed.data.platform.kind === 'http' && !parsed.data.platform.signingKeys)
      return err('configIncomplete', 'platform.signingKeys: a deployed kiosk pins the platform’s signing keys.');
  }
  return ok(parsed.data);
}

export interface LoadedConfig {
  readonly config: KioskConfig;
  /** Where it came from, for the admin screen. */
  readonly source: string;
  /** Set when the file was rejected or could not be read; health reports it. */
  readonly problem?: string;
  /**
   * Set when the kiosk has no configuration it may serve with: it shows its out-of-service page with this
   * reason for the technician and serves no citizen (fail closed).
   */
  readonly outOfService?: string;
  /**
   * The accepted file's JSON as written (no defaults filled in): the console's settings layer writes its
   * overrides over it and says which values the file itself states (shared/config/settings-layer.ts).
   */
  readonly document?: unknown;
}

export interface LoadOptions {
  /** A deployed (packaged) kiosk: a missing or incomplete file puts it out of service instead of the demo. */
  readonly deployed?: boolean;
  /** Copy of the last file that was accepted; used when a newer file is rejected. */
  readonly lastGoodPath?: string;
}

function readText(path: string): Result<string, 'missing' | 'configUnreadable'> {
  try {
    return ok(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return err('missing', `There is no ${path}.`);
    return err('configUnreadable', `Cannot read ${path}: ${(error as Error).message.slice(0, 200)}`);
  }
}

function keepLastGood(text: string, path: string | undefined): void {
  if (!path) return;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(`${path}.tmp`, text, { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  } catch {
    // Keeping a copy is a convenience for the next bad file; the kiosk runs on this one either way.
  }
}

/**
 * Reads the file. Accepted: used, and kept as the last good copy. Rejected or unreadable: the last good copy
 * if there is one (and health says why), otherwise out of service. Missing: the demo defaults on a
 * development machine, out of service on a deployed kiosk. Never half a file.
 */
export function loadKioskConfig(path: string | undefined, options: LoadOptions = {}): LoadedConfig {
  const deployed = options.deployed ?? false;
  const fallBack = (problem: string): LoadedConfig => {
    const last = options.lastGoodPath ? readText(options.lastGoodPath) : undefined;
    const previous = last?.ok ? parseKioskConfig(last.value, { deployed }) : undefined;
    if (previous?.ok && last?.ok)
      return {
        config: previous.value,
        source: `${options.lastGoodPath} (last good copy)`,
        problem,
        document: JSON.parse(last.value) as unknown,
      };
    return { config: defaultKioskConfig, source: 'none', problem, outOfService: problem };
  };
  if (!path)
    return deployed ? fallBack('No configuration file is set.') : { config: defaultKioskConfig, source: 'defaults' };
  const text = readText(path);
  if (!text.ok) {
    if (text.error.code === 'missing' && !deployed) return { config: defaultKioskConfig, source: 'defaults' };
    return fallBack(text.error.message);
  }
  const parsed = parseKioskConfig(text.value, { deployed });
  if (!parsed.ok) return fallBack(parsed.error.message);
  keepLastGood(text.value, options.lastGoodPath);
  return { config: parsed.value, source: path, document: JSON.parse(text.value) as unknown };
}
