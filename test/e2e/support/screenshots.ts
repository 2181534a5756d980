import type { Page } from 'playwright-core';
import type { TestContext } from 'vitest';
import { screenshot } from './kiosk-harness.js';

/** A check run on the page before it is photographed (page-checks.ts), `what` naming the screenshot. */
export type PageCheck = (page: Page, what: string) => Promise<void>;

/**
 * A suite's `shot(page, name)`: waits for the fonts, hides the developer-mode simulator tab (not part of what a
 * citizen sees), runs the suite's checks under the shot's name, then saves test/output/screenshots/<prefix><name>.png.
 */
export function shotsOf(prefix: string, checks: readonly PageCheck[] = []) {
  return async (page: Page, name: string): Promise<string> => {
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('[data-dev-dock]')?.style.setProperty('display', 'none'),
    );
    for (const check of checks) await check(page, name);
    return screenshot(page, `${prefix}${name}`);
  };
}

/** After a test that failed, a screenshot of its page (what the citizen was looking at): <prefix>-FAILED-<test>. */
export async function photographFailure(context: TestContext, page: Page | undefined, prefix: string) {
  if (context.task.result?.state === 'fail' && page)
    await screenshot(page, `${prefix}-FAILED-${context.task.name.slice(0, 20)}`).catch(() => undefined);
}
