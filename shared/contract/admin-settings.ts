import { z } from 'zod';
import { publicConfigSchema } from '../config/kiosk-config.js';
import { settingKeySchema } from '../config/settings-layer.js';
import { adminRequest, adminSessionErrors } from './admin.js';
import { defineEvent, defineMethod } from './define.js';

/**
 * The console's settings page (管理员) and maintenance mode (技术员), issue 11. Settings are a layer over the
 * deployment file (shared/config/settings-layer.ts): a change is validated whole by the kiosk's own schema,
 * stored as an override, and applied at once where it can be (the page gets `config.changed`) or at the next
 * start where it cannot (devices, platform). A secret's value never leaves main.
 */

const isoTime = z.iso.datetime();

export const settingSourceSchema = z.enum(['default', 'deployment', 'console']);

export const settingRowSchema = z
  .object({
    key: settingKeySchema,
    group: z.enum(['site', 'session', 'items', 'devices', 'platform']),
    kind: z.enum(['localizedText', 'phone', 'seconds', 'locale', 'offMap', 'device', 'url', 'secret']),
    /** Applies without a restart (false: 重启后生效). */
    live: z.boolean(),
    source: settingSourceSchema,
    /** The value the console's layer gives now (absent for a secret, or when nothing sets it). */
    value: z.json().optional(),
    /** What the deployment file (or the default) gives, for 恢复部署值 (absent for a secret). */
    deploymentValue: z.json().optional(),
    /** A secret: whether it is set (its value is never sent). */
    secretSet: z.boolean().optional(),
    /** The deployment file locks this setting (admin.lockedSettings): the console cannot change it. */
    locked: z.boolean(),
    /** Stored, and not what the running kiosk uses until it restarts. */
    pendingRestart: z.boolean(),
    updatedAt: isoTime.optional(),
    updatedBy: z.string().max(20).optional(),
  })
  .strict();
export type SettingRow = z.infer<typeof settingRowSchema>;

export const settingsViewSchema = z
  .object({
    platformKind: z.enum(['embedded', 'http']),
    settings: z.array(settingRowSchema).max(40),
    /** Overrides stored earlier that the kiosk left out at start (locked now, or no longer valid over the file). */
    dropped: z
      .array(z.object({ key: z.string().max(80), why: z.enum(['locked', 'invalid', 'unknown']) }).strict())
      .max(40),
  })
  .strict();
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const settingChangeSchema = z
  .object({
    /** 'now': the kiosk runs on it already; 'atRestart': stored, used from the next start. */
    applies: z.enum(['now', 'atRestart']),
    setting: settingRowSchema,
  })
  .strict();

export const maintenanceStateSchema = z
  .object({
    on: z.boolean(),
    since: isoTime.optional(),
    /** When it ends by itself; absent while on: until a technician turns it off. */
    until: isoTime.optional(),
  })
  .strict();
export type MaintenanceState = z.infer<typeof maintenanceStateSchema>;

/** How long maintenance lasts: 30 minutes, 1 hour, 2 hours, or until turned off. */
export const maintenanceLengthSchema = z.union([z.literal(30), z.literal(60), z.literal(120), z.literal('untilOff')]);
export type MaintenanceLength = z.infer<typeof maintenanceLengthSchema>;

export const adminSettingsMethods = {
  'admin.settings.get': defineMethod({
    summary:
      '管理员: every setting the console may change, with the value in force, where it comes from (default, deployment file, this console), whether the deployment locks it and whether it waits for a restart. Secrets say only whether they are set.',
    request: adminRequest({}),
    response: settingsViewSchema,
    errors: [...adminSessionErrors],
  }),
  'admin.settings.set': defineMethod({
    summary:
      '管理员: sets one setting as an override over the deployment file. The file with every override is validated by the kiosk schema first; an invalid value is refused with a message starting with the field (zod path) and nothing changes. Audited by key only.',
    request: adminRequest({
      key: settingKeySchema,
      /** The new value as JSON text (a string, a number, an object). */
      valueJson: z.string().min(1).max(16_000),
    }),
    response: settingChangeSchema,
    errors: [...adminSessionErrors, 'settingInvalid', 'settingLocked'],
  }),
  'admin.settings.reset': defineMethod({
    summary:
      '管理员: 恢复部署值 — removes the console’s override, so the deployment file’s value (or the default) is in force again. Audited.',
    request: adminRequest({ key: settingKeySchema }),
    response: settingChangeSchema,
    errors: [...adminSessionErrors, 'settingInvalid'],
  }),
  'admin.maintenance.get': defineMethod({
    summary: '技术员: whether maintenance mode is on, since when and until when.',
    request: adminRequest({}),
    response: maintenanceStateSchema,
    errors: [...adminSessionErrors],
  }),
  'admin.maintenance.set': defineMethod({
    summary:
      '技术员: maintenance mode on (for 30 min, 1 h, 2 h or until turned off) or off. On, citizens see 本机正在维护 with the site’s other channels and main refuses every call that starts or carries a citizen’s flow. Kept across a restart; audited.',
    request: adminRequest({
      on: z.boolean(),
      /** Required when turning on. */
      length: maintenanceLengthSchema.optional(),
    }).refine((r) => !r.on || r.length !== undefined, {
      message: 'length is required to turn maintenance on',
      path: ['length'],
    }),
    response: maintenanceStateSchema,
    errors: [...adminSessionErrors],
  }),
} as const;

export const adminSettingsEvents = {
  'config.changed': defineEvent({
    summary:
      'The configuration the page may see changed (a console setting, maintenance on or off): the page replaces its configuration and availability with it.',
    payload: publicConfigSchema,
  }),
} as const;
