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
