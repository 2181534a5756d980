import type { Page } from 'playwright-core';
import type { KioskUnderTest } from './kiosk-harness.js';

/**
 * Steps a test takes at the kiosk the way a citizen does (taps on the on-screen keyboard and keypad, the
 * screen's own action buttons), and the contract calls a test makes beside the page. Shared by the suites so
 * that a change of a screen's markup is made once.
 */
export type Json = Record<string, unknown>;
export type Reply<T> = { ok: boolean; value?: T; error?: { code: string } };

export async function invoke<T = Json>(kiosk: KioskUnderTest, method: string, body: Json = {}): Promise<Reply<T>> {
  const response = await fetch(`${kiosk.host.origin}/api/invoke/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${kiosk.host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Reply<T>;
}

export interface PrintedJob {
  device: string;
  documentId: string;
  title: string;
  media: string;
  bytes: number;
}

export async function printed(kiosk: KioskUnderTest): Promise<PrintedJob[]> {
  const reply = await invoke<{ jobs: PrintedJob[] }>(kiosk, 'devices.sim.printed');
  return reply.value?.jobs ?? [];
}

export const action = (page: Page, name: string) => page.locator(`.k-screen__actions [data-action="${name}"]`);

export async function openFromSearch(page: Page, letters: string, code: string) {
  await page.locator('[data-screen="attract"]').click();
  await page.locator('[data-action="search"]').click();
  await page.locator('[data-screen="search"]').waitFor();
  for (const key of letters) await page.locator(`.k-keyboard [data-skbtn="${key}"]`).click();
  await page.locator(`[data-item="${code}"]`).click();
  await page.locator('[data-screen="guide"]').waitFor();
  await page.locator('[data-action="start"]').click();
}

export async function typeKeypad(page: Page, digits: string) {
  await page.locator('.k-keypad [data-key="clear"]').click();
  for (const d of digits) await page.locator(`.k-keypad [data-key="${d}"]`).click();
}

export async function typePinyin(page: Page, pairs: ReadonlyArray<readonly [string, string]>) {
  for (const [letters, char] of pairs) {
    for (const key of letters) await page.locator(`.k-keyboard [data-skbtn="${key}"]`).click();
    for (let turn = 0; turn < 12; turn += 1) {
      const candidate = page.locator(`.k-keyboard [data-candidate="${char}"]`);
      if ((await candidate.count()) > 0) {
        await candidate.click();
        break;
      }
      await page.locator('.k-keyboard__candidate-pages button').last().click();
    }
  }
}

export async function answer(page: Page, value: string) {
  await page.locator(`[data-screen="situation"] [data-value="${value}"]`).click();
  await action(page, 'continue').click();
}

/** 满意, then (with a card) 请取走您的身份证, then the wipe back to the attract screen. */
export async function evaluateAndLeave(page: Page, withCard: boolean) {
  await page.locator('[data-screen="evaluation"]').waitFor();
  await page.locator('[data-screen="evaluation"] [data-value="satisfied"]').click();
  await page.locator('[data-action="submit-evaluation"]').click();
  await page.locator('[data-screen="evaluation-sent"]').waitFor();
  await page.locator('[data-screen="evaluation-sent"] [data-action="continue"]').click();
  if (withCard) {
    await page.locator('[data-screen="take-card"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-action="finish"]').click();
  }
  await page.locator('[data-screen="attract"]').waitFor();
}
