import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { themeVariables } from '../../renderer/src/theme/apply-theme.js';
import { contrastThemes } from '../../renderer/src/theme/contrast-themes.js';
import { screenProfiles } from '../../renderer/src/theme/screen-profiles.js';
import { KeypadHands } from './keypad/keypad-hands.js';
import { type KeypadRun, runByKeypad } from './keypad/keypad-flow.js';
import { openAttractScreen } from './robot/page-actions.js';
import { type KioskUnderTest, outputDir, screenshot, startKiosk } from './support/kiosk-harness.js';

/**
 * Issue 14: a citizen with a USB keypad — keyboard events only — completes one item of each flow kind and a
 * package, in Chinese, in English and in 长辈模式, from the attract screen to the checked wipe. On every page:
 * focus on the new heading, a spoken text (data-spoken) that names the heading and every action and holds no
 * personal value, axe with no serious or critical finding, and a focus ring ≥ 3:1 against its background.
 * After the wipe: voice, volume, speed and language back to their defaults. Not keys: the card placed and
 * lifted, the phone paying, and the one signature stroke (a keypad cannot sign) — listed per run.
 *
 * KEYPAD_ONLY=GJJ-001 and KEYPAD_VARIANTS=zh run a selection; KEYPAD_SHOTS=1 photographs every page.
 */
const byKind: Readonly<Record<string, string>> = {
  print: 'GJJ-001',
  query: 'GA-004',
  certify: 'RS-003',
  pay: 'SW-004',
  book: 'MZ-001',
  apply: 'WJ-002',
  package: 'YJS-003',
};
const variants = [
  { variant: 'zh', language: 'zh-CN', senior: false },
  { variant: 'en', language: 'en', senior: false },
  { variant: 'senior', language: 'zh-CN', senior: true },
] as const;

const only = process.env.KEYPAD_ONLY?.split(',');
const onlyVariants = process.env.KEYPAD_VARIANTS?.split(',');
const cases = variants
  .filter((v) => !onlyVariants || onlyVariants.includes(v.variant))
  .flatMap((v) =>
    Object.entries(byKind)
      .filter(([, code]) => !only || only.includes(code))
      .map(([kind, code]) => ({ ...v, kind, code })),
  );

let kiosk: KioskUnderTest;
const runs: KeypadRun[] = [];

beforeAll(async () => {
  kiosk = await startKiosk({ developerMode: true });
}, 60_000);

afterAll(async () => {
  writeFileSync(resolve(outputDir, 'keypad-robot-summary.json'), JSON.stringify(runs, null, 2));
  await kiosk?.close();
});

describe('keypad robot (keyboard events only)', () => {
  it.for(cases)('$variant $kind $code', { timeout: 240_000 }, async ({ variant, language, senior, kind, code }) => {
    const run = await runByKeypad(kiosk, defaultCatalog, code, { variant, language, senior });
    runs.push(run);
    console.log(
      `[keypad ${variant}] ${kind} ${code}: ${run.completed ? 'done' : 'NOT DONE'} · ${run.presses} keys · ${run.pages.length} pages checked · audio ${run.audio.clips} clip / ${run.audio.live} live · ring ≥ ${run.worstRing.ratio.toFixed(2)} · not keys: ${run.otherActions.join(', ') || 'none'}${run.reason ? ` · ${run.reason}` : ''}`,
    );
    expect(run.reason ?? 'completed').toBe('completed');
    // Every page checked had audio of its own text (keypad-hands.ts checkPlayed).
    expect(run.audio.pages).toBe(run.pages.length);
  });
});

describe('keypad: focus ring in every theme, touch-and-hear, help, repeat and typed echo', () => {
  it('every control of home, search and a start page shows a ring ≥ 3:1 in light, dark and black/white, normal and 长辈模式', async () => {
    const context = await kiosk.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const page = await context.newPage();
    const keys = new KeypadHands(page, 'themes', new Set());
    await openAttractScreen(page, kiosk.host.url);
    await keys.press('Enter');
    await keys.press('Enter');
    await page.locator('[data-screen="home"]').waitFor();
    let checked = 0;
    // The citizen has no contrast switch: the theme's variables are put on the page as applyTheme() does.
    for (const senior of [false, true])
      for (const contrast of contrastThemes) {
        const vars = themeVariables({ profile: screenProfiles['portrait-21.5'], textSize: 'S', contrast, senior });
        for (const path of ['home', 'search', 'guide'] as const) {
          if (path === 'search') await keys.activate('main [data-action="search"]');
          if (path === 'guide') {
            await keys.focus('#search-query');
            for (const ch of 'gjj-001') await keys.press(ch);
            await page.locator('main [data-item="GJJ-001"]').waitFor();
            await keys.activate('main [data-item="GJJ-001"]');
          }
          await page.locator(`main[data-screen="${path}"]`).waitFor();
          await page.evaluate(
            ({ v, c }) => {
              for (const [name, value] of Object.entries(v)) document.documentElement.style.setProperty(name, value);
              document.documentElement.dataset.contrast = c;
            },
            { v: vars, c: contrast },
          );
          // Round the whole reading order once, measuring the ring on each stop.
          const stops = new Set<string>();
          for (let i = 0; i < 40; i += 1) {
            await keys.press('ArrowDown');
            const id = await page.evaluate(() => {
              const el = document.activeElement as HTMLElement;
              return `${el.tagName}|${el.dataset.action ?? el.dataset.item ?? el.dataset.skbtn ?? el.id}|${el.innerText.slice(0, 12)}`;
            });
            if (stops.has(id)) break;
            stops.add(id);
            await keys.checkRing(`${contrast}${senior ? ' senior' : ''} ${path} ${id}`);
            checked += 1;
          }
        }
        await keys.press('Escape'); // 返回 from the start page to the search
        await keys.press('Escape'); // and home
        await page.locator('main[data-screen="home"]').waitFor();
        if (senior === false && contrast === contrastThemes.at(-1)) {
          await keys.activate('.k-senior-toggle');
          await page.locator('.k-senior-toggle[aria-pressed="true"]').waitFor();
        }
      }
    console.log(
      `[keypad themes] ${checked} focus stops measured, worst ring ${keys.worstRing.ratio.toFixed(2)}:1 at ${keys.worstRing.where}`,
    );
    expect(checked).toBeGreaterThan(60);
    await context.close();
  });

  it('touch-and-hear reads instead of pressing; help, repeat and voice off are said (typed digits: checked by the robot on every number pad)', async () => {
    const context = await kiosk.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const page = await context.newPage();
    const keys = new KeypadHands(page, 'hear', new Set());
    const echo = () => page.locator('[data-speech-echo]').innerText();
    await page.goto(kiosk.host.url);
    await page.locator('[data-screen="attract"]').waitFor({ timeout: 15_000 });
    await keys.press('Enter');
    await keys.press('Enter');
    await page.locator('[data-screen="home"]').waitFor();
    await page.waitForTimeout(300);
    // Held H + a touch on 搜索事项: said, not pressed.
    await page.keyboard.down('h');
    await page.locator('main [data-action="search"]').tap();
    await page.keyboard.up('h');
    expect(await echo()).toContain('这是：');
    expect(await echo()).toContain('搜索事项');
    expect(await page.locator('main[data-screen="home"]').count()).toBe(1);
    // H alone: the keys.
    await keys.press('h');
    expect(await echo()).toContain('按键说明');
    // R: the page again.
    await keys.press('r');
    expect(await echo()).toBe(await page.locator('main[data-screen="home"]').getAttribute('data-spoken'));
    // M: voice off (said even so), and on the page.
    await keys.press('m');
    await page.locator('html[data-voice="off"]').waitFor({ state: 'attached' });
    expect(await echo()).toBe('语音已关闭');
    // 办件进度查询 by number and query code, typed on the keypad onto the on-screen keyboard: the number is
    // echoed character by character, the query code (a secret) only as "已输入第N位", and neither is in the
    // page's spoken text.
    await keys.activate('main [data-action="progress"]');
    await keys.activate('main [data-action="type-number"]');
    await page.locator('main[data-screen="progress-number"]').waitFor();
    await keys.focus('main input');
    for (const ch of 'yqjq-20261203-00001') await keys.press(ch);
    await page.waitForTimeout(200);
    expect(await page.locator('main input').inputValue()).toBe('YQJQ-20261203-00001');
    expect(await echo()).toBe('1');
    await keys.activate('main [data-action="continue"]');
    await page.locator('main[data-screen="progress-code"]').waitFor();
    await keys.focus('main input');
    for (const ch of 'abcd2345') await keys.press(ch);
    await page.waitForTimeout(200);
    expect((await page.locator('main input').inputValue()).replace(/-/g, '')).toBe('ABCD2345');
    expect(await echo()).toBe('已输入第8位');
    const spoken = (await page.locator('main[data-screen="progress-code"]').getAttribute('data-spoken')) ?? '';
    expect(spoken).toContain('查询验证码');
    expect(spoken).not.toMatch(/ABCD|2345|20261203/);
    console.log(`[keypad hear] ${keys.presses} keys`);
    await context.close();
  });
  it('private mode: B blanks the screen while the keypad and the voice go on; B again, a tap or the wipe bring it back', async () => {
    const context = await kiosk.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const page = await context.newPage();
    const keys = new KeypadHands(page, 'private', new Set());
    const played = async () =>
      page.evaluate(() =>
        (
          (window as unknown as { __kioskSpeechLog?: Array<{ text: string; output: string }> }).__kioskSpeechLog ?? []
        ).map((e) => `${e.output}: ${e.text}`),
      );
    const cover = page.locator('[data-privacy-screen]');
    await page.clock.install();
    await page.goto(kiosk.host.url);
    await page.locator('[data-screen="attract"]').waitFor({ timeout: 15_000 });
    await keys.press('Enter');
    await keys.press('Enter');
    // The home page has been read out (its text composed and said): as a citizen hears the page before the next
    // key. Pressed sooner, B's words come first and the page's own reading, a timer later, replaces them.
    await page.locator('[data-screen="home"][data-spoken]').waitFor({ state: 'attached' });
    await keys.press('b');
    await page.locator('html[data-private-mode="on"]').waitFor({ state: 'attached' });
    await cover.waitFor({ state: 'visible' });
    // Opaque over the whole screen: a screenshot shows nothing of the page.
    const box = await cover.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1080, height: 1920 });
    expect(await cover.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    // This kiosk has no headphone output configured: it says the voice stays on the loudspeaker. Heard before the
    // next key: a dialog opened at once would cut it short, as any new screen's speech does.
    await expect.poll(played).toContain('default: 隐私模式已打开：屏幕已关闭，本机没有耳机，语音仍从扬声器播放。');
    await screenshot(page, 'keypad-private-mode');
    // A dialog opens in the top layer, above the blank screen: it works by keys but shows nothing.
    await keys.activate('[data-action="display"]');
    const dialog = page.locator('dialog[data-dialog="display"]');
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    expect(await dialog.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    expect(await dialog.evaluate((el) => getComputedStyle(el, '::backdrop').backgroundColor)).toBe('rgb(0, 0, 0)');
    await screenshot(page, 'keypad-private-mode-dialog');
    await keys.press('Escape');
    await page.locator('dialog[data-dialog="display"][open]').waitFor({ state: 'detached' });
    // Under the blank screen the keypad goes on: to the search page, which is read out.
    await keys.activate('main [data-action="search"]');
    await page.locator('main[data-screen="search"]').waitFor();
    const heading = (await page.locator('#k-screen-title').innerText()).trim();
    await expect.poll(async () => (await played()).some((p) => p.includes(heading))).toBe(true);
    expect(await cover.isVisible()).toBe(true);
    // B again: the screen is back, and it is said.
    await keys.press('b');
    await cover.waitFor({ state: 'detached' });
    await expect.poll(played).toContain('default: 隐私模式已关闭，屏幕已打开。');
    // A sighted helper's tap on the blank screen shows it too.
    await keys.press('b');
    await cover.waitFor({ state: 'visible' });
    await page.locator('[data-privacy-screen] button').tap();
    await cover.waitFor({ state: 'detached' });
    // On again (F6: after the tap the search box has the focus and takes letters as typing), and the citizen
    // walks away: the idle wipe ends private mode with everything else.
    await keys.press('F6');
    await cover.waitFor({ state: 'visible' });
    await page.clock.runFor(121_000);
    await page.locator('dialog[data-dialog="idle-warning"]').waitFor({ state: 'attached' });
    // The idle warning is the one dialog that shows over the blank screen: it tells anyone near the session ends.
    expect(
      await page.locator('dialog[data-dialog="idle-warning"]').evaluate((el) => getComputedStyle(el).opacity),
    ).toBe('1');
    await page.clock.runFor(41_000);
    await page.locator('[data-screen="attract"]').waitFor();
    await page.locator('html[data-private-mode="off"]').waitFor({ state: 'attached' });
    expect(await cover.count()).toBe(0);
    await context.close();
  });
});
