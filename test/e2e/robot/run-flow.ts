import type { BrowserContext, Page } from 'playwright-core';
import {
  type Catalog,
  type FormField,
  type Item,
  type Material,
  packageScreensFor,
  resolvePackage,
  resolveSituation,
  screensFor,
} from '../../../shared/catalog/index.js';
import { type KioskUnderTest, screenshot } from '../support/kiosk-harness.js';
import { answerOverrides, citizenFor, creditCodeOf } from './citizen-choice.js';
import { typeOnKeyboard } from './field-filling.js';
import { newValueContext } from './field-values.js';
import type { Inspector } from './inspection.js';
import { KioskApi, newJobs, type PrintedJob } from './kiosk-api.js';
import { CitizenHands, openAttractScreen, RobotStuck, type ScreenState, signature } from './page-actions.js';
import type { RunRecord } from './report.js';
import { type FlowContext, flowScreenOf, handlers } from './screen-handlers.js';
import { checkWipe } from './wipe-check.js';

/** Pages that move on by themselves: the robot sees them or not depending on how fast the machine is. */
const transientScreens = ['submit', 'book-submit', 'evaluation-sent'];

/** The paths the robot takes once per run for coverage (see screen-handlers.ts). */
const allDetours = ['dialog-full-guide', 'scan', 'low-rating', 'low-rating-other'];

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
  /** Runs on the fresh page before the kiosk loads (e.g. page.clock.install() for the idle tests). */
  readonly beforeLoad?: (page: Page) => Promise<void>;
  /**
   * As a citizen who knows what they came for: the item's tile on the home screen when it has one (else
   * search), and none of the detours the robot takes once per run for coverage (full guide, a photo instead
   * of a commitment, a low rating with its reasons). The runs whose taps and pages are measured.
   */
  readonly direct?: boolean;
}

/** Opens a fresh browser context on the kiosk, at the attract screen. */
export async function openKiosk(
  kiosk: KioskUnderTest,
  viewport: { width: number; height: number },
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ context: BrowserContext; hands: CitizenHands }> {
  const context = await kiosk.browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: true,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  if (beforeLoad) await beforeLoad(page);
  await openAttractScreen(page, kiosk.host.url);
  return { context, hands: new CitizenHands(page, new KioskApi(kiosk)) };
}

/** What a finished run of this kind must have produced. */
function missingOutcome(
  flow: string,
  kind: 'item' | 'package',
  ctx: FlowContext,
  printed: readonly PrintedJob[],
  sawResult: boolean,
  item?: Item,
): string | undefined {
  if (kind === 'package' || flow === 'apply') {
    if (!ctx.outcome.caseNumber)
      return ctx.outcome.localNumberOnly ? 'only a local acceptance number, no case number' : 'no case number shown';
    if (printed.length === 0) return 'no receipt printed';
    // 即办件 with a document printed on the spot: the certificate (or licence, notice) as well as the receipt.
    const certificate =
      item?.instant === true &&
      item.results.some((r) => r.delivery === 'printOnSite' && r.kind !== 'receipt' && r.kind !== 'ticket');
    if (certificate && printed.length < 2)
      return `the ${item.results.find((r) => r.delivery === 'printOnSite' && r.kind !== 'receipt')?.kind ?? 'certificate'} was not printed`;
  }
  if (flow === 'book' && !ctx.outcome.caseNumber && !ctx.outcome.bookingNumber)
    return 'no booking or case number shown';
  if (flow === 'book' && printed.length === 0) return 'no appointment slip printed';
  if (flow === 'print' && !printed.some((j) => j.device === 'documentPrinter'))
    return 'nothing printed on the document printer';
  if (flow === 'pay' && ctx.outcome.paid && printed.length === 0) return 'paid, but no payment receipt printed';
  if (flow === 'certify' && !ctx.outcome.certified) return 'no certification result';
  if (flow === 'query' && !sawResult) return 'no record shown';
  return undefined;
}

/**
 * One robot citizen at one kiosk, doing one item or package. begin() walks from the attract screen to the
 * item's start page; step() does one page; until() goes on to a given screen (for fault tests that act in
 * the middle of a flow); finish() goes on to the end and checks the wipe and what the flow produced.
 */
export class RobotCitizen {
  readonly ctx: FlowContext;
  readonly kind: 'item' | 'package';
  readonly item: Item | undefined;
  readonly flow: string;
  private readonly expectedScreens: readonly string[];
  private printedBefore: PrintedJob[] = [];
  private started = 0;
  private findTaps = 0;
  /** The taps before the home screen (the attract screen's). */
  private tapsBeforeHome = 0;
  /** Pages before the start page: home, and search when the item was searched for. */
  private findPages = 0;
  private pages = 0;
  /** Of those, pages that move on by themselves (sending, thanks), seen or not depending on the machine's speed. */
  private transientPages = 0;
  private sawResult = false;
  private reachedEnd = false;
  private readonly visited: string[] = [];

  private constructor(
    readonly env: RobotEnvironment,
    readonly kiosk: KioskUnderTest,
    readonly code: string,
    readonly options: RunOptions,
    readonly context: BrowserContext,
    readonly hands: CitizenHands,
  ) {
    const { catalog, inspector } = env;
    const item = catalog.items.find((i) => i.code === code);
    const pkg = catalog.packages.find((p) => p.code === code);
    if (!item && !pkg) throw new Error(`unknown code ${code}`);
    this.kind = item ? 'item' : 'package';
    this.item = item;
    const memberItems = pkg ? pkg.members.flatMap((m) => catalog.items.filter((i) => i.code === m.item)) : [];
    this.flow = item ? item.flow : 'package';
    this.expectedScreens = item ? screensFor(item) : packageScreensFor(memberItems.map((i) => i.flow));
    const citizen = citizenFor(catalog, code);
    // What applies for the answers the robot gave so far (a package merges its members' fields and materials).
    const given: Record<string, string> = {};
    const resolved = (): { fields: readonly FormField[]; materials: readonly Material[] } => {
      if (item) return resolveSituation(item, given);
      const r = resolvePackage(pkg as NonNullable<typeof pkg>, catalog, given);
      return { fields: r.fields.map((f) => f.field), materials: r.materials.map((m) => m.material) };
    };
    this.ctx = {
      hands,
      api: hands.api,
      citizen,
      code,
      answers: answerOverrides[code] ?? {},
      given,
      findField: (id) => resolved().fields.find((f) => f.id === id),
      isOptionalMaterial: (id) => resolved().materials.find((m) => m.id === id)?.optional === true,
      values: newValueContext(new Date(), creditCodeOf(citizen)),
      typed: new Set<string>(),
      direct: options.direct === true,
      // A direct citizen takes no detour: every coverage path counts as taken already.
      coverage: options.direct ? new Set(allDetours) : env.coverage,
      inspect: (screenKind) => inspector.visit(hands.page, options.variant, code, screenKind),
      outcome: {
        caseNumber: false,
        localNumberOnly: false,
        paid: false,
        certified: false,
        bookingNumber: false,
        optionalPages: 0,
      },
    };
  }

  /** Opens a fresh session on `kiosk` and walks to the start page of `code` (home → search by code → result). */
  static async begin(
    env: RobotEnvironment,
    kiosk: KioskUnderTest,
    code: string,
    options: RunOptions,
  ): Promise<RobotCitizen> {
    const { context, hands } = await openKiosk(kiosk, options.viewport, options.beforeLoad);
    const robot = new RobotCitizen(env, kiosk, code, options, context, hands);
    try {
      await robot.walkToStartPage();
    } catch (error) {
      await robot.close();
      throw error;
    }
    return robot;
  }

  private async walkToStartPage(): Promise<void> {
    const { ctx, hands, options, code } = this;
    const robot = this;
    robot.printedBefore = await hands.api.printed();
    robot.started = performance.now();
    const { page } = hands;
    await ctx.inspect('attract');
    await hands.tap('[data-screen="attract"]');
    await hands.waitFor('[data-screen="home"]', 5_000, 'the home screen');
    robot.tapsBeforeHome = hands.taps;
    robot.findPages = 1;
    if (options.senior) {
      await hands.tap('.k-senior-toggle');
      await page.locator('.k-senior-toggle[aria-pressed="true"]').waitFor({ timeout: 3_000 });
    }
    if (options.language === 'en') {
      await hands.tap('.k-language-switch');
      await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 3_000 });
    }
    await ctx.inspect('home');
    if (options.direct && (await page.locator(`main [data-item="${code}"]`).count()) > 0) {
      // 常办事项: the item's own tile on the home screen.
      await hands.tap(`main [data-item="${code}"]`);
      robot.findTaps = hands.taps;
      await hands.waitFor('main[data-screen="guide"]', 5_000, 'the start page');
      return;
    }
    robot.findPages = 2;
    await hands.tap('main [data-action="search"]');
    await hands.waitFor('[data-screen="search"]', 5_000, 'the search screen');
    await typeOnKeyboard(hands, code.toLowerCase());
    await hands.waitFor(`main [data-item="${code}"]`, 5_000, `the search result for ${code}`);
    await ctx.inspect('search');
    await hands.tap(`main [data-item="${code}"]`);
    robot.findTaps = hands.taps;
    await hands.waitFor('main[data-screen="guide"]', 5_000, 'the start page');
  }

  /**
   * Does what a citizen does on the current page and waits for the next; undefined once the session has ended.
   * With `stopAt`, a page that has just become that screen is returned untouched rather than acted on.
   */
  async step(stopAt?: string): Promise<ScreenState | undefined> {
    const { hands, ctx } = this;
    const state = await hands.state();
    if (state.session === 'idle') return undefined;
    if (stopAt !== undefined && state.screen === stopAt) return state;
    this.pages += 1;
    if (this.pages > 120) throw new RobotStuck('more than 120 pages: the robot is going round in circles');
    const screen = state.screen ?? 'none';
    if (screen === 'unavailable') {
      const lastFlowScreen = [...this.visited]
        .reverse()
        .map((s) => flowScreenOf[s] ?? s)
        .find((s) => this.expectedScreens.includes(s));
      const next = lastFlowScreen
        ? this.expectedScreens[this.expectedScreens.indexOf(lastFlowScreen) + 1]
        : this.expectedScreens[0];
      throw new RobotStuck(`the ${next ?? 'next'} screen is not built yet (the kiosk shows "unavailable")`, screen);
    }
    const handler = handlers[screen];
    if (!handler) throw new RobotStuck(`the robot has no handler for screen "${screen}"`, screen);
    this.visited.push(screen);
    if (screen === 'result') this.sawResult = true;
    if (transientScreens.includes(screen)) this.transientPages += 1;
    if (screen === 'take-card' || screen.startsWith('evaluation')) this.reachedEnd = true;
    hands.lastTappedOn = undefined;
    const tapsBefore = hands.taps;
    const pageStarted = performance.now();
    await handler.act(ctx, state);
    const before = hands.lastTappedOn ?? signature(state);
    if (process.env.ROBOT_DEBUG)
      console.log(
        `  ${this.options.variant} ${this.code} ${screen} ${hands.taps - tapsBefore} taps ${Math.round(performance.now() - pageStarted)} ms · ${state.title} · ${state.caption}`,
      );
    const after = await hands.waitForChange(before, handler.settleMs ?? 10_000);
    if (!after) {
      const problem = await hands.problemText();
      throw new RobotStuck(`stuck on the ${screen} screen${problem ? `: ${problem}` : ''}`, screen);
    }
    return after.session === 'idle' ? undefined : after;
  }

  /** Goes on page by page until the kiosk shows `screen` (which is not acted on). */
  async until(screen: string, maxPages = 60): Promise<ScreenState> {
    for (let i = 0; i < maxPages; i += 1) {
      // The page may change between looking and acting (a submit page moves on by itself): step() looks again.
      const state = await this.step(screen);
      if (state === undefined) break;
      if (state.screen === screen && state.session === 'active') return state;
    }
    throw new RobotStuck(`never reached the ${screen} screen`);
  }

  /** Goes on to the end, then checks the wipe and the outcome; the record says completed: false and why. */
  async finish(): Promise<RunRecord> {
    let reason: string | undefined;
    try {
      while ((await this.step()) !== undefined) {
        // one page at a time
      }
      if (!this.reachedEnd)
        throw new RobotStuck(
          `the session ended before the end of the flow (after ${this.visited.at(-1) ?? 'nothing'})`,
        );
    } catch (error) {
      reason = reasonOf(error);
    }
    return this.record(reason);
  }

  /** The record of this run (after finish, or after a failure elsewhere); closes the browser context. */
  async record(failure?: string): Promise<RunRecord> {
    const { hands, ctx } = this;
    let reason = failure;
    const seconds = Math.round((performance.now() - this.started) / 100) / 10;
    // Only when debugging by hand: the page may show a (demo) citizen's masked name.
    if (reason && process.env.ROBOT_DEBUG)
      await screenshot(hands.page, `fail-${this.options.variant}-${this.code}`).catch(() => undefined);
    const printed = newJobs(this.printedBefore, await hands.api.printed());
    let wiped = false;
    if (!reason) {
      const wipe = await checkWipe(hands.page, ctx.citizen, ctx.typed);
      wiped = wipe.ok;
      if (!wipe.ok) reason = `not wiped: ${wipe.leftovers.join(', ')}`;
      else reason = missingOutcome(this.flow, this.kind, ctx, printed, this.sawResult, this.item);
    }
    await this.close();
    return {
      code: this.code,
      kind: this.kind,
      flow: this.flow,
      variant: this.options.variant,
      viewport: `${this.options.viewport.width}x${this.options.viewport.height}`,
      completed: reason === undefined,
      taps: hands.taps,
      findTaps: this.findTaps,
      tapsFromHome: hands.taps - this.tapsBeforeHome,
      otherActions: hands.otherActions,
      seconds,
      pages: this.pages,
      pagesFromHome: this.findPages + this.pages,
      transientPages: this.transientPages,
      direct: this.options.direct === true,
      optionalPages: ctx.outcome.optionalPages,
      caseNumber: ctx.outcome.caseNumber,
      printedJobs: printed.length,
      printedBytes: printed.map((j) => j.bytes),
      wiped,
      ...(reason ? { reason } : {}),
    };
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    // A card left on the reader by a run that stopped would be read by the next citizen.
    await this.hands.api.removeCard().catch(() => undefined);
  }
}

export function reasonOf(error: unknown): string {
  return error instanceof RobotStuck
    ? error.reason
    : `robot error: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`;
}

/**
 * One citizen does one item or package from the attract screen to the wipe, touching only the screen (and
 * the card reader and their phone), with the settings of `options`. Never throws for the kiosk's failures:
 * the record says completed: false and why.
 */
export async function runCitizen(
  env: RobotEnvironment,
  kiosk: KioskUnderTest,
  code: string,
  options: RunOptions,
): Promise<RunRecord> {
  let robot: RobotCitizen;
  try {
    robot = await RobotCitizen.begin(env, kiosk, code, options);
  } catch (error) {
    const item = env.catalog.items.find((i) => i.code === code);
    return {
      code,
      kind: item ? 'item' : 'package',
      flow: item?.flow ?? 'package',
      variant: options.variant,
      viewport: `${options.viewport.width}x${options.viewport.height}`,
      completed: false,
      taps: 0,
      findTaps: 0,
      tapsFromHome: 0,
      otherActions: 0,
      seconds: 0,
      pages: 0,
      pagesFromHome: 0,
      transientPages: 0,
      direct: options.direct === true,
      optionalPages: 0,
      caseNumber: false,
      printedJobs: 0,
      printedBytes: [],
      wiped: false,
      reason: `could not reach the start page: ${reasonOf(error)}`,
    };
  }
  return robot.finish();
}
