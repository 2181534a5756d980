import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyDirFor } from '../../electron/services/store/key-location.js';
import { administrator, adminConfigForTests, technician } from '../fixtures/technicians.js';
import { openSection, typeDigits } from './support/admin.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectAccessible, expectNoScrolling } from './support/page-checks.js';
import { invoke } from './support/steps.js';

/**
 * Issue 11, settings and maintenance mode: a change on the console (an item off, the idle warning time) changes
 * what a citizen sees and how long the idle warning waits, is audited, survives a restart of the backend on the
 * same data folder, and 恢复部署值 undoes it; an invalid value is refused naming the field with the file and the
 * running kiosk unchanged. Maintenance: no item can start, a technician's card still opens the console, leaving
 * it restores the home screen.
 */

const deploymentExtras = {
  siteName: { 'zh-CN': '阳泉市郊区政务服务中心', en: 'Jiaoqu District Government Service Center, Yangquan' },
  contact: {
    address: {
      'zh-CN': '阳泉市郊区政务服务中心一楼大厅',
      en: 'Ground floor hall, Jiaoqu District Government Service Center',
    },
    phone: '0353-5110600',
    nearbyHall: { 'zh-CN': '阳泉市政务服务中心（城区）', en: 'Yangquan City Government Service Center (Chengqu)' },
    online: { 'zh-CN': '山西政务服务网、三晋通 App', en: 'Shanxi government service website, Sanjintong app' },
    serviceHours: { 'zh-CN': '周一至周五 8:30—12:00、14:30—17:30', en: 'Mon–Fri 8:30–12:00, 14:30–17:30' },
  },
};

/** A kiosk restarted on the data folder of the one before (the configuration the console saved is kept). */
const startOn = (dataDir: string, browser: Browser) => startKiosk({}, { browser, dataDir });

/** Sign-in from whatever screen is between citizens (attract or maintenance): card, 技术员登录, PIN. */
async function signIn(page: Page, kiosk: Pick<KioskUnderTest, 'host'>, who: { citizenKey: string; pin: string }) {
  expect(await invoke(kiosk as KioskUnderTest, 'devices.sim.placeCard', { citizenKey: who.citizenKey })).toMatchObject({
    ok: true,
  });
  await page.locator('[data-action="technician-sign-in"]').click();
  await page.locator('[data-screen="admin-sign-in"]').waitFor();
  await typeDigits(page, who.pin);
  await page.locator('[data-screen="admin"]').waitFor();
  expect(await invoke(kiosk as KioskUnderTest, 'devices.sim.removeCard')).toMatchObject({ ok: true });
}

async function signOut(page: Page) {
  await page.locator('[data-action="sign-out"]').click();
}

async function editSetting(page: Page, key: string, value: string) {
  await page.locator(`tr[data-setting="${key}"] [data-action="edit"]`).click();
  const field = page.locator(`[data-editor="${key}"] input`).first();
  await field.fill(value);
  await page.locator(`[data-editor="${key}"] [data-action="save"]`).click();
}

function auditRows(dataDir: string): Array<{ action: string; subject: string | null; detail: string | null }> {
  const db = new DatabaseSync(join(dataDir, 'kiosk.db'), { readOnly: true });
  try {
    return db
      .prepare(
        "SELECT action, subject, detail FROM audit_log WHERE action LIKE 'admin.setting%' OR action LIKE 'admin.maintenance%' ORDER BY id",
      )
      .all() as Array<{ action: string; subject: string | null; detail: string | null }>;
  } finally {
    db.close();
  }
}

function overrideRows(dataDir: string): unknown[] {
  const db = new DatabaseSync(join(dataDir, 'kiosk.db'), { readOnly: true });
  try {
    return db.prepare('SELECT key, value, updated_by FROM setting_overrides ORDER BY key').all();
  } finally {
    db.close();
  }
}

const tile = (page: Page, code: string) => page.locator(`.k-home__frequent [data-item="${code}"]`);

describe('console settings over the deployment file', () => {
  let first: KioskUnderTest;
  let browser: Browser;
  let kiosk: KioskUnderTest;
  let dataDir: string;
  let fileBytes: Buffer;

  beforeAll(async () => {
    // startKiosk writes the deployment file and the data folder; its backend is replaced by ours (restartable).
    first = await startKiosk({ admin: await adminConfigForTests({ idleSeconds: 600 }), ...deploymentExtras });
    browser = first.browser;
    dataDir = first.dataDir;
    await first.host.close();
    await first.backend.close();
    fileBytes = readFileSync(join(dataDir, 'kiosk.config.json'));
    kiosk = await startOn(dataDir, browser);
  });
  afterAll(async () => {
    await kiosk?.close();
    await browser?.close();
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(keyDirFor(dataDir), { recursive: true, force: true });
    }
  });

  it('an item off and the idle warning at 30 s: the citizen sees both, audited, kept over a restart, undone by 恢复部署值', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').waitFor();
    await signIn(page, kiosk, administrator);
    await openSection(page, 'settings');
    await page.locator('tr[data-setting="contact.phone"][data-source="deployment"]').waitFor();
    await expectAccessible(page, 'settings (site)');
    await expectNoScrolling(page, 'settings (site)');
    await screenshot(page, 'admin-settings-site-portrait');

    // The idle warning after 30 s instead of 120.
    await page.locator('[data-group="session"]').click();
    await page.locator('tr[data-setting="idle.warnAfterSeconds"][data-source="default"]').waitFor();
    await editSetting(page, 'idle.warnAfterSeconds', '30');
    await page.locator('[data-settings-message="success"]').waitFor();
    await page.locator('tr[data-setting="idle.warnAfterSeconds"][data-source="console"]').waitFor();
    expect(await page.locator('tr[data-setting="idle.warnAfterSeconds"] [data-value]').textContent()).toContain('30');
    await expectAccessible(page, 'settings (session)');
    await screenshot(page, 'admin-settings-session-portrait');

    // An invalid value: refused naming the field; nothing written, the file byte-identical, the kiosk unchanged.
    const rowsBefore = overrideRows(dataDir);
    await editSetting(page, 'idle.warnAfterSeconds', '5');
    await page.locator('[data-settings-message="warning"]').waitFor();
    expect(await page.locator('[data-settings-message="warning"]').textContent()).toContain('idle.warnAfterSeconds');
    await screenshot(page, 'admin-settings-refused-portrait');
    await page.locator('[data-editor="idle.warnAfterSeconds"] button:not([data-action])').last().click();
    const refusedPhone = await invoke(kiosk as unknown as KioskUnderTest, 'config.get');
    expect(refusedPhone.value).toMatchObject({ idle: { warnAfterSeconds: 30 } });
    expect(overrideRows(dataDir)).toEqual(rowsBefore);
    expect(readFileSync(join(dataDir, 'kiosk.config.json')).equals(fileBytes)).toBe(true);

    // A phone number that is a mobile (not a landline or hotline): refused, named.
    await page.locator('[data-group="site"]').click();
    await editSetting(page, 'contact.phone', '13912345678');
    await page.locator('[data-settings-message="warning"]').waitFor();
    expect(await page.locator('[data-settings-message="warning"]').textContent()).toContain('contact.phone');
    await page.locator('[data-editor="contact.phone"] button:not([data-action])').last().click();
    expect(overrideRows(dataDir)).toEqual(rowsBefore);
    expect(readFileSync(join(dataDir, 'kiosk.config.json')).equals(fileBytes)).toBe(true);

    // 社会保险个人参保证明打印 (RS-001) off with a common reason.
    await page.locator('[data-group="items"]').click();
    await page.locator('[data-department="humanResources"]').click();
    await page.locator('tr[data-item-row="RS-001"] [data-action="item-off"]').click();
    await page.locator('[data-preset="upgrade"]').click();
    await expectAccessible(page, 'settings (off reason)');
    await page.locator('[data-action="confirm-off"]').click();
    await page.locator('tr[data-item-row="RS-001"][data-off="true"]').waitFor();
    await expectAccessible(page, 'settings (items)');
    await expectNoScrolling(page, 'settings (items)');
    await screenshot(page, 'admin-settings-items-portrait');

    // Audited by key, never a value.
    const audit = auditRows(dataDir);
    expect(audit.map((a) => [a.action, a.subject])).toEqual([
      ['admin.settingChanged', 'idle.warnAfterSeconds'],
      ['admin.settingChanged', 'itemsOff'],
    ]);
    for (const row of audit) {
      expect(JSON.parse(row.detail ?? '{}')).toMatchObject({ by: administrator.enrolmentId, applies: 'now' });
      expect(row.detail).not.toContain('系统升级');
    }

    // The citizen: the tile says why and the guide has no 开始办理; main refuses its start as well.
    await signOut(page);
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-screen="home"]').waitFor();
    const touchedAt = Date.now();
    await expect.poll(() => tile(page, 'RS-001').textContent()).toContain('本机暂停办理：系统升级');
    expect(await tile(page, 'RS-001').getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'settings-item-off-home-portrait');
    const started = await invoke(kiosk as unknown as KioskUnderTest, 'usage.record', {
      event: 'started',
      flowId: '8d1c3f3e-8a3b-4f7e-9a51-6a3f2f6d9c11',
      target: { kind: 'item', code: 'RS-001' },
    });
    expect(started).toMatchObject({ ok: false, error: { code: 'unavailable' } });

    // The idle warning: ~30 s after the last touch, not 120.
    await page.locator('dialog[data-dialog="idle-warning"][open]').waitFor({ timeout: 60_000 });
    const waited = (Date.now() - touchedAt) / 1000;
    console.info(`idle warning appeared ${waited.toFixed(1)} s after the last touch (warnAfterSeconds 30)`);
    expect(waited).toBeGreaterThan(27);
    expect(waited).toBeLessThan(45);
    await screenshot(page, 'settings-idle-warning-30s-portrait');
    await page.locator('dialog[data-dialog="idle-warning"][open] button').first().click();
    await tile(page, 'RS-001').click({ force: true });
    await page.locator('[data-screen="guide"] [data-unavailable]').waitFor();
    expect(await page.locator('[data-action="start"]').count()).toBe(0);
    await page.close();

    // A restart on the same data folder keeps both.
    await kiosk.close();
    kiosk = await startOn(dataDir, browser);
    const after = await invoke<{ idle: { warnAfterSeconds: number }; itemsOff: Record<string, unknown> }>(
      kiosk as unknown as KioskUnderTest,
      'config.get',
    );
    expect(after.value?.idle.warnAfterSeconds).toBe(30);
    expect(Object.keys(after.value?.itemsOff ?? {})).toEqual(['RS-001']);
    const again = await kiosk.newPage(viewports.landscape);
    await again.locator('[data-screen="attract"]').click();
    await expect.poll(() => tile(again, 'RS-001').textContent()).toContain('本机暂停办理');
    await again.close();

    // 恢复部署值: both back to the file (idle: the default), the citizen sees RS-001 again.
    const admin = await kiosk.newPage(viewports.landscape);
    await admin.locator('[data-screen="attract"]').waitFor();
    await signIn(admin, kiosk, administrator);
    await openSection(admin, 'settings');
    await admin.locator('[data-group="items"]').click();
    await admin.locator('[data-department="humanResources"]').click();
    await admin.locator('tr[data-item-row="RS-001"][data-off="true"]').waitFor();
    await expectAccessible(admin, 'settings (items, landscape)');
    await expectNoScrolling(admin, 'settings (items, landscape)');
    await screenshot(admin, 'admin-settings-items-landscape');
    await admin.locator('[data-action="reset-items"]').click();
    await admin.locator('tr[data-item-row="RS-001"][data-off="false"]').waitFor();
    await admin.locator('[data-group="session"]').click();
    await screenshot(admin, 'admin-settings-session-landscape');
    await admin.locator('tr[data-setting="idle.warnAfterSeconds"] [data-action="reset"]').click();
    await admin.locator('tr[data-setting="idle.warnAfterSeconds"][data-source="default"]').waitFor();
    await admin.locator('[data-group="site"]').click();
    await expectNoScrolling(admin, 'settings (site, landscape)');
    await screenshot(admin, 'admin-settings-site-landscape');
    await admin.locator('[data-group="platform"]').click();
    await expectAccessible(admin, 'settings (platform)');
    await screenshot(admin, 'admin-settings-platform-landscape');
    // The same page in English.
    await admin.locator('.k-admin .k-language-switch').click();
    await admin.locator('[data-group="site"]').click();
    await expect.poll(() => admin.locator('tr[data-setting="siteName"] th').textContent()).toContain('Site name');
    await expectAccessible(admin, 'settings (English)');
    await expectNoScrolling(admin, 'settings (English)');
    await screenshot(admin, 'admin-settings-site-en-landscape');
    await admin.locator('[data-group="items"]').click();
    await screenshot(admin, 'admin-settings-items-en-landscape');
    await signOut(admin);
    const restored = await invoke<{ idle: { warnAfterSeconds: number }; itemsOff: Record<string, unknown> }>(
      kiosk as unknown as KioskUnderTest,
      'config.get',
    );
    expect(restored.value?.idle.warnAfterSeconds).toBe(120);
    expect(restored.value?.itemsOff).toEqual({});
    await admin.locator('[data-screen="attract"]').click();
    await admin.locator('[data-screen="home"]').waitFor();
    expect(await tile(admin, 'RS-001').getAttribute('aria-disabled')).toBeNull();
    expect(overrideRows(dataDir)).toEqual([]);
    expect(auditRows(dataDir).map((a) => a.action)).toEqual([
      'admin.settingChanged',
      'admin.settingChanged',
      'admin.settingReset',
      'admin.settingReset',
    ]);
    expect(readFileSync(join(dataDir, 'kiosk.config.json')).equals(fileBytes)).toBe(true);
  }, 240_000);

  it('maintenance: no item can start, a technician’s card still opens the console, a restart keeps it, leaving it restores home', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').waitFor();
    await signIn(page, kiosk, technician);
    await openSection(page, 'maintenance');
    await page.locator('[data-admin-page="maintenance"][data-on="false"]').waitFor();
    await expectAccessible(page, 'maintenance page (off)');
    await screenshot(page, 'admin-maintenance-off-portrait');
    await page.locator('[data-length="30"]').click();
    await page.locator('[data-action="maintenance-on"]').click();
    await page.locator('[data-admin-page="maintenance"][data-on="true"]').waitFor();
    await expectAccessible(page, 'maintenance page (on)');
    await screenshot(page, 'admin-maintenance-on-portrait');
    await signOut(page);

    // The citizen: 本机正在维护 with the site's channels, and a touch starts nothing.
    await page.locator('[data-screen="maintenance"]').waitFor();
    const text = (await page.locator('[data-screen="maintenance"]').textContent()) ?? '';
    for (const shown of [
      '本机正在维护',
      'under maintenance',
      '0353-5110600',
      '阳泉市政务服务中心（城区）',
      '山西政务服务网',
    ])
      expect(text).toContain(shown);
    expect(text).toMatch(/预计恢复时间 \d{2}:\d{2}/);
    await expectAccessible(page, 'maintenance screen');
    await expectNoScrolling(page, 'maintenance screen');
    await screenshot(page, 'maintenance-screen-portrait');
    await page.locator('[data-screen="maintenance"]').click();
    expect(await page.locator('[data-screen="home"]').count()).toBe(0);
    // Main refuses a flow whatever a page does.
    for (const [method, body] of [
      ['devices.idCard.read', { waitMs: 1000 }],
      [
        'usage.record',
        { event: 'started', flowId: '1d1c3f3e-8a3b-4f7e-9a51-6a3f2f6d9c12', target: { kind: 'item', code: 'SC-005' } },
      ],
    ] as const) {
      const reply = await invoke(kiosk as unknown as KioskUnderTest, method, body);
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    }
    const landscape = await kiosk.newPage(viewports.landscape);
    await landscape.locator('[data-screen="maintenance"]').waitFor();
    await expectNoScrolling(landscape, 'maintenance screen (landscape)');
    await screenshot(landscape, 'maintenance-screen-landscape');
    await landscape.close();

    // A restart keeps it.
    await page.close();
    await kiosk.close();
    kiosk = await startOn(dataDir, browser);
    const page2 = await kiosk.newPage(viewports.landscape);
    await page2.locator('[data-screen="maintenance"]').waitFor();

    // The technician's card still offers the console; turning it off restores the attract and home screens.
    await signIn(page2, kiosk, technician);
    await openSection(page2, 'maintenance');
    await page2.locator('[data-admin-page="maintenance"][data-on="true"]').waitFor();
    await screenshot(page2, 'admin-maintenance-on-landscape');
    await page2.locator('.k-admin .k-language-switch').click();
    await expect.poll(() => page2.locator('[data-state]').textContent()).toContain('citizens see');
    await expectAccessible(page2, 'maintenance page (English)');
    await screenshot(page2, 'admin-maintenance-on-en-landscape');
    await page2.locator('[data-action="maintenance-off"]').click();
    await page2.locator('[data-admin-page="maintenance"][data-on="false"]').waitFor();
    await expectAccessible(page2, 'maintenance page (landscape)');
    await screenshot(page2, 'admin-maintenance-off-landscape');
    await signOut(page2);
    await page2.locator('[data-screen="attract"]').click();
    await page2.locator('[data-screen="home"]').waitFor();
    expect(
      auditRows(dataDir)
        .filter((a) => a.action.startsWith('admin.maintenance'))
        .map((a) => a.action),
    ).toEqual(['admin.maintenanceOn', 'admin.maintenanceOff']);
  }, 180_000);
});
