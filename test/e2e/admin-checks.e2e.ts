import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminConfigForTests, technician } from '../fixtures/technicians.js';
import { expectConsolePageFits, openSection, signInWithCard } from './support/admin.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectAccessible, expectPageFits } from './support/page-checks.js';
import { invoke, printed } from './support/steps.js';

/**
 * 自检, 巡检记录 and 耗材 in Chromium against the web host with the simulators: the technician runs every test
 * from the page (touch targets and speaker included), prints the 巡检单, refills paper; each page is checked
 * with axe and for fitting without scrolling, and photographed portrait and landscape.
 */

/** The console's page holds its content, and passes the citizen pages' checks too (axe, targets). */
async function expectConsoleFits(page: Page, what: string) {
  await expectPageFits(page, what);
  await expectConsolePageFits(page, what, { nothingBelow: true });
}

async function runCheck(page: Page, check: string) {
  const row = page.locator(`[data-check="${check}"]`);
  const before = (await row.locator('td').nth(1).textContent()) ?? '';
  await page.locator(`[data-action="run-${check}"]`).click();
  return { row, before };
}

async function resultOf(page: Page, check: string): Promise<string> {
  const mark = page.locator(`[data-check="${check}"] [data-result]`);
  await mark.waitFor();
  return (await mark.getAttribute('data-result')) ?? '';
}

describe('console device tests, inspection record and consumables', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk({ admin: await adminConfigForTests({ idleSeconds: 600 }) });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('runs every test from the page, with touch targets, camera and speaker steps', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await signInWithCard(page, kiosk, technician);
    await openSection(page, 'checks');
    await page.locator('[data-check="platform"]').waitFor();
    await expectAccessible(page, 'checks');
    await expectConsoleFits(page, 'checks (portrait)');

    // Printers: the simulated A4 and receipt printers print the test pages.
    await runCheck(page, 'a4TestPage');
    await expect.poll(() => resultOf(page, 'a4TestPage'), { timeout: 20_000 }).toBe('ok');
    await runCheck(page, 'receiptTestPrint');
    await expect.poll(() => resultOf(page, 'receiptTestPrint'), { timeout: 20_000 }).toBe('ok');
    const jobs = await printed(kiosk);
    expect(jobs.map((j) => j.title)).toEqual(expect.arrayContaining(['打印测试页', '打印测试']));

    // Card: the page asks for a card; a citizen's card is read and only its masked name is shown.
    await runCheck(page, 'cardRead');
    await page.locator('.k-checks__message').getByText('身份证放在感应区').waitFor();
    expect(await invoke(kiosk, 'devices.sim.placeCard', { citizenKey: 'li-xiuying' })).toMatchObject({ ok: true });
    await expect.poll(() => resultOf(page, 'cardRead'), { timeout: 20_000 }).toBe('ok');
    const message = (await page.locator('.k-checks__message').textContent()) ?? '';
    expect(message).toContain('李*英');
    expect(message).not.toContain('李秀英');
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });

    // Scan: any code; the page says its length, never what it says.
    await runCheck(page, 'scan');
    await page.locator('.k-checks__message').getByText('扫描任意').waitFor();
    await expect
      .poll(async () => (await invoke(kiosk, 'devices.sim.scan', { code: 'ABC-12345-XYZ' })).ok, { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => resultOf(page, 'scan'), { timeout: 20_000 }).toBe('ok');
    expect(await page.locator('.k-checks__message').textContent()).toContain('码长 13');
    expect(await page.locator('body').textContent()).not.toContain('ABC-12345-XYZ');

    await runCheck(page, 'platform');
    await expect.poll(() => resultOf(page, 'platform'), { timeout: 20_000 }).toBe('ok');
    await screenshot(page, 'admin-checks-portrait');

    // Touch targets: all five, in the corners and the centre.
    await page.locator('[data-action="run-touch"]').click();
    await page.locator('[data-admin-page="check-touch"]').waitFor();
    await expectAccessible(page, 'touch targets');
    for (const target of ['topLeft', 'topRight', 'centre', 'bottomLeft'])
      await page.locator(`[data-target="${target}"]`).tap();
    await screenshot(page, 'admin-check-touch-portrait');
    await page.locator('[data-target="bottomRight"]').tap();
    await expect.poll(() => resultOf(page, 'touch'), { timeout: 10_000 }).toBe('ok');

    // Speaker: the test sound plays in the page; the technician heard it.
    await page.locator('[data-action="run-speaker"]').click();
    await page.locator('[data-admin-page="check-speaker"]').waitFor();
    await expectAccessible(page, 'speaker');
    await page.locator('[data-action="play-tone"]').click();
    await page.locator('[data-speaker="played"]').waitFor({ timeout: 10_000 });
    await screenshot(page, 'admin-check-speaker-portrait');
    await page.locator('[data-action="heard"]').click();
    await expect.poll(() => resultOf(page, 'speaker'), { timeout: 10_000 }).toBe('ok');

    // Document camera: the simulated picture is live; it was not clear this time.
    await page.locator('[data-action="run-documentCamera"]').click();
    await page.locator('[data-camera="live"]').waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'camera');
    await screenshot(page, 'admin-check-camera-portrait');
    await page.locator('[data-action="camera-not-clear"]').click();
    await expect.poll(() => resultOf(page, 'documentCamera'), { timeout: 10_000 }).toBe('failed');
    expect(await page.locator('[data-check="documentCamera"]').textContent()).toContain('画面看不清');
    await page.locator('[data-action="run-faceCamera"]').click();
    await page.locator('[data-camera="live"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-action="camera-clear"]').click();
    await expect.poll(() => resultOf(page, 'faceCamera'), { timeout: 10_000 }).toBe('ok');
    await expectConsoleFits(page, 'checks with results (portrait)');
    await screenshot(page, 'admin-checks-done-portrait');

    // The inspection record has them all, and prints as the 巡检单 on the A4 printer.
    await openSection(page, 'inspection');
    await page.locator('[data-record-check="platform"] [data-result="ok"]').waitFor();
    expect(await page.locator('[data-inspection-summary]').textContent()).toContain(
      '正常 8 项，异常 1 项，未检查 0 项',
    );
    expect(await page.locator('[data-record-check="cardRead"]').textContent()).toContain('孙*华');
    await expectAccessible(page, 'inspection record');
    await expectConsoleFits(page, 'inspection record (portrait)');
    await page.locator('[data-action="print-inspection"]').click();
    await page.getByText('巡检单已打印（9 项）').waitFor({ timeout: 20_000 });
    expect((await printed(kiosk)).map((j) => j.title)).toContain('巡检单');
    await screenshot(page, 'admin-inspection-portrait');

    // Consumables: the test page and the 巡检单 were counted; 已换纸 starts the count again.
    await openSection(page, 'consumables');
    const a4 = page.locator('[data-consumable="A4"] [data-left]');
    await expect.poll(() => a4.textContent()).toContain('剩余约 248 张');
    await expectAccessible(page, 'consumables');
    await expectConsoleFits(page, 'consumables (portrait)');
    await screenshot(page, 'admin-consumables-portrait');
    await page.locator('[data-action="refill-A4"]').click();
    await expect.poll(() => a4.textContent()).toContain('剩余约 250 张');
    await page.getByText('已记录换纸').waitFor();
  }, 180_000);

  it('a receipt printer near its paper end shows the warning; every page fits landscape', async () => {
    const page = await kiosk.newPage(viewports.landscape);
    await signInWithCard(page, kiosk, technician);
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'receiptPrinter', fault: 'paperLow' })).toMatchObject({
      ok: true,
    });
    await openSection(page, 'consumables');
    await page.locator('[data-consumable="receipt80"][data-level="low"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-consumable="receipt80"]').textContent()).toContain('凭条纸卷（凭条打印机）将用完');
    const health = await invoke<{ checks: Array<{ name: string; level: string }> }>(kiosk, 'app.health');
    expect(health.value?.checks.find((c) => c.name === 'consumables')).toMatchObject({ level: 'degraded' });
    await expectConsoleFits(page, 'consumables (landscape)');
    await screenshot(page, 'admin-consumables-landscape');
    await openSection(page, 'checks');
    await page.locator('[data-check="platform"] [data-result]').waitFor();
    await expectConsoleFits(page, 'checks (landscape)');
    await screenshot(page, 'admin-checks-landscape');
    await openSection(page, 'inspection');
    await page.locator('[data-record-check="platform"]').waitFor();
    await expectConsoleFits(page, 'inspection (landscape)');
    await screenshot(page, 'admin-inspection-landscape');
    await openSection(page, 'checks');
    await page.locator('[data-action="run-touch"]').click();
    await page.locator('[data-target="centre"]').tap();
    await screenshot(page, 'admin-check-touch-landscape');
    await page.locator('[data-action="touch-give-up"]').click();
    await expect.poll(() => resultOf(page, 'touch'), { timeout: 10_000 }).toBe('failed');
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'receiptPrinter', fault: 'reset' })).toMatchObject({
      ok: true,
    });
  }, 120_000);
});
