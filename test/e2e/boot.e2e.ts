import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';

/**
 * The page paints the attract screen before the app has loaded (renderer/src/main.tsx, issue 9's start-up
 * target): it must look like the attract screen, and a tap on it must not be lost.
 */
describe('the boot screen', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk({});
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('takes a tap before the app has loaded and starts the session when it has', async () => {
    const context = await kiosk.browser.newContext({ viewport: viewports.portrait, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      // Hold the app's chunk back, as a slow disk on a cold start would.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/start-app-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(kiosk.host.url);
      const boot = page.locator('[data-screen="boot-attract"]');
      await boot.waitFor();
      expect(await boot.textContent()).toContain('点击屏幕开始');
      expect(await page.evaluate(() => performance.getEntriesByName('kiosk-interactive').length)).toBe(1);
      await screenshot(page, 'boot-attract');
      await boot.click();
      expect(await page.locator('[data-screen="home"]').count()).toBe(0);
      release();
      await page.locator('[data-screen="home"]').waitFor();
      expect(await page.evaluate(() => performance.getEntriesByName('kiosk-app-ready').length)).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('opened without its token, the page tells the developer what to open instead (a citizen never gets here)', async () => {
    const context = await kiosk.browser.newContext({ viewport: viewports.portrait, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      await page.goto(kiosk.host.origin);
      const hint = page.locator('[data-screen="backend-down"] [data-developer-hint]');
      await hint.waitFor();
      expect(await hint.textContent()).toMatch(/Missing or wrong kiosk token.*\?token=/);
      await screenshot(page, 'web-host-without-token');
      // With the token, the same host serves the kiosk.
      await page.goto(kiosk.host.url);
      await page.locator('[data-screen="boot-attract"], [data-screen="attract"]').first().waitFor();
      expect(await page.locator('[data-developer-hint]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
