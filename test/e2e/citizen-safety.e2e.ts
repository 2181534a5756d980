import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { action, answer, invoke, openFromSearch } from './support/steps.js';

/**
 * A kiosk left alone with the public: what it must never do however a citizen walks up or away (issue 10).
 */
describe('an item whose printer is out of paper', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk({});
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'documentPrinter', fault: 'paperOut' })).toMatchObject({
      ok: true,
    });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('says why once on its tile, and its guide cannot be started', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-action="search"]').click();
    await page.locator('[data-screen="search"]').waitFor();
    for (const key of 'cbzm') await page.locator(`.k-keyboard [data-skbtn="${key}"]`).click();
    const tile = page.locator('[data-item="RS-001"]');
    await tile.waitFor();
    const why = (await tile.locator('.k-item-tile__why').textContent()) ?? '';
    expect(why).toContain('缺纸');
    expect(why.split('暂不可用').length - 1).toBe(1);
    await tile.click({ force: true }); // aria-disabled: Playwright would wait for it to be enabled; a finger does not
    await page.locator('[data-screen="guide"] [data-unavailable]').waitFor();
    expect(await page.locator('[data-action="start"]').count()).toBe(0);
    expect(await page.locator('[data-screen="guide"] [data-unavailable]').textContent()).toContain('缺纸');
    await screenshot(page, 'safety-unavailable-guide');

    // Refilled: the same guide can be started again.
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'documentPrinter', fault: 'paperFull' })).toMatchObject({
      ok: true,
    });
    await page.locator('[data-screen="guide"] [data-action="start"]').waitFor();
    expect(await page.locator('[data-screen="guide"] [data-unavailable]').count()).toBe(0);
  });
});

describe('a citizen who walks away at 打印完成', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk({});
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('leaves no way back to the preview or a reprint, moves on by itself, and does not end while the card is on the reader', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await openFromSearch(page, 'cbzm', 'RS-001');
    await page.locator('[data-screen="identify"] [data-reader-status]').waitFor();
    expect(await invoke(kiosk, 'devices.sim.placeCard', { citizenKey: 'zhang-xiaoming' })).toMatchObject({ ok: true });
    await page.locator('[data-action="confirm-identity"]').click();
    await answer(page, 'allInsurances', 'last12');
    await page.locator('[data-screen="preview"] canvas[data-rendered-page="1"]').waitFor({ timeout: 20_000 });
    await action(page, 'print').click();
    await page.locator('[data-screen="print"] [data-print="done"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-action="back"]').count()).toBe(0);
    expect(await page.locator('[data-action="home"]').count()).toBe(0);
    await page.locator('[data-screen="print"] [role="timer"]').waitFor();
    await screenshot(page, 'safety-print-done-countdown');
    // Nobody taps: the page moves on to the rating, which has no way back into the document.
    await page.locator('[data-screen="evaluation"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-action="back"]').count()).toBe(0);
    expect(await page.locator('[data-screen="preview"], [data-screen="print"]').count()).toBe(0);

    // 请取走您的身份证 with the card still on the reader: neither the countdown nor 完成 ends the session.
    await page.locator('[data-action="skip-evaluation"]').click();
    await page.locator('[data-screen="take-card"] [data-card-on-reader]').waitFor();
    expect(await page.locator('[data-screen="take-card"] #k-screen-title').textContent()).toBe(
      '请取走您的身份证和打印件',
    );
    await page.waitForTimeout(17_000); // past the 15 s countdown (TAKE_CARD_SECONDS) a page without a card ends by
    await page.locator('[data-action="finish"]').click();
    expect(await page.locator('[data-screen="take-card"]').count()).toBe(1);
    expect(Number(await page.locator('[data-card-on-reader]').getAttribute('data-reminders'))).toBeGreaterThan(0);
    await screenshot(page, 'safety-card-still-on-reader');
    // Lifted: the page ends by itself a few seconds later.
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
    await page.locator('[data-screen="attract"]').waitFor({ timeout: 10_000 });
  }, 120_000);
});
