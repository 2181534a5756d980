import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastThemes } from '../../renderer/src/theme/contrast-themes.js';
import { textSizes } from '../../renderer/src/theme/tokens.js';
import { expectAccessible, expectNoOverlap, expectNoScrolling, expectNothingCutOff } from './support/page-checks.js';
import { type KioskUnderTest, startKiosk, viewports } from './support/kiosk-harness.js';
import { shotsOf } from './support/screenshots.js';

/**
 * 字号与颜色 (issue 10 #10): a control in the header of every page of a session offers four text sizes and three
 * colour themes, applied at once. Every combination on the home page and on an item's guide: nothing cut off,
 * nothing overlapping, no scrolling, axe at 0 serious or critical; photographed. (Like every preference they
 * end at the wipe: defaultPreferences.)
 */
let kiosk: KioskUnderTest;
beforeAll(async () => {
  kiosk = await startKiosk();
}, 60_000);
afterAll(async () => {
  await kiosk?.close();
});

const shot = shotsOf('display-', [expectNothingCutOff, expectNoOverlap, expectNoScrolling, expectAccessible]);
// The dialog sits over the page (its buttons cover the page's: not an overlap within one layer).
const dialogShot = shotsOf('display-', [expectNothingCutOff, expectAccessible]);

async function choose(page: Page, size: string, theme: string) {
  await page.locator('[data-action="display"]').click();
  const dialog = page.locator('dialog[data-dialog="display"]');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator(`[data-text-size="${size}"]`).click();
  await dialog.locator(`[data-contrast="${theme}"]`).click();
  await expect.poll(() => dialog.locator('[aria-pressed="true"]').count()).toBe(2);
  return dialog;
}

describe('字号与颜色', () => {
  it('the dialog shows the choices, applied at once (photographed at the largest size, black and white)', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-screen="home"]').waitFor();
    const dialog = await choose(page, 'XL', 'blackWhite');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).not.toBe('');
    await dialogShot(page, 'dialog-XL-blackWhite');
    await dialog.locator('[data-action="done"]').click();
    await dialog.waitFor({ state: 'hidden' });
  });

  for (const size of textSizes) {
    it(`${size}: home and a guide in ${contrastThemes.join(', ')} fit, pass axe and do not scroll`, async () => {
      const page = await kiosk.newPage(viewports.portrait);
      await page.locator('[data-screen="attract"]').click();
      await page.locator('[data-screen="home"]').waitFor();
      const bodySizes: number[] = [];
      for (const theme of contrastThemes) {
        const dialog = await choose(page, size, theme);
        await dialog.locator('[data-action="done"]').click();
        await dialog.waitFor({ state: 'hidden' });
        bodySizes.push(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)));
        await shot(page, `home-${size}-${theme}`);
        await page.locator('main [data-item]').first().click();
        await page.locator('main[data-screen="guide"]').waitFor();
        await shot(page, `guide-${size}-${theme}`);
        await page.locator('main .k-screen__actions [data-action="back"]').click();
        await page.locator('main[data-screen="home"]').waitFor();
      }
      // The size holds across themes.
      expect(new Set(bodySizes).size).toBe(1);
    });
  }

  it('the largest size is well over the standard one', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-screen="home"]').waitFor();
    const fontOf = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const standard = await fontOf();
    const dialog = await choose(page, 'XL', 'dark');
    await dialog.locator('[data-action="done"]').click();
    expect(await fontOf()).toBeGreaterThan(standard * 1.4);
  });
});
