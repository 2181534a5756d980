import { z } from 'zod';
import { type KioskConfig, kioskConfigSchema } from './kiosk-config.js';

/**
 * The settings a site may change on the console (issue 11), as a layer over the deployment file: the file
 * stays as the IT department wrote it, the console's changes are kept as overrides (key = a dotted path from
 * the allow-list below, value = JSON), and the configuration the kiosk runs on is the file with the overrides
 * written over it, validated whole by the same `kioskConfigSchema`. Nothing outside the allow-list can be set:
 * not `developerMode`, not the `admin` section, not `kioskId`, `retentionDays` or the permissions.
 */

export type SettingGroup = 'site' | 'session' | 'items' | 'devices' | 'platform';

/** How the console edits a value (the renderer picks its editor by this). */
export type SettingKind = 'localizedText' | 'phone' | 'seconds' | 'locale' | 'offMap' | 'device' | 'url' | 'secret';

export interface SettingDefinition {
  readonly key: string;
  readonly group: SettingGroup;
  readonly kind: SettingKind;
  /**
   * True: applies at once (the page gets the new public configuration). False: stored now, used at the next
   * start (the devices are built and the platform is connected once, at start) — the console says 重启后生效.
   */
  readonly live: boolean;
  /** A secret (the platform token): never shown, never in the audit, masked in diagnostics. */
  readonly secret?: true;
}

export const settingDefinitions = [
  { key: 'siteName', group: 'site', kind: 'localizedText', live: true },
  { key: 'contact.address', group: 'site', kind: 'localizedText', live: true },
  { key: 'contact.phone', group: 'site', kind: 'phone', live: true },
  { key: 'contact.nearbyHall', group: 'site', kind: 'localizedText', live: true },
  { key: 'contact.online', group: 'site', kind: 'localizedText', live: true },
  { key: 'contact.serviceHours', group: 'site', kind: 'localizedText', live: true },
  { key: 'idle.warnAfterSeconds', group: 'session', kind: 'seconds', live: true },
  { key: 'idle.countdownSeconds', group: 'session', kind: 'seconds', live: true },
  { key: 'defaultLocale', group: 'session', kind: 'locale', live: true },
  { key: 'itemsOff', group: 'items', kind: 'offMap', live: true },
  { key: 'departmentsOff', group: 'items', kind: 'offMap', live: true },
  { key: 'devices.idCardReader', group: 'devices', kind: 'device', live: false },
  { key: 'devices.documentPrinter', group: 'devices', kind: 'device', live: false },
  { key: 'devices.receiptPrinter', group: 'devices', kind: 'device', live: false },
  { key: 'devices.qrScanner', group: 'devices', kind: 'device', live: false },
  { key: 'devices.documentCamera', group: 'devices', kind: 'device', live: false },
  { key: 'devices.faceCamera', group: 'devices', kind: 'device', live: false },
  { key: 'platform.baseUrl', group: 'platform', kind: 'url', live: false },
  { key: 'platform.token', group: 'platform', kind: 'secret', live: false, secret: true },
] as const satisfies readonly SettingDefinition[];

export type SettingKey = (typeof settingDefinitions)[number]['key'];
export const settingKeys = settingDefinitions.map((d) => d.key) as [SettingKey, ...SettingKey[]];
export const settingKeySchema = z.enum(settingKeys);

export function settingDefinition(key: SettingKey): SettingDefinition {
  return settingDefinitions.find((d) => d.key === key) as SettingDefinition;
}

export function isSettingKey(key: string): key is SettingKey {
  return (settingKeys as readonly string[]).includes(key);
}

/** Where the value the kiosk runs on comes from: the schema's default, the deployment file, or this console. */
export type SettingSource = 'default' | 'deployment' | 'console';

export type Overrides = Readonly<Partial<Record<SettingKey, unknown>>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path of a JSON document, or undefined when any step is missing. */
export function readPath(document: unknown, key: string): unknown {
  let at: unknown = document;
  for (const part of key.split('.')) {
    if (!isRecord(at) || !Object.hasOwn(at, part)) return undefined;
    at = at[part];
  }
  return at;
}

/** A copy of the document with the value at a dotted path replaced (created along the way); the input is untouched. */
export function writePath(document: unknown, key: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = key.split('.') as [string, ...string[]];
  const base: Record<string, unknown> = isRecord(document) ? { ...document } : {};
  base[head] = rest.length === 0 ? value : writePath(base[head], rest.join('.'), value);
  return base;
}

export type LayerResult =
  | { readonly ok: true; readonly config: KioskConfig }
  /** `field` is zod's path of the first problem ("idle.warnAfterSeconds"); `message` names every problem. */
  | { readonly ok: false; readonly field: string; readonly message: string };

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.length > 0 ? issue.path.map(String).join('.').slice(0, 80) : '(root)';
}

/**
 * The configuration the kiosk runs on: the deployment file's JSON with each override written over it at its
 * dotted path, parsed by `kioskConfigSchema` (defaults filled in). A key not on the allow-list is refused
 * before anything is parsed; an invalid result is refused naming zod's path.
 */
export function layerSettings(document: unknown, overrides: Overrides): LayerResult {
  let layered: unknown = isRecord(document) ? document : {};
  for (const [key, value] of Object.entries(overrides)) {
    if (!isSettingKey(key)) return { ok: false, field: key.slice(0, 80), message: `${key.slice(0, 80)}: not settable` };
    if (value !== undefined) layered = writePath(layered, key, value);
  }
  const parsed = kioskConfigSchema.safeParse(layered);
  if (parsed.success) return { ok: true, config: parsed.data };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    field: first ? issuePath(first) : '(root)',
    message: parsed.error.issues
      .slice(0, 4)
      .map((issue) => `${issuePath(issue)}: ${issue.message.slice(0, 160)}`)
      .join('; '),
  };
}

export interface LenientLayer {
  readonly config: KioskConfig;
  /** The overrides in force. */
  readonly applied: Overrides;
  /** Overrides left out (locked by the deployment, or no longer valid over the file as it is now), and why. */
  readonly dropped: ReadonlyArray<{ readonly key: string; readonly why: 'locked' | 'invalid' | 'unknown' }>;
}

/**
 * At start: the stored overrides over the file as it is now. Each is kept only when it is allowed, not locked
 * and the layer still validates with it (a new deployment file may have made an old override invalid, say a
 * platform address for an embedded platform); the others are left out, and the caller reports them. The file
 * itself must be valid: `deploymentConfig` is what it gives alone.
 */
export function layerLeniently(
  document: unknown,
  deploymentConfig: KioskConfig,
  overrides: Readonly<Record<string, unknown>>,
  locked: readonly string[],
): LenientLayer {
  const applied: Partial<Record<SettingKey, unknown>> = {};
  const dropped: Array<{ key: string; why: 'locked' | 'invalid' | 'unknown' }> = [];
  let config = deploymentConfig;
  for (const key of Object.keys(overrides).sort()) {
    if (!isSettingKey(key)) {
      dropped.push({ key, why: 'unknown' });
      continue;
    }
    if (locked.includes(key)) {
      dropped.push({ key, why: 'locked' });
      continue;
    }
    const attempt = layerSettings(document, { ...applied, [key]: overrides[key] });
    if (!attempt.ok) {
      dropped.push({ key, why: 'invalid' });
      continue;
    }
    applied[key] = overrides[key];
    config = attempt.config;
  }
  return { config, applied, dropped };
}

/** Where a setting's running value comes from. */
export function settingSource(key: SettingKey, document: unknown, overrides: Overrides): SettingSource {
  if (overrides[key] !== undefined) return 'console';
  return readPath(document, key) !== undefined ? 'deployment' : 'default';
}
