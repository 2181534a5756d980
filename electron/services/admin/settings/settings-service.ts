import type { CatalogShape } from '../../../../shared/catalog/schema.js';
import type { KioskConfig } from '../../../../shared/config/kiosk-config.js';
import {
  type LenientLayer,
  layerSettings,
  type Overrides,
  readPath,
  type SettingKey,
  settingDefinition,
  settingDefinitions,
  settingSource,
} from '../../../../shared/config/settings-layer.js';
import type { SettingRow, SettingsView } from '../../../../shared/contract/admin-settings.js';
import { err, ok, type Result } from '../../../../shared/result.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { KioskStore } from '../../store/store.js';
import { SettingsStore } from './settings-store.js';

export interface SettingsServiceOptions {
  readonly store: KioskStore;
  readonly audit: AuditLog;
  /** The deployment file's JSON as written ({} when the kiosk runs on the defaults). */
  readonly document: unknown;
  /** The file alone, as the kiosk would run on it without the console. */
  readonly deploymentConfig: KioskConfig;
  /** What the kiosk started with: the file and the stored overrides that were valid then. */
  readonly atStart: LenientLayer;
  /** Keys the deployment locks (admin.lockedSettings). */
  readonly locked: readonly string[];
  /** The running catalog: items and departments turned off must be ones it has. */
  readonly catalog: () => Pick<CatalogShape, 'items' | 'departments'>;
  /** What the host imposes over any file (the web host's --developer flag): applied to every layer. */
  readonly finish?: (config: KioskConfig) => KioskConfig;
}

export type SettingChange = { readonly applies: 'now' | 'atRestart'; readonly setting: SettingRow };
type Listener = (config: KioskConfig) => void;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Settings as a layer over the deployment file (shared/config/settings-layer.ts). Keeps the overrides in force
 * (the table's rows that were valid at start, and every change since), the configuration the kiosk runs on now
 * (live settings changed at once; devices and platform as they were at start) and the listeners that push a
 * live change to the page. A change is validated whole — the next start's layer and the running one — before
 * anything is written; a refusal writes no row, changes nothing in memory and never touches the file.
 */
export class SettingsService {
  private readonly rows: SettingsStore;
  private overrides: Partial<Record<SettingKey, unknown>>;
  private readonly atStart: Overrides;
  private dropped: Array<{ key: string; why: 'locked' | 'invalid' | 'unknown' }>;
  private running: KioskConfig;
  private readonly listeners = new Set<Listener>();
  private readonly finish: (config: KioskConfig) => KioskConfig;

  constructor(private readonly options: SettingsServiceOptions) {
    this.rows = new SettingsStore(options.store);
    this.finish = options.finish ?? ((config) => config);
    this.overrides = { ...options.atStart.applied };
    this.atStart = { ...options.atStart.applied };
    this.dropped = [...options.atStart.dropped];
    this.running = options.atStart.config;
  }

  /** The configuration the kiosk runs on now. */
  current(): KioskConfig {
    return this.running;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  view(): SettingsView {
    const next = this.layer(this.overrides);
    const deployment = this.finish(this.options.deploymentConfig);
    const stored = this.rows.all();
    return {
      platformKind: this.running.platform.kind,
      settings: settingDefinitions.map((definition) => {
        const key = definition.key;
        const record = this.overrides[key] !== undefined ? stored.get(key) : undefined;
        const value = readPath(next.ok ? next.config : this.running, key);
        const base = {
          key,
          group: definition.group,
          kind: definition.kind,
          live: definition.live,
          source: settingSource(key, this.options.document, this.overrides),
          locked: this.options.locked.includes(key),
          pendingRestart: !definition.live && !same(this.overrides[key], this.atStart[key]),
          ...(record
            ? { updatedAt: new Date(record.updatedAt).toISOString(), updatedBy: record.updatedBy.slice(0, 20) }
            : {}),
        };
        if ('secret' in definition) return { ...base, secretSet: typeof value === 'string' && value.length > 0 };
        const deploymentValue = readPath(deployment, key);
        return {
          ...base,
          ...(value !== undefined ? { value: value as SettingRow['value'] } : {}),
          ...(deploymentValue !== undefined ? { deploymentValue: deploymentValue as SettingRow['value'] } : {}),
        };
      }),
      dropped: this.dropped.slice(0, 40).map((d) => ({ key: d.key.slice(0, 80), why: d.why })),
    };
  }

  /** Sets one override. Refused (nothing written, nothing changed) when locked or when the layer does not validate. */
  set(key: SettingKey, value: unknown, by: string): Result<SettingChange, 'settingInvalid' | 'settingLocked'> {
    if (this.options.locked.includes(key))
      return err('settingLocked', `${key}: the deployment file locks this setting (admin.lockedSettings).`);
    const known = this.checkCodes(key, value);
    if (!known.ok) return known;
    const candidate = { ...this.overrides, [key]: value };
    const next = this.layer(candidate);
    if (!next.ok) return err('settingInvalid', next.message.slice(0, 400));
    const running = this.runningWith(candidate);
    if (!running.ok) return err('settingInvalid', running.message.slice(0, 400));
    const definition = settingDefinition(key);
    this.options.store.transaction(() => {
      this.rows.put(key, value, by);
      // The key only: a value may be a secret (the platform token) or a site's text.
      this.options.audit.record({
        actor: 'admin',
        action: 'admin.settingChanged',
        subject: key,
        detail: { by, applies: definition.live ? 'now' : 'atRestart' },
      });
    });
    this.overrides = candidate;
    this.dropped = this.dropped.filter((d) => d.key !== key);
    this.apply(running.config);
    return ok({ applies: definition.live ? 'now' : 'atRestart', setting: this.row(key) });
  }

  /** 恢复部署值: removes the override; the file's value (or the default) is in force again. */
  reset(key: SettingKey, by: string): Result<SettingChange, 'settingInvalid'> {
    const candidate = { ...this.overrides };
    delete candidate[key];
    const next = this.layer(candidate);
    if (!next.ok) return err('settingInvalid', next.message.slice(0, 400));
    const running = this.runningWith(candidate);
    if (!running.ok) return err('settingInvalid', running.message.slice(0, 400));
    const definition = settingDefinition(key);
    this.options.store.transaction(() => {
      const removed = this.rows.remove(key);
      this.options.audit.record({
        actor: 'admin',
        action: 'admin.settingReset',
        subject: key,
        detail: { by, removed, applies: definition.live ? 'now' : 'atRestart' },
      });
    });
    this.overrides = candidate;
    this.dropped = this.dropped.filter((d) => d.key !== key);
    this.apply(running.config);
    return ok({ applies: definition.live ? 'now' : 'atRestart', setting: this.row(key) });
  }

  private row(key: SettingKey): SettingRow {
    const row = this.view().settings.find((s) => s.key === key);
    if (!row) throw new Error(`no setting ${key}`);
    return row;
  }

  private layer(overrides: Overrides) {
    const layered = layerSettings(this.options.document, overrides);
    return layered.ok ? { ...layered, config: this.finish(layered.config) } : layered;
  }

  /** The running layer with these overrides: live keys as given, the others as they were at start. */
  private runningWith(overrides: Overrides) {
    const mixed: Partial<Record<SettingKey, unknown>> = {};
    for (const definition of settingDefinitions) {
      const value = definition.live ? overrides[definition.key] : this.atStart[definition.key];
      if (value !== undefined) mixed[definition.key] = value;
    }
    return this.layer(mixed);
  }

  private apply(config: KioskConfig): void {
    const changed = !same(config, this.running);
    this.running = config;
    if (!changed) return;
    for (const listener of this.listeners) listener(config);
  }

  /** Items and departments turned off must be ones this kiosk's catalog has: a typo would turn nothing off. */
  private checkCodes(key: SettingKey, value: unknown): Result<true, 'settingInvalid'> {
    if ((key !== 'itemsOff' && key !== 'departmentsOff') || typeof value !== 'object' || value === null)
      return ok(true);
    const catalog = this.options.catalog();
    const known = new Set(key === 'itemsOff' ? catalog.items.map((i) => i.code) : catalog.departments.map((d) => d.id));
    const unknown = Object.keys(value).find((code) => !known.has(code));
    return unknown === undefined
      ? ok(true)
      : err(
          'settingInvalid',
          `${key}.${unknown.slice(0, 24)}: not ${key === 'itemsOff' ? 'an item' : 'a department'} of this kiosk's catalog`,
        );
  }
}
