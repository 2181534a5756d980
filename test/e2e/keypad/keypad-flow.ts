import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  type Catalog,
  type FormField,
  type Material,
  resolvePackage,
  resolveSituation,
} from '../../../shared/catalog/index.js';
import { maskIdNumber, maskName } from '../../../shared/validation/id-number.js';
import { answerOverrides, citizenFor, creditCodeOf } from '../robot/citizen-choice.js';
import { keysFor, newValueContext, valueFor } from '../robot/field-values.js';
import { KioskApi } from '../robot/kiosk-api.js';
import { CitizenHands, openAttractScreen, RobotStuck, signature, situationsOnScreen } from '../robot/page-actions.js';
import { planTyping } from '../robot/pinyin-typing.js';
import { checkWipe } from '../robot/wipe-check.js';
import type { KioskUnderTest } from '../support/kiosk-harness.js';
import { KeypadHands } from './keypad-hands.js';

export interface KeypadRun {
  readonly code: string;
  readonly variant: string;
  readonly completed: boolean;
  readonly reason?: string;
  readonly presses: number;
  /** What was not a key: the card placed and lifted, the phone paying, the signature stroke. */
  readonly otherActions: string[];
  readonly pages: string[];
  readonly worstRing: { ratio: number; where: string };
  readonly screensSeen: string[];
  /** Per page checked, the audio that started for its spoken text: from the clip pack, or synthesized live. */
  readonly audio: { readonly pages: number; readonly clips: number; readonly live: number };
}

const CONTINUE = 'main .k-screen__actions [data-action="continue"]';

/**
 * One citizen does one item or package with a USB keypad only, from the attract screen to the checked wipe,
 * with the page checks of KeypadHands on every page.
 */
export async function runByKeypad(
  kiosk: KioskUnderTest,
  catalog: Catalog,
  code: string,
  options: { readonly variant: string; readonly language: 'zh-CN' | 'en'; readonly senior: boolean },
): Promise<KeypadRun> {
  const context: BrowserContext = await kiosk.browser.newContext({
    viewport: { width: 1080, height: 1920 },
    deviceScaleFactor: 1,
    hasTouch: true,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  const page: Page = await context.newPage();
  const api = new KioskApi(kiosk);
  const state = new CitizenHands(page, api); // only to read the page's state, never to tap
  const citizen = citizenFor(catalog, code);
  const secrets = new Set([citizen.name, maskName(citizen.name), citizen.idNumber, maskIdNumber(citizen.idNumber)]);
  const keys = new KeypadHands(page, options.variant, secrets);
  const otherActions: string[] = [];
  const screensSeen: string[] = [];
  const item = catalog.items.find((i) => i.code === code);
  const pkg = catalog.packages.find((p) => p.code === code);
  const given: Record<string, string> = {};
  const resolved = (): { fields: readonly FormField[]; materials: readonly Material[] } => {
    if (item) return resolveSituation(item, given);
    const r = resolvePackage(pkg as NonNullable<typeof pkg>, catalog, given);
    return { fields: r.fields.map((f) => f.field), materials: r.materials.map((m) => m.material) };
  };
  const values = newValueContext(new Date(), creditCodeOf(citizen));
  const typed = new Set<string>();
  let reason: string | undefined;
  try {
    await openAttractScreen(page, kiosk.host.url);
    // Nothing is focused: Enter goes to the attract screen's button, Enter again starts.
    await keys.press('Enter');
    await keys.press('Enter');
    await page.locator('[data-screen="home"]').waitFor({ timeout: 5_000 });
    // The first key turned the voice on (EZ-Access); the session's voice settings are on the page.
    await page.locator('html[data-voice="on"]').waitFor({ state: 'attached', timeout: 3_000 });
    await keys.checkPage('home');
    if (options.senior) {
      await keys.activate('.k-senior-toggle');
      await page.locator('.k-senior-toggle[aria-pressed="true"]').waitFor({ timeout: 3_000 });
    }
    if (options.language === 'en') {
      await keys.press('l');
      await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 3_000 });
    }
    // Louder and faster, to see them reset at the wipe.
    await keys.press('=');
    await keys.press('.');
    await page.locator('html[data-voice-volume="1"][data-voice-rate="fast"]').waitFor({ state: 'attached' });
    // 长辈模式 and English are page changes of their own (the heading has focus again).
    if (options.senior || options.language === 'en') await keys.checkPage(options.senior ? 'home-senior' : 'home-en');

    // 搜索: typed on the keypad's letters into the search box (the on-screen keyboard takes them).
    await keys.activate('main [data-action="search"]');
    await page.locator('[data-screen="search"]').waitFor({ timeout: 5_000 });
    await keys.checkPage('search');
    await keys.focus('#search-query');
    for (const ch of code.toLowerCase()) await keys.press(ch);
    await page.locator(`main [data-item="${code}"]`).waitFor({ timeout: 5_000 });
    await keys.activate(`main [data-item="${code}"]`);
    await page.locator('main[data-screen="guide"]').waitFor({ timeout: 5_000 });

    for (let n = 0; n < 80; n += 1) {
      const now = await state.state();
      if (now.session === 'idle') break;
      const screen = now.screen ?? 'none';
      screensSeen.push(screen);
      const before = signature(now);
      let settle = 15_000;
      switch (screen) {
        case 'guide':
          await keys.checkPage('guide');
          await keys.activate('main [data-action="start"]');
          break;
        case 'identify': {
          if (!(await state.visible('main [data-action="confirm-identity"]'))) {
            await keys.checkPage('identify');
            await api.removeCard();
            await page.waitForTimeout(600);
            await api.placeCard(citizen.key);
            otherActions.push('card placed');
            await state.waitFor('main [data-action="confirm-identity"]', 10_000, 'the identity confirmation');
          }
          const businesses = page.locator('main [data-business-choice] [role="radio"]');
          await keys.checkPage((await businesses.count()) > 0 ? 'identify-business' : 'identify-confirm');
          if (
            (await businesses.count()) > 0 &&
            (await businesses.and(page.locator('[aria-checked="true"]')).count()) === 0
          )
            await keys.activate('main [data-business-choice] [role="radio"]');
          await keys.activate('main [data-action="confirm-identity"]');
          // The page changed under the robot (waiting → confirm): wait for this press to take effect.
          await page.locator('main [data-action="confirm-identity"]').waitFor({ state: 'detached', timeout: 10_000 });
          break;
        }
        case 'situation': {
          await keys.checkPage('situation');
          // One question, or two that share the page: each group is answered in turn.
          for (const id of await situationsOnScreen(page)) {
            const group = `main #situation-${id}`;
            const checked = await page
              .locator(`${group} [role="radio"][aria-checked="true"]`)
              .first()
              .getAttribute('data-value', { timeout: 200 })
              .catch(() => null);
            const first = await page.locator(`${group} [role="radio"]`).first().getAttribute('data-value');
            const choice = answerOverrides[code]?.[id] ?? checked ?? first ?? '';
            if (checked !== choice) {
              await keys.activate(`${group} [role="radio"][data-value="${choice}"]`);
              await keys.checkRing(`${options.variant} situation choice`);
            }
            given[id] = choice;
          }
          // → is the page's way forward (继续), as VxMark's next-page key.
          await keys.press('ArrowRight');
          break;
        }
        case 'field':
          await keys.checkPage(
            `field-${(await page.locator('main [data-field-type]').first().getAttribute('data-field-type')) ?? ''}`,
          );
          await fillByKeys(keys, page, resolved, values, typed);
          await keys.activate(CONTINUE);
          break;
        case 'materials':
          await page.locator('main [data-licenses="loading"]').waitFor({ state: 'detached', timeout: 10_000 });
          await keys.checkPage('materials');
          await materialsByKeys(keys, page, resolved);
          await keys.activate(CONTINUE);
          break;
        case 'commitment':
        case 'sign': {
          await keys.checkPage(screen);
          if (
            screen === 'commitment' &&
            (await page.locator('main [data-action="accept-commitment"][aria-checked="true"]').count()) === 0
          ) {
            await keys.activate('main [data-action="accept-commitment"]');
            // 我承诺 brings the pad onto the page (the commitment page takes the signature).
            await page.locator('main [data-signature-pad], main .k-sign__saved').first().waitFor({ timeout: 3_000 });
          }
          // The one thing a keypad cannot do: a signature. One stroke by touch, reported apart.
          if (await state.visible('main [data-signature-pad]')) {
            await state.stroke('main [data-signature-pad]');
            otherActions.push('signature stroke (touch)');
          }
          await keys.activate(CONTINUE);
          break;
        }
        case 'check':
          await keys.checkPage('check');
          await keys.activate(CONTINUE);
          break;
        case 'submit':
        case 'book-submit':
          settle = 20_000;
          break;
        case 'confirmation': {
          await state.waitFor('main [data-case-number], main [data-local-number]', 15_000, 'a case number');
          const deadline = Date.now() + 25_000;
          for (;;) {
            const statuses = await page
              .locator('main [data-print]')
              .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.printStatus ?? ''));
            if (statuses.length > 0 && statuses.every((s) => s === 'done')) break;
            if (statuses.includes('failed') || Date.now() > deadline)
              throw new RobotStuck(`printing at the confirmation: ${statuses.join(',')}`);
            await page.waitForTimeout(100);
          }
          await keys.checkPage('confirmation');
          // An item's 好差评 is asked on the confirmation page: very satisfied, thanked for, then 继续.
          if (await state.visible('main [data-rating="choosing"]')) {
            await keys.activate('main [data-rating="choosing"] [role="radio"][data-value="verySatisfied"]');
            await state.waitFor('main [data-rating="thanks"], main [data-rating="failed"]', 10_000, 'the thanks');
          }
          await keys.activate(CONTINUE);
          break;
        }
        case 'evaluation':
          await keys.checkPage('evaluation');
          await keys.activate('main [role="radio"][data-value="verySatisfied"]');
          await keys.activate(
            'main .k-screen__actions [data-action="submit-evaluation"], main .k-screen__actions [data-action="continue"]',
          );
          break;
        case 'evaluation-sent':
          settle = 20_000;
          await page
            .locator(`${CONTINUE}:not([disabled])`)
            .waitFor({ timeout: 15_000 })
            .catch(() => undefined);
          if ((await state.state()).screen === 'evaluation-sent') {
            await keys.checkPage('evaluation-sent');
            if (await state.visible(`${CONTINUE}:not([disabled])`)) await keys.activate(`${CONTINUE}:not([disabled])`);
          }
          break;
        case 'take-card':
          await keys.checkPage('take-card');
          await api.removeCard();
          otherActions.push('card lifted');
          await state.waitFor('[data-screen="take-card"] [role="timer"]', 10_000, 'the card lifted');
          await keys.activate('main [data-action="finish"]');
          break;
        case 'preview':
          await state.waitFor('main [data-action="print"]:not([disabled])', 15_000, 'the preview');
          await keys.checkPage('preview');
          await keys.activate('main [data-action="print"]');
          break;
        case 'print':
        case 'pay-receipt':
        case 'booking': {
          await state.waitFor(`${CONTINUE}, main [data-action="skip-print"]`, 25_000, 'the end of printing');
          if (!(await state.visible(CONTINUE))) throw new RobotStuck(`${screen}: printing failed`);
          await keys.checkPage(screen);
          await keys.activate(CONTINUE);
          break;
        }
        case 'result': {
          await state.waitFor(`main .k-screen__actions [data-action="print"], ${CONTINUE}`, 15_000, 'the result');
          await keys.checkPage('result');
          await keys.activate(
            (await state.visible('main .k-screen__actions [data-action="print"]'))
              ? 'main .k-screen__actions [data-action="print"]'
              : CONTINUE,
          );
          break;
        }
        case 'bill': {
          await state.waitFor(`main [data-action="pay"], ${CONTINUE}`, 15_000, 'the bill');
          await keys.checkPage('bill');
          await keys.activate(
            (await state.visible('main [data-action="pay"]')) ? 'main [data-action="pay"]' : CONTINUE,
          );
          break;
        }
        case 'pay': {
          const order = await state.waitFor('main [data-order]', 10_000, 'the payment QR code');
          await keys.checkPage('pay');
          const orderNumber = await order.getAttribute('data-order');
          if (!orderNumber) throw new RobotStuck('no order number');
          await api.pay(orderNumber);
          otherActions.push('paid by phone');
          break;
        }
        case 'slot':
          await state.waitFor('main [data-slot]:not([disabled])', 10_000, 'a free slot');
          await keys.checkPage('slot');
          await keys.activate('main [data-slot]:not([disabled])');
          await keys.activate(CONTINUE);
          break;
        case 'face': {
          await state.waitFor('main [data-action="start-face"]', 10_000, 'the face camera');
          await keys.checkPage('face');
          await keys.activate('main [data-action="start-face"]');
          await page.locator('main[data-screen="face"]').waitFor({ state: 'detached', timeout: 15_000 });
          break;
        }
        default:
          throw new RobotStuck(`the keypad robot has no handler for screen "${screen}"`);
      }
      const after = await state.waitForChange(before, settle);
      if (!after) throw new RobotStuck(`stuck on ${screen}: ${await state.problemText()}`);
    }
    const wipe = await checkWipe(page, citizen, typed);
    if (!wipe.ok) throw new RobotStuck(`not wiped: ${wipe.leftovers.join(', ')}`);
    // Voice, volume, speed and language are back to their defaults.
    const after = await page.evaluate(() => ({
      ...document.documentElement.dataset,
      lang: document.documentElement.lang,
    }));
    expect(after).toMatchObject({
      voice: 'off',
      voiceVolume: '0.8',
      voiceRate: 'configured',
      privateMode: 'off',
      lang: 'zh-CN',
    });
  } catch (error) {
    reason = error instanceof RobotStuck ? error.reason : String(error).split('\n')[0];
    if (process.env.KEYPAD_DEBUG) {
      const { screenshot } = await import('../support/kiosk-harness.js');
      await screenshot(page, `keypad-fail-${options.variant}-${code}`).catch(() => undefined);
    }
    if (!(error instanceof RobotStuck)) {
      await context.close().catch(() => undefined);
      await api.removeCard().catch(() => undefined);
      throw error;
    }
  }
  await context.close().catch(() => undefined);
  await api.removeCard().catch(() => undefined);
  return {
    code,
    variant: options.variant,
    completed: reason === undefined,
    ...(reason ? { reason } : {}),
    presses: keys.presses,
    otherActions,
    pages: keys.pages,
    worstRing: keys.worstRing,
    screensSeen,
    audio: {
      pages: keys.played.length,
      clips: keys.played.filter((p) => p.clip !== null).length,
      live: keys.played.filter((p) => p.clip === null).length,
    },
  };
}

async function fillByKeys(
  keys: KeypadHands,
  page: Page,
  resolved: () => { fields: readonly FormField[] },
  values: ReturnType<typeof newValueContext>,
  typed: Set<string>,
): Promise<void> {
  const onPage = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('main [data-field-type]');
    return {
      id: el?.dataset.field ?? el?.id.replace(/^field-/, '') ?? '',
      text: el instanceof HTMLInputElement ? el.value : undefined,
      checked: document.querySelectorAll('main [aria-checked="true"]').length,
    };
  });
  const field = resolved().fields.find((f) => f.id === onPage.id);
  if (!field) throw new RobotStuck(`field ${onPage.id} not in the catalog`);
  if (field.type === 'choice') {
    if (onPage.checked > 0) return;
    const value = valueFor(field, values);
    for (const v of Array.isArray(value) ? value : [value]) await keys.activate(`main [data-value="${v}"]`);
    return;
  }
  const current = onPage.text ?? '';
  if (field.type === 'date' ? current !== '' && !current.includes('_') : current.trim() !== '') return;
  const value = valueFor(field, values);
  if (typeof value !== 'string') throw new RobotStuck(`no value for field ${field.id}`);
  if (field.type === 'name' || field.type === 'idNumber' || field.type === 'phone') typed.add(value);
  keys.secrets.add(value);
  const text = keysFor(field, value);
  if (await page.locator('main .k-keypad').count()) {
    // A number pad: the keypad's digits type on it directly (X for an ID number's last character).
    for (const ch of text) await keys.press(ch);
    // Each digit is said back as it is typed (none of these fields is a secret).
    await page.waitForTimeout(50);
    expect(await page.locator('[data-speech-echo]').innerText(), `field ${field.id}: echo`).toBe(text.at(-1));
  } else {
    const mode = ((await page.locator('.k-keyboard').getAttribute('data-mode')) ?? 'pinyin') as
      'pinyin' | 'letters' | 'symbols';
    const plan = planTyping(text, mode);
    if (!plan) throw new RobotStuck(`field ${field.id}: cannot plan typing`);
    await keys.focus('main [data-field-type]');
    for (const step of plan) {
      if (step.kind === 'candidate') {
        // Further candidates: ↓ to the bar's › and Enter per page (the digits then pick on that page).
        if (step.pagesForward > 0) await keys.focus('.k-keyboard__candidate-pages button:last-child');
        for (let turn = 0; turn < step.pagesForward; turn += 1) await keys.press('Enter');
        const index = await page
          .locator('.k-keyboard [data-candidate]')
          .evaluateAll((els, ch) => els.findIndex((e) => (e as HTMLElement).dataset.candidate === ch), step.char);
        if (index < 0 || index > 6) throw new RobotStuck(`field ${field.id}: candidate ${step.char} not shown`);
        await keys.press(String(index + 1));
      } else if (/^[a-z]$/.test(step.key)) await keys.press(step.key);
      else await keys.gridKey(step.key);
    }
  }
  const shown = await page.locator(`main [id="field-${field.id}"]`).inputValue();
  if (field.type !== 'date' && shown.replace(/\s/g, '') !== text.replace(/\s/g, ''))
    throw new RobotStuck(`field ${field.id}: typing by keys gave a different text`);
}

async function materialsByKeys(
  keys: KeypadHands,
  page: Page,
  resolved: () => { materials: readonly Material[] },
): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) {
    const open = await page
      .locator('main [data-material][data-status="missing"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.material ?? ''));
    for (const id of open) {
      if (resolved().materials.find((m) => m.id === id)?.optional) continue;
      const row = `main [data-material="${id}"]`;
      const has = async (action: string) => (await page.locator(`${row} [data-action="${action}"]`).count()) > 0;
      if (await has('way-commitment')) {
        await keys.activate(`${row} [data-action="way-commitment"]`);
      } else if (await has('way-later')) {
        await keys.activate(`${row} [data-action="way-later"]`);
      } else if (await has('way-scan')) {
        await keys.activate(`${row} [data-action="way-scan"]`);
        const dialog = 'dialog[data-dialog="scan"]';
        await page.locator(`${dialog} [data-action="capture"]:not([disabled])`).waitFor({ timeout: 8_000 });
        await keys.activate(`${dialog} [data-action="capture"]`);
        await page.locator(`${dialog} [data-action="use-page"]`).waitFor({ timeout: 5_000 });
        await keys.activate(`${dialog} [data-action="use-page"]`);
        await keys.activate(`${dialog} [data-action="scan-done"]`);
        await page.locator(dialog).waitFor({ state: 'detached', timeout: 3_000 });
      } else throw new RobotStuck(`material ${id}: no way the keypad robot takes`);
    }
    const status = page.locator('main .k-pager__status');
    if ((await status.count()) === 0) break;
    const [at, of] = [await status.getAttribute('data-pager-page'), await status.getAttribute('data-pager-pages')];
    if (at === of) break;
    await keys.activate(CONTINUE);
    await page.locator(`main .k-pager__status[data-pager-page="${Number(at) + 1}"]`).waitFor();
  }
}
