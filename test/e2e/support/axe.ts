import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA: the rules every screen is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page as it is now (the developer dock left out). axe is put into the page once
 * per document and run there directly, violations only: the kiosk is one document for a whole session and has no
 * frames, and running it so takes about a tenth of the time @axe-core/playwright's builder does (which injects
 * axe again and walks frames on every call) — most of the robot's time went there.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    return axe.run(
      { exclude: ['[data-dev-dock]'] },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
  }, AXE_TAGS);
  return (results as AxeResults).violations;
}
