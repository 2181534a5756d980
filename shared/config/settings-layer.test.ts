import { describe, expect, it } from 'vitest';
import { defaultKioskConfig, kioskConfigSchema } from './kiosk-config.js';
import {
  layerLeniently,
  layerSettings,
  readPath,
  settingDefinitions,
  settingSource,
  writePath,
} from './settings-layer.js';

const deployment = {
  kioskId: 'YQ-JQ-0007',
  idle: { warnAfterSeconds: 90 },
  itemsOff: { 'RS-002': { 'zh-CN': '系统升级', en: 'System upgrade' } },
};
const deploymentConfig = kioskConfigSchema.parse(deployment);

describe('settings layer', () => {
  it('writes a dotted path into a copy and reads it back, leaving the input untouched', () => {
    const copy = writePath(deployment, 'idle.countdownSeconds', 35);
    expect(readPath(copy, 'idle.countdownSeconds')).toBe(35);
    expect(readPath(copy, 'idle.warnAfterSeconds')).toBe(90);
    expect(readPath(deployment, 'idle.countdownSeconds')).toBeUndefined();
    expect(readPath(writePath({}, 'contact.phone', '12345'), 'contact')).toEqual({ phone: '12345' });
  });

  it('layers overrides over the file and validates with the kiosk schema (defaults filled in)', () => {
    const layered = layerSettings(deployment, {
      'idle.warnAfterSeconds': 30,
      'contact.phone': '0353-5110601',
      itemsOff: { 'SC-005': { 'zh-CN': '暂停办理', en: 'Suspended' } },
    });
    expect(layered.ok).toBe(true);
    if (!layered.ok) return;
    expect(layered.config.idle).toEqual({ warnAfterSeconds: 30, countdownSeconds: 40, maxExtensions: 10 });
    expect(layered.config.kioskId).toBe('YQ-JQ-0007');
    expect(layered.config.contact.phone).toBe('0353-5110601');
    // An override replaces the whole value at its key: the file's RS-002 is no longer off.
    expect(Object.keys(layered.config.itemsOff)).toEqual(['SC-005']);
  });

  it('refuses an invalid value naming the field by zod’s path', () => {
    const tooShort = layerSettings(deployment, { 'idle.warnAfterSeconds': 5 });
    expect(tooShort).toMatchObject({ ok: false, field: 'idle.warnAfterSeconds' });
    const badPhone = layerSettings(deployment, { 'contact.phone': '13912345678' });
    expect(badPhone).toMatchObject({ ok: false, field: 'contact.phone' });
    const badCode = layerSettings(deployment, { itemsOff: { rs1: { 'zh-CN': '停', en: 'Off' } } });
    expect(badCode.ok).toBe(false);
    if (!badCode.ok) expect(badCode.field.startsWith('itemsOff')).toBe(true);
    // A platform address over the embedded platform is not a platform of any kind.
    const embedded = layerSettings(deployment, { 'platform.baseUrl': 'https://platform.example.cn' });
    expect(embedded).toMatchObject({ ok: false });
    if (!embedded.ok) expect(embedded.field.startsWith('platform')).toBe(true);
  });

  it('never lets developerMode, the admin section or any key off the allow-list through', () => {
    for (const key of ['developerMode', 'admin.idleSeconds', 'admin', 'kioskId', 'retentionDays', '__proto__']) {
      const refused = layerSettings(deployment, { [key]: true } as never);
      expect(refused).toMatchObject({ ok: false, field: key });
    }
    const keys: string[] = settingDefinitions.map((d) => d.key);
    expect(keys.some((k) => k === 'developerMode' || k.startsWith('admin'))).toBe(false);
    // Every allowed key exists in the schema's shape (a typo would make a setting that can never apply).
    for (const key of keys) expect(readPath(defaultKioskConfig, key.split('.')[0] ?? ''), key).not.toBeUndefined();
  });

  it('says where each value comes from', () => {
    const overrides = { 'idle.countdownSeconds': 35 };
    expect(settingSource('idle.countdownSeconds', deployment, overrides)).toBe('console');
    expect(settingSource('idle.warnAfterSeconds', deployment, overrides)).toBe('deployment');
    expect(settingSource('contact.phone', deployment, overrides)).toBe('default');
  });

  it('at start keeps the valid overrides and leaves out locked, unknown and no-longer-valid ones', () => {
    const layered = layerLeniently(
      deployment,
      deploymentConfig,
      {
        'idle.warnAfterSeconds': 45,
        'idle.countdownSeconds': 35,
        'platform.baseUrl': 'https://platform.example.cn',
        developerMode: true,
        defaultLocale: 'en',
      },
      ['defaultLocale'],
    );
    expect(layered.config.idle.warnAfterSeconds).toBe(45);
    expect(layered.config.idle.countdownSeconds).toBe(35);
    expect(layered.config.defaultLocale).toBe('zh-CN');
    expect(layered.config.developerMode).toBe(false);
    expect(layered.applied).toEqual({ 'idle.countdownSeconds': 35, 'idle.warnAfterSeconds': 45 });
    expect([...layered.dropped].sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'defaultLocale', why: 'locked' },
      { key: 'developerMode', why: 'unknown' },
      { key: 'platform.baseUrl', why: 'invalid' },
    ]);
  });
});
