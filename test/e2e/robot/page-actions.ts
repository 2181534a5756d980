import type { Locator, Page } from 'playwright-core';
import type { KioskApi } from './kiosk-api.js';

/** Where the kiosk is: the session state, the screen's data-screen, its heading and caption, an open dialog. */
export interface ScreenState {
  readonly session: string | undefined;
  readonly screen: string | undefined;
  readonly title: string;
  readonly caption: string;
  readonly dialog: string | undefined;
}

/**
 * What identifies a page. The caption's step total is left out: it changes on the page itself when an answer
 * opens or closes later pages ("第 3 步，共 11 步" → "共 12 步"), which is not a new page.
 */
export function signature(s: ScreenState): string {
  const caption = s.caption.replace(/\d+(?!.*\d)/su, '#');
  return `${s.session}|${s.screen}|${s.title}|${caption}|${s.dialog ?? ''}`;
}

/** The robot could not go on: `reason` says why in words that hold no personal data. */
/** The questions a situation page asks, in order (each question's choices are the group "situation-<id>"). */
export async function situationsOnScreen(page: Page): Promise<string[]> {
  return page
    .locator('main[data-screen="situation"] [role="radiogroup"][id^="situation-"]')
    .evaluateAll((groups) => groups.map((g) => g.id.replace(/^situation-/, '')));
}

/**
 * Opens the kiosk on its attract screen. The developer dock sits outside the citizen's session (developer mode
 * lets the demo payer pay at once): hidden through the CSSOM, which the kiosk's CSP allows, so screenshots and
 * the keypad's reading order show what a citizen has.
 */
export async function openAttractScreen(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-screen="attract"]').waitFor({ timeout: 15_000 });
  await page.evaluate(() => {
    for (const dock of document.querySelectorAll<HTMLElement>('[data-dev-dock]')) dock.style.display = 'none';
  });
}

export class RobotStuck extends Error {
  constructor(
    readonly reason: string,
    readonly screen?: string,
  ) {
    super(reason);
  }
}

const TAP_TIMEOUT_MS = 8_000;

/**
 * One citizen at the kiosk: taps (counted), what the screen shows, and waiting for it to change. Every touch
 * of the screen goes through tap() or stroke() so the count is the citizen's real effort; placing the card
 * and paying by phone are counted apart (they are not touches of the screen).
 */
export class CitizenHands {
  taps = 0;
  /** Card placed or lifted, phone scans. */
  otherActions = 0;

  constructor(
    readonly page: Page,
    readonly api: KioskApi,
  ) {}

  /**
   * The page as it was just before the last button tap: a handler may change its own page first (the card is
   * read, "is this you?" appears), so "has the page moved on" is judged against the page the last tap was on.
   */
  lastTappedOn: string | undefined;

  async tap(target: Locator | string): Promise<void> {
    const locator = typeof target === 'string' ? this.page.locator(target) : target;
    this.lastTappedOn = signature(await this.state());
    try {
      await locator.click({ timeout: TAP_TIMEOUT_MS });
    } catch (error) {
      const why = String(error).includes('outside of the viewport')
        ? 'outside the screen'
        : String(error).includes('intercepts pointer events')
          ? 'covered by something else'
          : 'not there or not tappable';
      throw new RobotStuck(`could not tap ${typeof target === 'string' ? target : String(locator)}: ${why}`);
    }
    this.taps += 1;
  }

  /**
   * A touch at the centre of an element, as a finger does it: fast, and whatever is on top at that point gets
   * it (for the keys of the keypad and keyboard, which are many). The element must be on the screen.
   */
  async touch(selector: string): Promise<void> {
    const box = await this.page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      return {
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
        w: r.width,
        h: r.height,
        inView: r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.top >= 0 && r.left >= 0,
      };
    }, selector);
    if (!box || box.w === 0 || box.h === 0) {
      await this.tap(selector);
      return;
    }
    if (!box.inView) throw new RobotStuck(`could not tap ${selector}: outside the screen`);
    await this.page.mouse.click(box.x, box.y);
    this.taps += 1;
  }

  /** Taps when present (e.g. a button that may already have moved on by itself); says whether it tapped. */
  async tapIfThere(selector: string): Promise<boolean> {
    const locator = this.page.locator(selector).first();
    if ((await locator.count()) === 0) return false;
    try {
      this.lastTappedOn = signature(await this.state());
      await locator.click({ timeout: 1_500 });
      this.taps += 1;
      return true;
    } catch {
      return false;
    }
  }

  /** One stroke of the finger across an element (a signature). */
  async stroke(selector: string): Promise<void> {
    const box = await this.page.locator(selector).boundingBox();
    if (!box) throw new RobotStuck(`no ${selector} to sign on`);
    const { mouse } = this.page;
    const y = box.y + box.height / 2;
    await mouse.move(box.x + box.width * 0.2, y);
    await mouse.down();
    for (let i = 1; i <= 8; i += 1)
      await mouse.move(box.x + box.width * (0.2 + 0.07 * i), y + Math.sin(i) * box.height * 0.2);
    await mouse.up();
    this.taps += 1;
  }

  async state(): Promise<ScreenState> {
    return this.page.evaluate(() => {
      const app = document.querySelector<HTMLElement>('.k-app');
      const screen = app?.querySelector<HTMLElement>('[data-screen]');
      const dialog = document.querySelector<HTMLElement>('dialog[open]');
      return {
        session: app?.dataset.session,
        screen: screen?.dataset.screen,
        title: document.querySelector('#k-screen-title')?.textContent ?? '',
        caption: screen?.querySelector('.k-screen__caption')?.textContent ?? '',
        dialog: dialog?.dataset.dialog,
      };
    });
  }

  /** Waits until the screen is no longer `before` (another page, title, step or dialog). */
  async waitForChange(before: string, timeoutMs: number): Promise<ScreenState | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = await this.state();
      if (signature(now) !== before) return now;
      if (Date.now() > deadline) return undefined;
      await this.page.waitForTimeout(40);
    }
  }

  /** The words of an error summary or a warning notice on the page (catalog and kiosk messages, never values). */
  async problemText(): Promise<string> {
    return this.page.evaluate(() => {
      const parts = [
        ...document.querySelectorAll(
          '.k-error-summary, .k-field-error, .k-notice, [data-submit="failed"], [data-reader-fault]',
        ),
      ].map((e) => (e.textContent ?? '').trim());
      return [...new Set(parts)].join(' / ').slice(0, 300);
    });
  }

  async visible(selector: string): Promise<boolean> {
    return this.page.locator(selector).first().isVisible();
  }

  async waitFor(selector: string, timeoutMs: number, what: string): Promise<Locator> {
    const locator = this.page.locator(selector).first();
    try {
      await locator.waitFor({ state: 'visible', timeout: timeoutMs });
    } catch {
      const problem = await this.problemText().catch(() => '');
      throw new RobotStuck(
        `${what} did not appear within ${Math.round(timeoutMs / 1000)} s${problem ? ` (the page says: ${problem})` : ''}`,
      );
    }
    return locator;
  }
}
