import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { findDemoCitizen } from '../../../shared/demo/demo-citizens.js';
import { KioskApi, type PrintedJob } from '../robot/kiosk-api.js';
import { situationsOnScreen } from '../robot/page-actions.js';
import type { KioskUnderTest } from './kiosk-harness.js';

/**
 * Steps a test takes at the kiosk the way a citizen does (taps on the on-screen keyboard and keypad, the
 * screen's own action buttons), and the contract calls a test makes beside the page. Shared by the suites so
 * that a change of a screen's markup is made once.
 */
export type Json = Record<string, unknown>;
export type Reply<T> = { ok: boolean; value?: T; error?: { code: string } };
export type { PrintedJob };

/** A contract call as the page makes it (through the robot's KioskApi), its reply returned whether ok or not. */
export async function invoke<T = Json>(kiosk: KioskUnderTest, method: string, body: Json = {}): Promise<Reply<T>> {
  return new KioskApi(kiosk).call<T>(method, body);
}

export async function printed(kiosk: KioskUnderTest): Promise<PrintedJob[]> {
  const reply = await invoke<{ jobs: PrintedJob[] }>(kiosk, 'devices.sim.printed');
  return reply.value?.jobs ?? [];
}

export const action = (page: Page, name: string) => page.locator(`.k-screen__actions [data-action="${name}"]`);

/** A key of the on-screen keyboard (simple-keyboard), by its data-skbtn. */
export const keyboardKey = (page: Page, key: string) => page.locator(`.k-keyboard [data-skbtn="${key}"]`);

/**
 * From the attract screen to an item's first step: 搜索, the pinyin initials on the on-screen keyboard, the item,
 * its guide, 开始办理. `atHome` is what the citizen does on the home screen first (长辈模式, English).
 */
export async function openFromSearch(page: Page, letters: string, code: string, atHome?: () => Promise<unknown>) {
  await page.locator('[data-screen="attract"]').click();
  await atHome?.();
  await page.locator('[data-action="search"]').click();
  await page.locator('[data-screen="search"]').waitFor();
  for (const key of letters) await keyboardKey(page, key).click();
  await page.locator(`[data-item="${code}"]`).click();
  await page.locator('[data-screen="guide"]').waitFor();
  await page.locator('[data-action="start"]').click();
}

export async function typeKeypad(page: Page, digits: string) {
  await page.locator('.k-keypad [data-key="clear"]').click();
  for (const d of digits) await page.locator(`.k-keypad [data-key="${d}"]`).click();
}

/** Types Chinese with the pinyin keyboard: the letters of each syllable, then its character from the candidate bar. */
export async function typePinyin(page: Page, pairs: ReadonlyArray<readonly [string, string]>) {
  for (const [letters, char] of pairs) {
    for (const key of letters) await keyboardKey(page, key).click();
    for (let turn = 0; turn < 15; turn += 1) {
      const candidate = page.locator(`.k-keyboard [data-candidate="${char}"]`);
      if ((await candidate.count()) > 0) {
        await candidate.first().click();
        break;
      }
      await page.locator('.k-keyboard__candidate-pages button').last().click();
    }
  }
}

/** Chooses `values` on a situation page (one question, or two that share the page), then 继续. */
export async function answer(page: Page, ...values: string[]) {
  for (const value of values) await page.locator(`[data-screen="situation"] [data-value="${value}"]`).click();
  await action(page, 'continue').click();
}

/**
 * Answers every question on a situation page: `values` names the choice for a question, others take their
 * first choice. Does not press 继续. Returns the questions asked.
 */
export async function chooseSituations(page: Page, values: Readonly<Record<string, string>> = {}): Promise<string[]> {
  await page.locator('main[data-screen="situation"]').waitFor();
  const asked = await situationsOnScreen(page);
  for (const id of asked) {
    const group = page.locator(`main[data-screen="situation"] #situation-${id}`);
    const wanted = values[id];
    await (wanted ? group.locator(`[data-value="${wanted}"]`) : group.locator('[role="radio"]').first()).click();
  }
  return asked;
}

/**
 * Places the demo citizen's card when the identify page waits (the previous card lifted first) and confirms the
 * masked name. `look.waiting` runs while the page waits for the card, `look.confirming` when it shows the name.
 */
export async function identify(
  page: Page,
  kiosk: KioskUnderTest,
  citizenKey: string,
  look: { readonly waiting?: () => Promise<unknown>; readonly confirming?: () => Promise<unknown> } = {},
) {
  await page.locator('[data-screen="identify"] [data-reader-status]').waitFor();
  await look.waiting?.();
  // The previous citizen took their card away; the reader notices a lifted card after a few polls.
  await takeCardAway(kiosk);
  await page.waitForTimeout(600);
  expect((await invoke(kiosk, 'devices.sim.placeCard', { citizenKey })).ok).toBe(true);
  await page.locator('[data-action="confirm-identity"]').waitFor({ timeout: 10_000 });
  await look.confirming?.();
  await page.locator('[data-action="confirm-identity"]').click();
}

/**
 * The citizen leaves with their card. A suite whose tests stop mid-flow calls it after each test: a card left on
 * the reader keeps the next person's attract screen from starting a session (as it should), and the next test
 * is the next person.
 */
export async function takeCardAway(kiosk: KioskUnderTest) {
  expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
}

/** The masked name on the identify page keeps the first and last character only (张*明); compared, never printed. */
export async function expectMaskedName(page: Page, citizenKey: string) {
  const citizen = findDemoCitizen(citizenKey);
  const masked = await page.locator('[data-masked-name]').textContent();
  expect(
    masked?.includes('*') &&
      citizen &&
      masked.startsWith([...citizen.name][0] ?? '') &&
      !masked.includes([...citizen.name][1] ?? ''),
  ).toBe(true);
}

/** 企业信息查询 (SC-009) without an ID card: the name typed in pinyin (建国), up to the register entries shown. */
export async function lookUpPublicRecord(page: Page) {
  await openFromSearch(page, 'qycx', 'SC-009');
  await answer(page, 'name');
  await page.locator('[data-screen="field"]').waitFor();
  await typePinyin(page, [
    ['jian', '建'],
    ['guo', '国'],
  ]);
  await action(page, 'continue').click();
  await page.locator('[data-screen="result"] [data-entry]').first().waitFor({ timeout: 10_000 });
}

/** 满意 on the evaluation page, sent, and 继续 on the thanks. */
export async function rateSatisfied(page: Page) {
  await page.locator('[data-screen="evaluation"]').waitFor();
  await page.locator('[data-screen="evaluation"] [data-value="satisfied"]').click();
  await page.locator('[data-action="submit-evaluation"]').click();
  await page.locator('[data-screen="evaluation-sent"]').waitFor();
  await page.locator('[data-screen="evaluation-sent"] [data-action="continue"]').click();
}

/** 满意, then (with a card) 请取走您的身份证 — the card is lifted, as the page waits for — then the wipe. */
export async function evaluateAndLeave(page: Page, cardOn: KioskUnderTest | false) {
  await rateSatisfied(page);
  if (cardOn) {
    await page.locator('[data-screen="take-card"]').waitFor({ timeout: 10_000 });
    await liftCard(page, cardOn);
  }
  await page.locator('[data-screen="attract"]').waitFor();
}

/** At 请取走您的身份证: the citizen lifts the card (the page waits for it), then taps 完成. */
export async function liftCard(page: Page, kiosk: KioskUnderTest) {
  await takeCardAway(kiosk);
  await page.locator('[data-screen="take-card"] [role="timer"]').waitFor();
  await page.locator('[data-action="finish"]').click();
}
