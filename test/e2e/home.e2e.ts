import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';

describe('home screen in Chromium through the web host', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk();
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('opens in Chinese at 1080×1920 and switches to English', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').waitFor();
    await screenshot(page, 'attract-zh-CN-1080x1920');
    await page.locator('[data-screen="attract"]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('政务服务自助终端');
    expect(await page.title()).toBe('政务服务自助终端');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    // The bundled font is used, not a system fallback.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('700 30px "Kiosk Sans"', '政务'))).toBe(true);
    await screenshot(page, 'home-zh-CN-1080x1920');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Government Self-Service Kiosk');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, 'home-en-1080x1920');

    await page.getByRole('button', { name: '切换到中文' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('政务服务自助终端');
  });

  it('needs no scrolling and keeps touch targets at least 12.7 mm', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').click();
    await page.locator('h1').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
    expect(overflow).toBe(false);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('button')]
          .filter((b) => b.checkVisibility())
          .map((b) => Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height)),
      ),
    );
    // 12.7 mm at 4.03 px/mm on the 21.5" reference panel.
    expect(smallest).toBeGreaterThanOrEqual(51);
  });

  it('passes axe, and the check itself finds a button without a name put on it, again after a screen change', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').click();
    await page.locator('h1').waitFor();
    const serious = (found: Awaited<ReturnType<typeof axeViolations>>) =>
      found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
    expect(serious(await axeViolations(page))).toContain('button-name');
    // The same document after the app moves on (axe is put in once per document, and still sees the new screen).
    await page.locator('[data-action="search"]').click();
    await page.locator('[data-screen="search"]').waitFor();
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
    expect(serious(await axeViolations(page))).toContain('button-name');
  });

  it('refuses API calls without the token, and from another origin', async () => {
    const noToken = await fetch(`${kiosk.host.origin}/api/invoke/app.info`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(403);
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
    const foreign = await fetch(`${kiosk.host.origin}/api/invoke/app.info`, {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${kiosk.host.token}`, Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('works at 1920×1080 too', async () => {
    const page = await kiosk.newPage(viewports.landscape);
    await page.locator('[data-screen="attract"]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('政务服务自助终端');
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await screenshot(page, 'home-zh-CN-1920x1080');
  });
});
