import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KioskUnderTest, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectAccessible, expectPageFits } from './support/page-checks.js';
import { shotsOf } from './support/screenshots.js';
import {
  action,
  chooseSituations,
  identify,
  invoke,
  keyboardKey,
  openFromSearch,
  typeKeypad,
  typePinyin,
} from './support/steps.js';

/**
 * Issue 10 #7: the address rule is said before anything is typed, and a mistake is mended where it is — the
 * on-screen keyboard moves the caret (◀ ▶), deletes a word (删词) and composes pinyin at the caret — instead of
 * clearing and typing everything again against the idle timer. On 不动产登记预约 (BDC-003), whose 不动产坐落
 * must lie in the district.
 */
const shot = shotsOf('keyboard-', [expectPageFits, expectAccessible]);

const fieldValue = (page: Page) => page.locator('[data-screen="field"] input[data-field]').inputValue();
const caretAt = (page: Page) =>
  page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-screen="field"] input[data-field]');
    return { focused: document.activeElement === input, caret: input?.selectionStart ?? -1 };
  });

async function press(page: Page, key: string, times = 1) {
  for (let i = 0; i < times; i += 1) await keyboardKey(page, key).click();
}

describe('the on-screen keyboard mends a mistake where it is', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk();
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('shows the district rule first; ◀ ▶ move the caret, pinyin goes in at it, 删词 deletes a word', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await openFromSearch(page, 'bdcdjyy', 'BDC-003');
    await identify(page, kiosk, 'zhang-xiaoming');

    // On to the address: the question, a time slot and the mobile number on the way.
    for (let turn = 0; turn < 8; turn += 1) {
      const screen = await page.locator('main[data-screen]').getAttribute('data-screen');
      const field = await page
        .locator('[data-screen="field"] [data-field]')
        .first()
        .getAttribute('data-field', {
          timeout: 500,
        })
        .catch(() => null);
      if (field === 'propertyAddress') break;
      const title = await page.locator('#k-screen-title').textContent();
      if (screen === 'situation') await chooseSituations(page);
      else if (screen === 'slot') await page.locator('main [data-slot]:not([disabled])').first().click();
      else if (field === 'mobile') await typeKeypad(page, '13912345678');
      await action(page, 'continue').click();
      await page.waitForFunction((was) => document.querySelector('#k-screen-title')?.textContent !== was, title);
    }
    await page.locator('[data-screen="field"] input[data-field="propertyAddress"]').waitFor();

    // The rule before input, with no error on the page.
    const hint = (await page.locator('#field-propertyAddress-hint').textContent()) ?? '';
    expect(hint).toContain('须在阳泉市郊区范围内，写明乡镇');
    expect(await page.locator('.k-error-summary').count()).toBe(0);

    // 郊区河底镇12号, typed in pinyin and on the symbols page.
    await typePinyin(page, [
      ['jiao', '郊'],
      ['qu', '区'],
      ['he', '河'],
      ['di', '底'],
    ]);
    await press(page, '{symbols}');
    for (const key of ['镇', '1', '2', '号']) await press(page, key);
    await expect.poll(() => fieldValue(page)).toBe('郊区河底镇12号');

    // The street was left out: three steps back, and 中街 in pinyin goes in at the caret.
    await press(page, '{left}', 3);
    await expect.poll(() => caretAt(page)).toEqual({ focused: true, caret: 5 });
    await shot(page, 'caret');
    await press(page, '{letters}');
    await typePinyin(page, [
      ['zhong', '中'],
      ['jie', '街'],
    ]);
    await expect.poll(() => fieldValue(page)).toBe('郊区河底镇中街12号');
    await expect.poll(() => caretAt(page)).toEqual({ focused: true, caret: 7 });

    // The number was wrong: to the end, 删词 twice takes 号 and then 12; 23号 typed again.
    await press(page, '{right}', 3);
    await press(page, '{bkspword}');
    await expect.poll(() => fieldValue(page)).toBe('郊区河底镇中街12');
    await press(page, '{bkspword}');
    await expect.poll(() => fieldValue(page)).toBe('郊区河底镇中街');
    await press(page, '{symbols}');
    for (const key of ['2', '3', '号']) await press(page, key);
    await expect.poll(() => fieldValue(page)).toBe('郊区河底镇中街23号');
    // ⌫ deletes the character before the caret, not the last one.
    await press(page, '{left}');
    await press(page, '{bksp}');
    await expect.poll(() => fieldValue(page)).toBe('郊区河底镇中街2号');
    await shot(page, 'mended');

    await action(page, 'continue').click();
    await page.locator('[data-screen="field"] input[data-field="propertyAddress"]').waitFor({ state: 'detached' });
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
    await page.close();
  });
});
