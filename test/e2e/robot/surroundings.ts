import type { KioskUnderTest } from '../support/kiosk-harness.js';
import type { Inspector } from './inspection.js';
import { RobotStuck } from './page-actions.js';
import { openKiosk, type RunOptions } from './run-flow.js';

/**
 * The screens around the flows, for screenshots, axe and the no-scrolling check: home's browse screens
 * (departments, an item list, life events, packages), the kiosk services' first pages (progress lookup,
 * evaluation, complaints) and the idle warning dialog (with Playwright's clock). Returns the kinds seen.
 */
export async function visitSurroundings(
  kiosk: KioskUnderTest,
  inspector: Inspector,
  options: RunOptions,
): Promise<string[]> {
  const { context, hands } = await openKiosk(kiosk, options.viewport, (page) => page.clock.install());
  const { page } = hands;
  const seen: string[] = [];
  const inspect = async (kind: string) => {
    seen.push(kind);
    await inspector.visit(page, options.variant, 'browse', kind);
  };
  const home = async () => {
    await hands.tap('main [data-action="home"]');
    await hands.waitFor('main[data-screen="home"]', 5_000, 'the home screen');
  };
  /** Opens a home tile, when this mode shows it, and looks at the screen it leads to. */
  const tile = async (action: string, then?: () => Promise<void>) => {
    const button = page.locator(`main [data-action="${action}"]`);
    if ((await button.count()) === 0) return;
    await hands.tap(button);
    await page.waitForFunction((before) => document.querySelector('main')?.dataset.screen !== before, 'home', {
      timeout: 5_000,
    });
    const screen = (await hands.state()).screen ?? 'unknown';
    await inspect(screen);
    if (then) await then();
    await home();
  };
  try {
    await hands.tap('[data-screen="attract"]');
    await hands.waitFor('main[data-screen="home"]', 5_000, 'the home screen');
    if (options.senior) await hands.tap('.k-senior-toggle');
    if (options.language === 'en') await hands.tap('.k-language-switch');
    await tile('byDepartment', async () => {
      await hands.tap(page.locator('main [data-department]').first());
      await hands.waitFor('main[data-screen="item-list"]', 5_000, "a department's items");
      await inspect('item-list');
    });
    await tile('byLifeEvent');
    await tile('packages');
    await tile('progress');
    await tile('evaluation');
    await tile('complaint');
    // Two minutes without a touch: the idle warning.
    await page.clock.runFor(121_000);
    await hands.waitFor('dialog[data-dialog="idle-warning"]', 5_000, 'the idle warning');
    await inspect('dialog-idle-warning');
    await hands.tap(page.locator('dialog[data-dialog="idle-warning"] button').first());
  } catch (error) {
    throw error instanceof RobotStuck ? new Error(error.reason) : error;
  } finally {
    await context.close();
  }
  return seen;
}
