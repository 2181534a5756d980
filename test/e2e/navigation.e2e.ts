import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectPageFits } from './support/page-checks.js';

describe('finding an item', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk();
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('finds 食品小经营店备案 by pinyin initials on the on-screen keyboard and opens its guide', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-action="search"]').click();
    await page.locator('[data-screen="search"]').waitFor();
    for (const key of ['s', 'p', 'b', 'z']) await page.locator(`.k-keyboard [data-skbtn="${key}"]`).click();
    await expect.poll(() => page.locator('[data-item="SC-005"]').count()).toBe(1);
    await screenshot(page, 'search-spbz');
    await page.locator('[data-item="SC-005"]').click();
    await page.locator('[data-screen="guide"]').waitFor();
    expect(await page.locator('#k-screen-title').textContent()).toBe('食品小经营店备案');
    await screenshot(page, 'guide-SC-005');
    await page.locator('[data-action="full-guide"]').click();
    await page.locator('dialog[data-dialog="full-guide"]').waitFor();
    await screenshot(page, 'guide-SC-005-full');
    await page.getByRole('button', { name: '关闭' }).click();
    await page.locator('[data-action="start"]').click();
    await expect.poll(() => page.locator('main').getAttribute('data-screen')).not.toBe('guide');
  });

  it('browses by department and by life event, and lists the packages', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-action="byDepartment"]').click();
    await page.locator('[data-screen="departments"]').waitFor();
    await screenshot(page, 'departments');
    await page.locator('[data-department="marketRegulation"]').click();
    await page.locator('[data-screen="item-list"]').waitFor();
    expect(await page.locator('[data-item]').count()).toBeGreaterThan(3);
    await screenshot(page, 'item-list-marketRegulation');
    await page.locator('[data-action="home"]').click();
    await page.locator('[data-action="byLifeEvent"]').click();
    await page.locator('[data-life-event="death"]').click();
    await expect.poll(() => page.locator('[data-item="YJS-005"]').count()).toBe(1);
    await page.locator('[data-action="home"]').click();
    await page.locator('[data-action="packages"]').click();
    expect(await page.locator('[data-item^="YJS-"]').count()).toBe(5);
    await screenshot(page, 'packages');
  });

  it('every screen reached fits without scrolling', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').click();
    for (const action of ['search', 'byDepartment', 'byLifeEvent', 'packages', 'forBusiness']) {
      await page.locator(`[data-action="${action}"]`).click();
      await expectPageFits(page, action);
      await page.locator('[data-action="home"]').click();
    }
  });
});
