import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from '../support/page-checks.js';
import { screenshot } from '../support/kiosk-harness.js';
import { RobotStuck } from '../robot/page-actions.js';
import { splitForSpeech } from '../../../renderer/src/speech/speech-player.js';

/** What the renderer played for one page (developer mode's speech log, renderer/src/speech/speech.tsx). */
export interface PlayedPage {
  readonly page: string;
  /** The pack's clip for a fixed text, or null: synthesized live. */
  readonly clip: string | null;
  readonly text: string;
}

/**
 * A citizen with a USB keypad: every input is page.keyboard.press (a keypad is a keyboard). Reads the page to
 * decide which key to press, never clicks it. Besides keys it only does what is not input to the screen (the
 * card on the reader, paying by phone) — and, counted apart and reported, the signature stroke.
 */
export class KeypadHands {
  presses = 0;
  /** Pages checked (heading focus, spoken text, focus ring, axe). */
  readonly pages: string[] = [];
  /** The worst focus-ring contrast measured, and where. */
  worstRing = { ratio: Number.POSITIVE_INFINITY, where: '' };
  /** Per page checked: the audio that started for its spoken text. */
  readonly played: PlayedPage[] = [];
  /** How much of the speech log earlier pages used. */
  private speechLogSeen = 0;

  constructor(
    readonly page: Page,
    readonly variant: string,
    /** Strings that must never be in a spoken text (the citizen's name, masked name, ID number; typed values). */
    readonly secrets: Set<string>,
  ) {}

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.presses += 1;
  }

  /** What has focus, for the robot's decisions and its messages. */
  async active(): Promise<{ tag: string; action?: string; value?: string; text: string; id: string; inGrid: boolean }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        action: el?.dataset.action,
        value: el?.dataset.value,
        id: el?.id ?? '',
        text: (el?.innerText ?? '').slice(0, 30),
        inGrid: Boolean(el?.closest('.k-keypad, .k-keyboard__keys')),
      };
    });
  }

  async focusedMatches(selector: string): Promise<boolean> {
    return this.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
  }

  /** Presses ↓ until the focus is on `selector` (the keypad's reading order wraps round). */
  async focus(selector: string, max = 80): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      if (await this.focusedMatches(selector)) return;
      await this.press('ArrowDown');
    }
    throw new RobotStuck(`the keypad never reached ${selector}`);
  }

  /** Moves to a control and presses Enter. */
  async activate(selector: string): Promise<void> {
    await this.focus(selector);
    await this.press('Enter');
  }

  /** Over the on-screen keyboard's keys: the arrows to the key, then Enter. */
  async gridKey(skbtn: string): Promise<void> {
    const target = `.k-keyboard [data-skbtn="${skbtn}"]`;
    if (!(await this.focusedMatches('.k-keyboard__keys button'))) await this.focus('.k-keyboard__keys button');
    for (let i = 0; i < 40; i += 1) {
      const move = await this.page.evaluate((sel) => {
        const active = document.activeElement as HTMLElement;
        const goal = document.querySelector<HTMLElement>(sel);
        if (!goal) return 'missing';
        if (active === goal) return 'here';
        const a = active.getBoundingClientRect();
        const b = goal.getBoundingClientRect();
        if (b.top > a.bottom - 2) return 'ArrowDown';
        if (b.bottom < a.top + 2) return 'ArrowUp';
        return b.left > a.left ? 'ArrowRight' : 'ArrowLeft';
      }, target);
      if (move === 'missing') throw new RobotStuck(`no key ${skbtn} on the keyboard`);
      if (move === 'here') {
        await this.press('Enter');
        return;
      }
      await this.press(move);
    }
    throw new RobotStuck(`the arrows never reached key ${skbtn}`);
  }

  /**
   * The checks on every page: focus went to the heading; the spoken text (data-spoken) names the heading and
   * every action of the action bar and holds none of the secrets; axe has no serious or critical finding; and
   * the focus ring, on the heading and on the first control, is ≥ 3:1 against what is behind it.
   */
  async checkPage(name: string): Promise<void> {
    const { page } = this;
    await page.waitForFunction(() => document.querySelector('main[data-spoken], [data-screen][data-spoken]'), null, {
      timeout: 5_000,
    });
    // The spoken text follows the page within its debounce.
    await page.waitForTimeout(250);
    const seen = await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('main[data-spoken]');
      const heading = root?.querySelector<HTMLElement>('#k-screen-title, [data-screen-heading]');
      const actions = [...document.querySelectorAll<HTMLElement>('main .k-screen__actions button:not([disabled])')]
        .filter((b) => b.checkVisibility())
        .map((b) => (b.getAttribute('aria-label') ?? b.innerText).replace(/\s+/g, ' ').trim());
      return {
        spoken: root?.dataset.spoken ?? '',
        heading: (heading?.innerText ?? '').replace(/\s+/g, ' ').trim(),
        headingFocused: heading !== null && heading !== undefined && document.activeElement === heading,
        dialog: Boolean(document.querySelector('dialog[open]')),
        actions,
      };
    });
    const what = `${this.variant} ${name}`;
    if (process.env.KEYPAD_PRINT) console.log(`${what}: ${seen.spoken}`);
    if (!seen.dialog) expect(seen.headingFocused, `${what}: focus on the heading after the page change`).toBe(true);
    expect(seen.spoken, `${what}: spoken text names the heading`).toContain(
      seen.heading.replace(/\*+/g, '').slice(0, 4),
    );
    for (const action of seen.actions) expect(seen.spoken, `${what}: spoken text names "${action}"`).toContain(action);
    for (const secret of this.secrets)
      expect(seen.spoken.includes(secret), `${what}: spoken text holds a personal value`).toBe(false);
    await this.checkPlayed(what, name, seen.spoken);
    await this.checkRing(`${what} heading`);
    await expectAccessible(page, what);
    // …and on the first control the keypad reaches from the heading.
    if (!seen.dialog) {
      await this.press('ArrowDown');
      await this.checkRing(`${what} first control`);
    }
    this.pages.push(name);
    if (process.env.KEYPAD_SHOTS) await screenshot(page, `keypad-${this.variant}-${name}`);
  }

  /**
   * The audio that started playing since the last page is this page's spoken text: its first piece (a long text
   * is spoken in pieces), as a clip of the pack or synthesized live — not an older page's, not nothing.
   */
  async checkPlayed(what: string, name: string, spoken: string, repeated = false): Promise<void> {
    const first = splitForSpeech(spoken)[0] ?? '';
    const from = this.speechLogSeen;
    const entry = await this.page
      .waitForFunction(
        ({ text, since }) => {
          const log = (window as unknown as { __kioskSpeechLog?: Array<{ text: string; clip: string | null }> })
            .__kioskSpeechLog;
          // The page's text, or a line the page shows and speaks by itself (a result, "感谢您的评价！") when the page
          // is a moment's state that moves on before its whole text would start.
          const shown = document.querySelector('main')?.innerText ?? '';
          const index = log
            ? log.findIndex(
                (e, i) =>
                  i >= since &&
                  (e.text === text || (e.text.length > 2 && shown.includes(e.text.replace(/[。.!！]$/u, '')))),
              )
            : -1;
          return index < 0 ? undefined : { index, clip: log?.[index]?.clip ?? null };
        },
        { text: first, since: from },
        { timeout: 5_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    if (!entry && !repeated) {
      // A key's own feedback ("Speed: fast") may have cut the page's text off before it started: R says it again.
      await this.press('r');
      return this.checkPlayed(what, name, spoken, true);
    }
    if (!entry) {
      const recent = await this.page.evaluate(
        (since) =>
          ((window as unknown as { __kioskSpeechLog?: Array<{ text: string }> }).__kioskSpeechLog ?? [])
            .slice(since)
            .map((e) => e.text.slice(0, 40)),
        from,
      );
      expect.fail(
        `${what}: no audio of the page's spoken text started ("${first.slice(0, 40)}…"; played: ${JSON.stringify(recent)})`,
      );
    }
    this.speechLogSeen = entry.index + 1;
    this.played.push({ page: name, clip: entry.clip, text: first });
  }

  /** The focused element's ring (outline and inner band) against the background behind it, computed in the page. */
  async checkRing(what: string): Promise<void> {
    const ring = await this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const parse = (c: string) => {
        const m = c.match(/rgba?\(([^)]+)\)/);
        if (!m?.[1]) return undefined;
        const [r = 0, g = 0, b = 0, a = 1] = m[1]
          .split(/[ ,/]+/)
          .filter(Boolean)
          .map(Number);
        return { r, g, b, a };
      };
      const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
        const f = (v: number) => {
          const c = v / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (x: { r: number; g: number; b: number }, y: { r: number; g: number; b: number }) => {
        const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p);
        return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
      };
      const backgroundOf = (start: Element | null) => {
        for (let e = start; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c.a > 0.5) return c;
        }
        return { r: 255, g: 255, b: 255, a: 1 };
      };
      const style = getComputedStyle(el);
      const outline = parse(style.outlineColor);
      const width = parseFloat(style.outlineWidth);
      const inner = parse(style.boxShadow);
      const behind = backgroundOf(el.parentElement);
      const own = backgroundOf(el);
      if (style.outlineStyle === 'none' || !outline || width < 2) return { ok: false, ratio: 0, why: 'no outline' };
      // The outer band against the page behind the element and against the element itself; the inner band
      // against the element (it lies on it). The ring is seen when the outer band stands out from one side
      // and the bands from each other.
      const outer = Math.max(ratio(outline, behind), ratio(outline, own));
      const bands = inner ? ratio(outline, inner) : 0;
      return { ok: true, ratio: outer, bands, tag: el.tagName };
    });
    if (!ring) return;
    expect(ring.ok, `${what}: focus ring drawn`).toBe(true);
    expect(ring.ratio, `${what}: focus ring contrast`).toBeGreaterThanOrEqual(3);
    if (ring.ratio < this.worstRing.ratio) this.worstRing = { ratio: ring.ratio, where: what };
  }
}
