import type { BrowserContext } from 'playwright-core';
import { type Catalog, type FormField, type Material, packageScreensFor, resolvePackage, resolveSituation, screensFor } from '../../../shared/catalog/index.js';
import type { KioskUnderTest } from '../support/kiosk-harness.js';
import { answerOverrides, citizenFor, creditCodeOf } from './citizen-choice.js';
import { typeOnKeyboard } from './field-filling.js';
import { newValueContext } from './field-values.js';
import type { Inspector } from './inspection.js';
import { KioskApi, newJobs, type PrintedJob } from './kiosk-api.js';
import { CitizenHands, RobotStuck, signature } from './page-actions.js';
import type { RunRecord } from './report.js';
import { type FlowContext, flowScreenOf, handlers } from './screen-handlers.js';
import { checkWipe } from './wipe-check.js';

export interface RobotEnvironment {
  readonly catalog: Catalog;
  readonly inspector: Inspector;
  /** Paths taken once per run for coverage (scan dialog, low rating, full guide). */
  readonly coverage: Set<string>;
}

export interface RunOptions {
  readonly variant: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly language?: 'zh-CN' | 'en';
  readonly senior?: boolean;
}


/** Opens a fresh browser context on the kiosk, at the attract screen. */
export async function openKiosk(kiosk: KioskUnderTest, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; hands: CitizenHands }> {
  const context = await kiosk.browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: true, locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(kiosk.host.url);
  await page.locator('[data-screen="attract"]').waitFor({ timeout: 15_000 });
  // The developer dock sits outside the citizen's session (developer mode lets the demo payer pay at once):
  // hidden through the CSSOM, which the kiosk's CSP allows, so screenshots show what a citizen sees.
  await page.evaluate(() => {
    for (const dock of document.querySelectorAll<HTMLElement>('[data-dev-dock]')) dock.style.display = 'none';
  });
  return { context, hands: new CitizenHands(page, new KioskApi(kiosk)) };
}

/** What a finished run of this kind must have produced. */
function missingOutcome(flow: string, kind: 'item' | 'package', ctx: FlowContext, printed: readonly PrintedJob[], sawResult: boolean): string | undefined {
  if (kind === 'package' || flow === 'apply') {
    if (!ctx.outcome.caseNumber) return ctx.outcome.localNumberOnly ? 'only a local acceptance number, no case number' : 'no case number shown';
    if (printed.length === 0) return 'no receipt printed';
  }
  if (flow === 'book' && !ctx.outcome.caseNumber && !ctx.outcome.bookingNumber) return 'no booking or case number shown';
  if (flow === 'book' && printed.length === 0) return 'no appointment slip printed';
  if (flow === 'print' && !printed.some((j) => j.device === 'documentPrinter')) return 'nothing printed on the document printer';
  if (flow === 'pay' && ctx.outcome.paid && printed.length === 0) return 'paid, but no payment receipt printed';
  if (flow === 'certify' && !ctx.outcome.certified) return 'no certification result';
  if (flow === 'query' && !sawResult) return 'no record shown';
  return undefined;
}

/**
 * One citizen does one item or package from the attract screen to the wipe, touching only the screen (and
 * the card reader and their phone), with the settings of `options`. Never throws for the kiosk's failures:
 * the record says completed: false and why.
 */
export async function runCitizen(env: RobotEnvironment, kiosk: KioskUnderTest, code: string, options: RunOptions): Promise<RunRecord> {
  const { catalog, inspector } = env;
  const item = catalog.items.find((i) => i.code === code);
  const pkg = catalog.packages.find((p) => p.code === code);
  if (!item && !pkg) throw new Error(`unknown code ${code}`);
  const kind = item ? 'item' : 'package';
  const memberItems = pkg ? pkg.members.flatMap((m) => catalog.items.filter((i) => i.code === m.item)) : [];
  const flow = item ? item.flow : 'package';
  const expectedScreens: readonly string[] = item ? screensFor(item) : packageScreensFor(memberItems.map((i) => i.flow));
  const citizen = citizenFor(catalog, code);
  // What applies for the answers the robot gave so far (a package merges its members' fields and materials).
  const given: Record<string, string> = {};
  const resolved = (): { fields: readonly FormField[]; materials: readonly Material[] } => {
    if (item) return resolveSituation(item, given);
    const r = resolvePackage(pkg!, catalog, given);
    return { fields: r.fields.map((f) => f.field), materials: r.materials.map((m) => m.material) };
  };

  const { context, hands } = await openKiosk(kiosk, options.viewport);
  const { page, api } = hands;
  const typed = new Set<string>();
  const ctx: FlowContext = {
    hands,
    api,
    citizen,
    code,
    answers: answerOverrides[code] ?? {},
    given,
    findField: (id) => resolved().fields.find((f) => f.id === id),
    isOptionalMaterial: (id) => resolved().materials.find((m) => m.id === id)?.optional === true,
    values: newValueContext(new Date(), creditCodeOf(citizen)),
    typed,
    coverage: env.coverage,
    inspect: (screenKind) => inspector.visit(page, options.variant, code, screenKind),
    outcome: { caseNumber: false, localNumberOnly: false, paid: false, certified: false, bookingNumber: false },
  };

  const printedBefore = await api.printed();
  const started = performance.now();
  let findTaps = 0;
  let pages = 0;
  let reason: string | undefined;
  let sawResult = false;
  let reachedEnd = false;
  const visited: string[] = [];
  try {
    await ctx.inspect('attract');
    await hands.tap('[data-screen="attract"]');
    await hands.waitFor('[data-screen="home"]', 5_000, 'the home screen');
    if (options.senior) {
      await hands.tap('.k-senior-toggle');
      await page.locator('.k-senior-toggle[aria-pressed="true"]').waitFor({ timeout: 3_000 });
    }
    if (options.language === 'en') {
      await hands.tap('.k-language-switch');
      await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 3_000 });
    }
    await ctx.inspect('home');
    await hands.tap('main [data-action="search"]');
    await hands.waitFor('[data-screen="search"]', 5_000, 'the search screen');
    await typeOnKeyboard(hands, code.toLowerCase());
    await hands.waitFor(`main [data-item="${code}"]`, 5_000, `the search result for ${code}`);
    await ctx.inspect('search');
    await hands.tap(`main [data-item="${code}"]`);
    findTaps = hands.taps;
    await hands.waitFor('main[data-screen="guide"]', 5_000, 'the start page');

    for (;;) {
      const state = await hands.state();
      if (state.session === 'idle') break;
      pages += 1;
      if (pages > 120) throw new RobotStuck('more than 120 pages: the robot is going round in circles');
      const screen = state.screen ?? 'none';
      if (screen === 'unavailable') {
        const lastFlowScreen = [...visited].reverse().map((s) => flowScreenOf[s] ?? s).find((s) => expectedScreens.includes(s));
        const next = lastFlowScreen ? expectedScreens[expectedScreens.indexOf(lastFlowScreen) + 1] : expectedScreens[0];
        throw new RobotStuck(`the ${next ?? 'next'} screen is not built yet (the kiosk shows "unavailable")`, screen);
      }
      const handler = handlers[screen];
      if (!handler) throw new RobotStuck(`the robot has no handler for screen "${screen}"`, screen);
      visited.push(screen);
      if (screen === 'result') sawResult = true;
      if (screen === 'take-card' || screen.startsWith('evaluation')) reachedEnd = true;
      const before = signature(state);
      const pageStarted = performance.now();
      await handler.act(ctx, state);
      if (process.env.ROBOT_DEBUG) console.log(`  ${code} ${screen} ${Math.round(performance.now() - pageStarted)} ms · ${state.title} · ${state.caption}`);
      const after = await hands.waitForChange(before, handler.settleMs ?? 10_000);
      if (!after) {
        const problem = await hands.problemText();
        throw new RobotStuck(`stuck on the ${screen} screen${problem ? `: ${problem}` : ''}`, screen);
      }
    }
    if (!reachedEnd) throw new RobotStuck(`the session ended before the end of the flow (after ${visited.at(-1) ?? 'nothing'})`);
  } catch (error) {
    reason = error instanceof RobotStuck ? error.reason : `robot error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;

  const printed = newJobs(printedBefore, await api.printed());
  let wiped = false;
  if (!reason) {
    const wipe = await checkWipe(page, citizen, typed);
    wiped = wipe.ok;
    if (!wipe.ok) reason = `not wiped: ${wipe.leftovers.join(', ')}`;
    else reason = missingOutcome(flow, kind, ctx, printed, sawResult);
  }
  await context.close();
  // A card left on the reader by a run that stopped would be read by the next citizen.
  await api.removeCard().catch(() => undefined);
  return {
    code,
    kind,
    flow,
    variant: options.variant,
    viewport: `${options.viewport.width}x${options.viewport.height}`,
    completed: reason === undefined,
    taps: hands.taps,
    findTaps,
    otherActions: hands.otherActions,
    seconds,
    pages,
    caseNumber: ctx.outcome.caseNumber,
    printedJobs: printed.length,
    printedBytes: printed.map((j) => j.bytes),
    wiped,
    ...(reason ? { reason } : {}),
  };
}
