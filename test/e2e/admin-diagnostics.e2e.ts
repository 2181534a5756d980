import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { demoCitizens } from '../../shared/demo/demo-citizens.js';
import { adminConfigForTests, technician } from '../fixtures/technicians.js';
import { makeFakeUsb } from '../integration/admin-diagnostics/fake-usb.js';
import { Inspector } from './robot/inspection.js';
import { runCitizen } from './robot/run-flow.js';
import { expectConsolePageFits, openSection, signInWithCard } from './support/admin.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectAccessible } from './support/page-checks.js';
import { invoke } from './support/steps.js';

/**
 * The console's status, diagnostics and system pages (issue 11) in Chromium against the web host. The robot
 * citizen first does a print, a business application and a citizen application, so the log, the audit
 * trail, the outbox and the platform have seen real people's data; then the bundle — downloaded, and saved
 * to a fake USB stick — must hold none of the demo citizens' names, ID numbers, phone numbers or addresses.
 */
const ROBOT_CODES = ['RS-001', 'SC-005', 'GA-002'];
const PARTS = [
  'health.json',
  'devices.json',
  'settings.json',
  'logs/kiosk.log',
  'audit.json',
  'versions.json',
  'outbox.json',
];

const usb = makeFakeUsb('kiosk-e2e-usb-');
let kiosk: KioskUnderTest;
let page: Page;

beforeAll(async () => {
  // Read only under vitest by the diagnostics service (diagnostics-handlers.ts, drivesFor).
  process.env.KIOSK_TEST_REMOVABLE_ROOT = usb.root;
  kiosk = await startKiosk({
    kioskId: 'YQ-E2E-0011',
    admin: await adminConfigForTests({ machineCommands: { reboot: ['true'] } }),
  });
});
afterAll(async () => {
  await kiosk?.close();
  delete process.env.KIOSK_TEST_REMOVABLE_ROOT;
  rmSync(usb.root, { recursive: true, force: true });
});

/** Every text file in a zip, decoded. */
function unzipTexts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** What no file of a bundle may contain: every demo citizen's name, ID number, phone number and address. */
function personalDataIn(files: Record<string, string>): string[] {
  const found: string[] = [];
  for (const citizen of demoCitizens)
    for (const [what, value] of [
      ['name', citizen.name],
      ['idNumber', citizen.idNumber],
      ['phone', citizen.phone],
      ['address', citizen.address],
    ] as const)
      for (const [file, text] of Object.entries(files))
        if (text.includes(value)) found.push(`${file}: ${citizen.key} ${what}`);
  return found;
}

const expectConsoleFits = (what: string, on: Page = page) => expectConsolePageFits(on, what);

async function bothOrientations(name: string) {
  for (const [orientation, viewport] of [
    ['portrait', viewports.portrait],
    ['landscape', viewports.landscape],
  ] as const) {
    await page.setViewportSize(viewport);
    // The shot first, so a page that fails the checks below can be looked at.
    await screenshot(page, `${name}-${orientation}`);
    await expectAccessible(page, `${name} ${orientation}`);
    await expectConsoleFits(`${name} ${orientation}`);
  }
  await page.setViewportSize(viewports.portrait);
}

describe('console: status, diagnostics, system', () => {
  it(`the robot citizen does ${ROBOT_CODES.join(', ')} first`, { timeout: 600_000 }, async () => {
    const env = {
      catalog: defaultCatalog,
      inspector: new Inspector({ axeVariants: [], screenshotVariants: [] }),
      coverage: new Set<string>(),
    };
    for (const code of ROBOT_CODES) {
      const run = await runCitizen(env, kiosk, code, { variant: 'zh-portrait', viewport: viewports.portrait });
      expect(run.reason ?? 'completed', code).toBe('completed');
    }
  });

  it('status is the home page: devices, platform, outbox, disk, version, and no inspection today', async () => {
    // (A retry starts with a healthy printer whatever the first attempt left.)
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'receiptPrinter', fault: 'reset' })).toMatchObject({
      ok: true,
    });
    page = await kiosk.newPage(viewports.portrait);
    await signInWithCard(page, kiosk, technician);
    // The first nav entry, open at sign-in.
    await page.locator('[data-admin-section="status"] [data-admin-page="status"] [data-status-devices]').waitFor();
    expect(await page.locator('[data-admin-nav]').first().getAttribute('data-admin-nav')).toBe('status');
    const rows = page.locator('[data-status-devices] tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await page.locator('[data-device="idCardReader"]').textContent()).toContain('身份证阅读器');
    expect(await page.locator('[data-device="receiptPrinter"]').textContent()).toContain('正常');
    await expect.poll(() => page.locator('[data-status-latency]').textContent()).toMatch(/往返 \d+ 毫秒/);
    expect(await page.locator('[data-status-outbox]').getAttribute('data-status-outbox')).toMatch(/^\d+$/);
    expect(await page.locator('[data-status-card="disk"]').textContent()).toMatch(
      /剩余 [\d.]+ [KMGT]?B，共 [\d.]+ [KMGT]?B/,
    );
    expect(await page.locator('[data-status-version]').textContent()).toBe('版本 0.0.0-test');
    await expect
      .poll(() => page.locator('[data-status-inspection="missing"]').textContent())
      .toContain('今天还没有巡检');
    // Paper as 耗材 counts it, on the home page.
    await expect.poll(() => page.locator('[data-status-consumable="receipt80"]').textContent()).toMatch(/剩 \d+%/);

    // A fault shows in words and with its code, and stays as the last fault after it is cleared.
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'receiptPrinter', fault: 'paperOut' })).toMatchObject({
      ok: true,
    });
    const printer = page.locator('[data-device="receiptPrinter"]');
    await expect
      .poll(() => printer.getAttribute('data-device-code'), { timeout: 10_000 })
      .toBe('deviceNotReady.paperOut');
    expect(await printer.textContent()).toContain('缺纸');
    await bothOrientations('admin-status-fault');
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'receiptPrinter', fault: 'reset' })).toMatchObject({
      ok: true,
    });
    await expect.poll(() => printer.getAttribute('data-device-code'), { timeout: 10_000 }).toBe('');
    expect(await printer.textContent()).toContain('deviceNotReady.paperOut');
    await bothOrientations('admin-status');
  });

  it('diagnostics: the downloaded bundle has every part and none of the demo citizens', async () => {
    await openSection(page, 'diagnostics');
    const stick = page.locator('[data-drive="sdb1"]');
    await stick.waitFor();
    expect(await stick.getAttribute('aria-checked')).toBe('true');
    expect(await stick.textContent()).toContain('KIOSK USB');
    expect(await page.locator('[data-drive="mmcblk0p1"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-drive="sda3"]').count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="download-bundle"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gov-kiosk-diagnostics-YQ-E2E-0011-\d{8}T\d{6}Z\.zip$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    await page.locator('[data-diagnostics-outcome="success"]').waitFor();
    expect(await page.locator('[data-diagnostics-outcome]').textContent()).toContain(
      createHash('sha256').update(bytes).digest('hex'),
    );
    const files = unzipTexts(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(PARTS));
    expect(personalDataIn(files)).toEqual([]);

    // The robot's work is in there, as codes and counts.
    const audit = JSON.parse(files['audit.json'] ?? '[]') as Array<{ action: string }>;
    expect(audit.some((e) => e.action === 'submission.saved')).toBe(true);
    expect(files['logs/kiosk.log']?.split('\n').length).toBeGreaterThan(5);
    const outbox = JSON.parse(files['outbox.json'] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(outbox).sort()).toEqual(
      ['delivered', 'lastContactAt', 'lastError', 'oldestPendingSeconds', 'online', 'pending', 'rejected'].sort(),
    );
    expect(Number(outbox.delivered) + Number(outbox.pending)).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(files['versions.json'] ?? '{}')).toMatchObject({
      app: '0.0.0-test',
      node: process.versions.node,
      kioskId: 'YQ-E2E-0011',
      schemaVersion: expect.any(Number),
    });
    const settings = JSON.parse(files['settings.json'] ?? '{}') as {
      effective: {
        admin: { identityKey: string; totpSecret: string; technicians: Array<{ pinHash: string; idHash: string }> };
      };
    };
    expect(settings.effective.admin.identityKey).toBe('[set, masked]');
    expect(settings.effective.admin.totpSecret).toBe('[set, masked]');
    expect(
      settings.effective.admin.technicians.every((t) => t.pinHash === '[set, masked]' && t.idHash === '[set, masked]'),
    ).toBe(true);
    await bothOrientations('admin-diagnostics-downloaded');
  });

  it('diagnostics: saved to the USB stick, synced, the same parts, still no person', async () => {
    await page.locator('[data-action="save-to-drive"]').click();
    await page.locator('[data-diagnostics-outcome="success"]').getByText('可以拔出').waitFor();
    const written = readdirSync(usb.stick);
    expect(written).toHaveLength(1);
    const name = written[0] ?? '';
    expect(name).toMatch(/^gov-kiosk-diagnostics-YQ-E2E-0011-\d{8}T\d{6}Z\.zip$/);
    const bytes = readFileSync(join(usb.stick, name));
    const outcome = (await page.locator('[data-diagnostics-outcome]').textContent()) ?? '';
    expect(outcome).toContain(name);
    expect(outcome).toContain(createHash('sha256').update(bytes).digest('hex'));
    const files = unzipTexts(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(PARTS));
    expect(personalDataIn(files)).toEqual([]);
    await bothOrientations('admin-diagnostics-saved');
  });

  it('system: versions, no application restart under a web host without a supervisor, a machine restart asked first', async () => {
    await openSection(page, 'system');
    await page.locator('[data-fact="version"]').waitFor();
    expect(await page.locator('[data-fact="version"]').textContent()).toContain('0.0.0-test');
    expect(await page.locator('[data-fact="node"]').textContent()).toContain(process.versions.node);
    expect(await page.locator('[data-fact="kioskId"]').textContent()).toContain('YQ-E2E-0011');
    expect(await page.locator('[data-action="system-restartApp"]').count()).toBe(0);
    await page.locator('[data-system-note="restartApp"]').waitFor();
    expect(await page.locator('[data-action="system-shutdown"]').count()).toBe(0);
    await bothOrientations('admin-system');

    await page.locator('[data-action="system-reboot"]').click();
    const dialog = page.locator('dialog[data-dialog="system-confirm"][open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('确定重启本机？');
    await expectAccessible(page, 'system confirm');
    await screenshot(page, 'admin-system-confirm-portrait');
    await page.locator('[data-action="system-cancel"]').click();
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog[data-dialog="system-confirm"][open]').count()).toBe(0);
    expect(await page.locator('[data-system-outcome]').count()).toBe(0);

    await page.locator('[data-action="system-reboot"]').click();
    await page.locator('[data-action="system-confirm"]').click();
    await page.locator('[data-system-outcome="success"]').waitFor();
    expect(await page.locator('[data-system-outcome]').textContent()).toContain('已发出重启命令');
  });

  it('in English: the three pages fit and pass axe', async () => {
    const english = await startKiosk(
      { defaultLocale: 'en', admin: await adminConfigForTests() },
      { browser: kiosk.browser },
    );
    try {
      const other = await english.newPage(viewports.portrait);
      await signInWithCard(other, english, technician);
      const shoot = async (id: string, ready: string) => {
        if (id !== 'status') await openSection(other, id);
        await other.locator(ready).waitFor();
        for (const [orientation, viewport] of [
          ['portrait', viewports.portrait],
          ['landscape', viewports.landscape],
        ] as const) {
          await other.setViewportSize(viewport);
          await screenshot(other, `admin-${id}-en-${orientation}`);
          await expectAccessible(other, `${id} in English, ${orientation}`);
          await expectConsoleFits(`${id} in English, ${orientation}`, other);
        }
        await other.setViewportSize(viewports.portrait);
      };
      await shoot('status', '[data-status-version]');
      expect(await other.locator('[data-status-inspection="missing"]').textContent()).toContain(
        'No inspection today yet',
      );
      await shoot('diagnostics', '[data-drive="sdb1"]');
      await shoot('system', '[data-fact="version"]');
    } finally {
      await english.close();
    }
  });
});
