import type { Browser, Page } from 'playwright-core';
import { heapBytes } from '../support/heap.js';
import { median, percentile, round } from './page-metrics.js';

/**
 * Installed before the page loads: every tap starts a clock; the next change of the visible screen
 * (main[data-screen] or the attract button) stops it two animation frames later, i.e. once painted.
 * It keeps the browser's own performance.now and requestAnimationFrame from before Playwright's fake clock
 * (installed after it, to run the idle timeout quickly) replaces them: measured through the fake clock,
 * 开始办理 → identify read 266 ms for a transition that takes under 100 ms.
 */
const TAP_TO_PAINT_PROBE = `
(() => {
  const clock = performance.now.bind(performance);
  const frame = window.requestAnimationFrame.bind(window);
  const latencies = [];
  const screens = [];
  let tapAt = 0;
  let lastScreen = '';
  const screenNow = () => {
    const el = document.querySelector('main[data-screen], [data-screen="attract"]');
    return el ? el.getAttribute('data-screen') + ':' + (document.getElementById('k-screen-title')?.textContent ?? '') : '';
  };
  window.addEventListener('pointerdown', () => { tapAt = clock(); }, true);
  new MutationObserver(() => {
    const now = screenNow();
    if (now === lastScreen) return;
    lastScreen = now;
    if (!tapAt) return;
    const started = tapAt;
    tapAt = 0;
    const screen = now.split(':')[0];
    frame(() => frame(() => { latencies.push(clock() - started); screens.push(screen); }));
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-screen'] });
  Object.defineProperty(window, '__tapToPaint', { value: latencies });
  Object.defineProperty(window, '__tapToPaintScreens', { value: screens });
})();`;

/** One short session: start, search, open an item's guide, go on one page, then let the idle timeout wipe it. */
async function oneSession(page: Page, idle: { warnMs: number; countdownMs: number }): Promise<void> {
  await page.locator('[data-screen="attract"]').click();
  await page.locator('[data-action="search"]').click();
  for (const key of ['s', 'p', 'b', 'z']) await page.locator(`.k-keyboard [data-skbtn="${key}"]`).click();
  await page.locator('[data-item="SC-005"]').click();
  await page.locator('[data-screen="guide"]').waitFor();
  await page.locator('[data-action="start"]').click();
  // The fake clock fires the idle timeout; React shows the warning on a real task, and only then starts the
  // countdown's timer, so time is advanced in two steps.
  await page.clock.runFor(idle.warnMs + 500);
  await page.locator('dialog[data-dialog="idle-warning"]').waitFor();
  await page.clock.runFor(idle.countdownMs + 1000);
  await page.locator('[data-screen="attract"]').waitFor();
}

export interface SessionBench {
  readonly tapToPaint: {
    unit: 'ms';
    taps: number;
    median: number;
    p95: number;
    /** The same per screen reached, so a slow page shows itself. */
    byScreen: Record<string, { taps: number; median: number; p95: number }>;
  };
  readonly heapAfterSessions: { unit: 'bytes'; sessions: number; afterFirst: number; afterLast: number; ratio: number };
}

/** Heap after the first and after the last of `sessions` consecutive sessions, and tap-to-paint latency over them. */
export async function runSessionBench(
  browser: Browser,
  url: string,
  sessions: number,
  idleSeconds: { warn: number; countdown: number },
): Promise<SessionBench> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript(TAP_TO_PAINT_PROBE);
    await page.clock.install();
    await page.goto(url);
    const idle = { warnMs: idleSeconds.warn * 1000, countdownMs: idleSeconds.countdown * 1000 };
    await oneSession(page, idle);
    const afterFirst = await heapBytes(page);
    for (let i = 1; i < sessions; i += 1) await oneSession(page, idle);
    const afterLast = await heapBytes(page);
    const { latencies, screens } = await page.evaluate(() => {
      const probe = window as unknown as { __tapToPaint?: number[]; __tapToPaintScreens?: string[] };
      return { latencies: [...(probe.__tapToPaint ?? [])], screens: [...(probe.__tapToPaintScreens ?? [])] };
    });
    const byScreen: Record<string, { taps: number; median: number; p95: number }> = {};
    for (const screen of new Set(screens)) {
      const of = latencies.filter((_, i) => screens[i] === screen);
      byScreen[screen] = { taps: of.length, median: round(median(of)), p95: round(percentile(of, 95)) };
    }
    return {
      tapToPaint: {
        unit: 'ms',
        taps: latencies.length,
        median: round(median(latencies)),
        p95: round(percentile(latencies, 95)),
        byScreen,
      },
      heapAfterSessions: { unit: 'bytes', sessions, afterFirst, afterLast, ratio: round(afterLast / afterFirst) },
    };
  } finally {
    await context.close();
  }
}
