import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultCatalog as demoCatalog } from '../../../../shared/catalog/default-catalog.js';
import { kioskConfigSchema } from '../../../../shared/config/kiosk-config.js';
import { layerLeniently } from '../../../../shared/config/settings-layer.js';
import { err, ok } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { AuditLog } from '../../audit/audit-log.js';
import { createMemoryLogger } from '../../log/logger.js';
import { ManualClock } from '../../store/clock.js';
import { StaticKeyProvider } from '../../store/key-provider.js';
import { KioskStore } from '../../store/store.js';
import { withCitizenGate } from '../maintenance/citizen-gate.js';
import { MAINTENANCE_SETTING, MaintenanceService } from '../maintenance/maintenance-service.js';
import { SettingsService } from './settings-service.js';
import { readOverridesAtStart, SettingsStore } from './settings-store.js';

const document = { kioskId: 'YQ-JQ-0007', idle: { warnAfterSeconds: 90 }, contact: { phone: '0353-5110600' } };
const deploymentConfig = kioskConfigSchema.parse(document);
const reason = { 'zh-CN': '系统升级', en: 'System upgrade' };

function audit(store: KioskStore) {
  return store.db.prepare('SELECT action, subject, detail FROM audit_log ORDER BY id').all() as Array<{
    action: string;
    subject: string | null;
    detail: string | null;
  }>;
}

describe('settings service', () => {
  let store: KioskStore;
  let clock: ManualClock;
  const open = (locked: string[] = [], stored: Record<string, unknown> = {}) =>
    new SettingsService({
      store,
      audit: new AuditLog(store),
      document,
      deploymentConfig,
      atStart: layerLeniently(document, deploymentConfig, stored, locked),
      locked,
      catalog: () => demoCatalog,
    });

  beforeEach(() => {
    clock = new ManualClock(Date.parse('2026-12-03T09:00:00+08:00'));
    store = KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider(), clock });
  });
  afterEach(() => store.close());

  it('a live change applies at once, is stored by key with who, audited without its value, and pushed', () => {
    const settings = open();
    const pushed: number[] = [];
    settings.onChange((config) => pushed.push(config.idle.warnAfterSeconds));
    const changed = settings.set('idle.warnAfterSeconds', 30, 'A01');
    expect(changed).toMatchObject({ ok: true, value: { applies: 'now', setting: { source: 'console', value: 30 } } });
    expect(settings.current().idle.warnAfterSeconds).toBe(30);
    expect(pushed).toEqual([30]);
    expect(new SettingsStore(store).all().get('idle.warnAfterSeconds')).toMatchObject({ value: 30, updatedBy: 'A01' });
    expect(audit(store)).toEqual([
      {
        action: 'admin.settingChanged',
        subject: 'idle.warnAfterSeconds',
        detail: JSON.stringify({ by: 'A01', applies: 'now' }),
      },
    ]);
  });

  it('refuses an invalid value naming the field: no row, no audit, nothing running changes', () => {
    const settings = open();
    const before = settings.current();
    for (const [key, value, field] of [
      ['idle.warnAfterSeconds', 5, 'idle.warnAfterSeconds'],
      ['contact.phone', '13912345678', 'contact.phone'],
      ['defaultLocale', 'fr', 'defaultLocale'],
      ['itemsOff', { 'ZZ-999': reason }, 'itemsOff.ZZ-999'],
      ['departmentsOff', { nowhere: reason }, 'departmentsOff.nowhere'],
      ['platform.baseUrl', 'https://platform.example.cn', 'platform'],
      ['devices.idCardReader', { driver: 'samSerial' }, 'devices.idCardReader'],
    ] as const) {
      const refused = settings.set(key, value, 'A01');
      expect(refused.ok, key).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('settingInvalid');
        expect(refused.error.message.startsWith(field), refused.error.message).toBe(true);
      }
    }
    expect(settings.current()).toBe(before);
    expect(new SettingsStore(store).all().size).toBe(0);
    expect(audit(store)).toEqual([]);
  });

  it('a device or platform change is stored for the next start and says so; the running kiosk keeps its own', () => {
    const settings = open();
    const changed = settings.set('devices.documentPrinter', { driver: 'cups', queue: 'A4_Office' }, 'A01');
    expect(changed).toMatchObject({ ok: true, value: { applies: 'atRestart', setting: { pendingRestart: true } } });
    expect(settings.current().devices.documentPrinter).toEqual({ driver: 'simulator' });
    // The next start layers it.
    const next = layerLeniently(document, deploymentConfig, readStored(store), []);
    expect(next.config.devices.documentPrinter).toMatchObject({ driver: 'cups', queue: 'A4_Office' });
  });

  it('a secret is never sent back, only whether it is set', () => {
    const http = { platform: { kind: 'http', baseUrl: 'https://platform.example.cn', token: 'deployment-token' } };
    const settings = new SettingsService({
      store,
      audit: new AuditLog(store),
      document: http,
      deploymentConfig: kioskConfigSchema.parse(http),
      atStart: layerLeniently(http, kioskConfigSchema.parse(http), {}, []),
      locked: [],
      catalog: () => demoCatalog,
    });
    expect(settings.set('platform.token', 'console-token-123', 'A01').ok).toBe(true);
    const view = JSON.stringify(settings.view());
    expect(view).not.toContain('console-token-123');
    expect(view).not.toContain('deployment-token');
    expect(settings.view().settings.find((s) => s.key === 'platform.token')).toMatchObject({ secretSet: true });
    expect(JSON.stringify(audit(store))).not.toContain('token-123');
  });

  it('恢复部署值 removes the override; a locked key cannot be set; a stored locked override is left out at start', () => {
    const settings = open(['defaultLocale'], { defaultLocale: 'en', 'idle.countdownSeconds': 35 });
    expect(settings.current().defaultLocale).toBe('zh-CN');
    expect(settings.current().idle.countdownSeconds).toBe(35);
    expect(settings.view().dropped).toEqual([{ key: 'defaultLocale', why: 'locked' }]);
    expect(settings.set('defaultLocale', 'en', 'A01')).toMatchObject({ ok: false, error: { code: 'settingLocked' } });
    new SettingsStore(store).put('idle.countdownSeconds', 35, 'A01');
    const reset = settings.reset('idle.countdownSeconds', 'A01');
    expect(reset).toMatchObject({ ok: true, value: { applies: 'now', setting: { source: 'default', value: 40 } } });
    expect(settings.current().idle.countdownSeconds).toBe(40);
    expect(new SettingsStore(store).all().has('idle.countdownSeconds')).toBe(false);
    expect(audit(store).map((a) => [a.action, a.subject])).toEqual([['admin.settingReset', 'idle.countdownSeconds']]);
  });
});

function readStored(store: KioskStore): Record<string, unknown> {
  return Object.fromEntries([...new SettingsStore(store).all()].map(([key, record]) => [key, record.value]));
}

describe('overrides at start', () => {
  it('reads the table from kiosk.db before the store is opened, and nothing from a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-start-'));
    try {
      expect(readOverridesAtStart(join(dir, 'kiosk.db'))).toEqual({});
      const store = KioskStore.open({ path: join(dir, 'kiosk.db'), keyProvider: new StaticKeyProvider() });
      new SettingsStore(store).put('idle.warnAfterSeconds', 30, 'A01');
      store.close();
      expect(readOverridesAtStart(join(dir, 'kiosk.db'))).toEqual({ 'idle.warnAfterSeconds': 30 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('maintenance mode', () => {
  let store: KioskStore;
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-12-03T09:00:00+08:00') });
    store = KioskStore.open({
      path: ':memory:',
      keyProvider: new StaticKeyProvider(),
      clock: { now: () => Date.now() },
    });
  });
  afterEach(() => {
    store.close();
    vi.useRealTimers();
  });
  const open = () => new MaintenanceService({ store, audit: new AuditLog(store), logger: createMemoryLogger() });

  it('ends by itself at its set time, and a restart keeps it until then', () => {
    const maintenance = open();
    const states: boolean[] = [];
    maintenance.onChange((s) => states.push(s.on));
    expect(maintenance.turnOn(30, 'T01')).toMatchObject({ on: true, until: '2026-12-03T01:30:00.000Z' });
    // A restart 10 minutes later: still on, from the settings table.
    vi.advanceTimersByTime(10 * 60_000);
    maintenance.close();
    const again = open();
    again.onChange((s) => states.push(s.on));
    expect(again.isOn()).toBe(true);
    vi.advanceTimersByTime(19 * 60_000);
    expect(again.isOn()).toBe(true);
    vi.advanceTimersByTime(61_000);
    expect(again.isOn()).toBe(false);
    expect(states).toEqual([true, false]);
    expect(store.getSetting(MAINTENANCE_SETTING)).toBeNull();
    expect(audit(store).map((a) => a.action)).toEqual(['admin.maintenanceOn', 'maintenance.ended']);
    again.close();
  });

  it('until turned off: no end time; turning off is audited with who', () => {
    const maintenance = open();
    expect(maintenance.turnOn('untilOff', 'T01')).toEqual({ on: true, since: '2026-12-03T01:00:00.000Z' });
    vi.advanceTimersByTime(48 * 3600_000);
    expect(maintenance.isOn()).toBe(true);
    expect(maintenance.turnOff('T01')).toEqual({ on: false });
    expect(audit(store).map((a) => [a.action, a.detail])).toEqual([
      ['admin.maintenanceOn', JSON.stringify({ by: 'T01', untilOff: true })],
      ['admin.maintenanceOff', JSON.stringify({ by: 'T01', wasOn: true })],
    ]);
    maintenance.close();
  });

  it('the citizen gate: in maintenance every citizen call is refused unrun; an item off cannot start or submit', async () => {
    let on = true;
    let itemsOff: Record<string, typeof reason> = {};
    const ran: string[] = [];
    const handler = (name: string) => () => {
      ran.push(name);
      return ok({} as never);
    };
    const handlers = new Proxy({} as Handlers, { get: (_, name) => handler(String(name)) });
    const gated = withCitizenGate({ ...handlers, 'usage.record': handler('usage.record') } as unknown as Handlers, {
      maintenanceOn: () => on,
      config: () => ({ itemsOff, departmentsOff: {} }),
      catalog: () => demoCatalog,
    });
    const context = {} as never;
    expect(await gated['devices.idCard.read']({ waitMs: 1000 }, context)).toEqual(
      err('unavailable', 'The kiosk is in maintenance mode: no citizen flow may start.'),
    );
    expect(ran).toEqual([]);
    on = false;
    itemsOff = { 'RS-001': reason };
    const started = {
      event: 'started',
      flowId: '8d1c3f3e-8a3b-4f7e-9a51-6a3f2f6d9c11',
      target: { kind: 'item', code: 'RS-001' },
    } as const;
    expect(await gated['usage.record'](started, context)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(
      await gated['usage.record']({ ...started, target: { kind: 'item', code: 'RS-002' } }, context),
    ).toMatchObject({ ok: true });
    expect(ran).toEqual(['usage.record']);
  });
});
