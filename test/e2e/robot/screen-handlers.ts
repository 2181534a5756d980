import type { FormField } from '../../../shared/catalog/index.js';
import type { DemoCitizen } from '../../../shared/demo/demo-citizens.js';
import { fillField, type Typed, typeOnKeyboard, typeOnKeypad } from './field-filling.js';
import type { ValueContext } from './field-values.js';
import type { KioskApi } from './kiosk-api.js';
import { type CitizenHands, RobotStuck, type ScreenState, situationsOnScreen } from './page-actions.js';

/** What a screen handler knows about the citizen and the thing being done. */
export interface FlowContext {
  readonly hands: CitizenHands;
  readonly api: KioskApi;
  readonly citizen: DemoCitizen;
  readonly code: string;
  /** Situation answers that differ from the first option. */
  readonly answers: Readonly<Record<string, string>>;
  /** The answers given so far (question id → option value). */
  readonly given: Record<string, string>;
  readonly findField: (id: string) => FormField | undefined;
  readonly isOptionalMaterial: (id: string) => boolean;
  readonly values: ValueContext;
  readonly typed: Typed;
  /** A measured run (RunOptions.direct): no tap a citizen need not make. */
  readonly direct: boolean;
  /** Paths already exercised in this run (a scan, a low rating): the robot takes each once for coverage. */
  readonly coverage: Set<string>;
  /** Looks at the screen (screenshot, axe, scrolling) under a distinct kind name. */
  readonly inspect: (kind: string) => Promise<void>;
  readonly outcome: {
    caseNumber: boolean;
    localNumberOnly: boolean;
    paid: boolean;
    certified: boolean;
    bookingNumber: boolean;
    /** Form pages of optional fields passed through. */
    optionalPages: number;
    lowRatingReason?: 'first' | 'other';
  };
}

export interface Handler {
  /** Waits for the page to be ready, looks at it, and does what a citizen does there. */
  act(ctx: FlowContext, state: ScreenState): Promise<void>;
  /** How long the page may take to move on after act() (printing, sending). */
  readonly settleMs?: number;
}

const CONTINUE = 'main .k-screen__actions [data-action="continue"]';

async function tapContinue(ctx: FlowContext): Promise<void> {
  await ctx.hands.tap(CONTINUE);
}

/** Waits until one of the selectors is visible; returns which. */
async function firstOf(
  ctx: FlowContext,
  selectors: readonly string[],
  timeoutMs: number,
  what: string,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const s of selectors) if (await ctx.hands.visible(s)) return s;
    if (Date.now() > deadline) {
      const problem = await ctx.hands.problemText();
      throw new RobotStuck(
        `${what} did not appear within ${Math.round(timeoutMs / 1000)} s${problem ? ` (the page says: ${problem})` : ''}`,
      );
    }
    await ctx.hands.page.waitForTimeout(50);
  }
}

const guide: Handler = {
  async act(ctx) {
    await ctx.hands.waitFor('main [data-action="start"]', 5_000, 'the start button');
    await ctx.inspect('guide');
    if (!ctx.coverage.has('dialog-full-guide')) {
      ctx.coverage.add('dialog-full-guide');
      await ctx.hands.tap('main [data-action="full-guide"]');
      await ctx.hands.waitFor('dialog[data-dialog="full-guide"]', 3_000, 'the full guide');
      await ctx.inspect('dialog-full-guide');
      await ctx.hands.tap('dialog[data-dialog="full-guide"] .k-dialog__actions button');
    }
    await ctx.hands.tap('main [data-action="start"]');
  },
};

const identify: Handler = {
  settleMs: 15_000,
  async act(ctx) {
    if (await ctx.hands.visible('main [data-action="retry-read"]'))
      throw new RobotStuck(`the ID card reader reports a fault: ${await ctx.hands.problemText()}`);
    if (!(await ctx.hands.visible('main [data-action="confirm-identity"]'))) {
      await ctx.inspect('identify');
      await ctx.api.placeCard(ctx.citizen.key);
      ctx.hands.otherActions += 1;
      try {
        await ctx.hands.waitFor('main [data-action="confirm-identity"]', 10_000, 'the identity confirmation');
      } catch {
        // Nothing happened: lift the card and place it again, as anyone would.
        await ctx.api.removeCard();
        await ctx.api.placeCard(ctx.citizen.key);
        ctx.hands.otherActions += 2;
        await ctx.hands.waitFor(
          'main [data-action="confirm-identity"]',
          15_000,
          'the identity confirmation (card placed twice)',
        );
      }
    }
    // A business item asks on the same page which business: the first on record.
    const radios = ctx.hands.page.locator('main [data-business-choice] [role="radio"]');
    await ctx.inspect((await radios.count()) > 0 ? 'identify-business' : 'identify-confirm');
    if ((await radios.count()) > 0 && (await radios.and(ctx.hands.page.locator('[aria-checked="true"]')).count()) === 0)
      await ctx.hands.tap(radios.first());
    await ctx.hands.tap('main [data-action="confirm-identity"]');
  },
};

const situation: Handler = {
  async act(ctx) {
    await ctx.inspect('situation');
    await ctx.hands.page.locator('main [role="radiogroup"][id^="situation-"]').first().waitFor({ timeout: 5_000 });
    // One question, or two short ones that share the page: each group is answered in turn.
    for (const id of await situationsOnScreen(ctx.hands.page)) {
      const group = `main #situation-${id}`;
      const wanted = ctx.answers[id];
      const checkedRow = ctx.hands.page.locator(`${group} [role="radio"][aria-checked="true"]`);
      const checked = (await checkedRow.count()) > 0 ? await checkedRow.first().getAttribute('data-value') : null;
      const choice =
        wanted ??
        checked ??
        (await ctx.hands.page.locator(`${group} [role="radio"]`).first().getAttribute('data-value')) ??
        '';
      if (checked !== choice) await ctx.hands.tap(`${group} [role="radio"][data-value="${choice}"]`);
      ctx.given[id] = choice;
    }
    await tapContinue(ctx);
  },
};

const field: Handler = {
  async act(ctx) {
    const type =
      (await ctx.hands.page
        .locator('main [data-field-type]')
        .first()
        .getAttribute('data-field-type', { timeout: 5_000 })) ?? 'unknown';
    await ctx.inspect(`field-${type}`);
    const id = await ctx.hands.page
      .locator('main [data-field-type]')
      .first()
      .evaluate((el) => (el as HTMLElement).dataset.field ?? el.id.replace(/^field-/, ''));
    if (ctx.findField(id)?.optional) ctx.outcome.optionalPages += 1;
    await fillField(ctx.hands, ctx.findField, ctx.values, ctx.typed);
    await tapContinue(ctx);
  },
};

async function scanMaterial(ctx: FlowContext): Promise<void> {
  const dialog = 'dialog[data-dialog="scan"]';
  await ctx.hands.waitFor(dialog, 3_000, 'the camera dialog');
  const capture = await firstOf(
    ctx,
    [`${dialog} [data-action="capture"]:not([disabled])`, `${dialog} [data-action="close-camera"]`],
    8_000,
    'the camera',
  );
  if (capture.includes('close-camera')) throw new RobotStuck('the document camera did not open');
  await ctx.inspect('dialog-scan');
  await ctx.hands.tap(capture);
  await ctx.hands.waitFor(`${dialog} [data-action="use-page"]`, 5_000, 'the photo to check');
  await ctx.inspect('dialog-scan-preview');
  await ctx.hands.tap(`${dialog} [data-action="use-page"]`);
  await ctx.hands.tap(`${dialog} [data-action="scan-done"]`);
  await ctx.hands.page.locator(dialog).waitFor({ state: 'detached', timeout: 3_000 });
}

const materials: Handler = {
  async act(ctx) {
    const { hands } = ctx;
    await hands.page.locator('main [data-licenses="loading"]').waitFor({ state: 'detached', timeout: 10_000 });
    if (await hands.visible('main [data-action="retry-licenses"]'))
      throw new RobotStuck('the e-licenses could not be fetched');
    await ctx.inspect('materials');
    for (let page = 0; page < 10; page += 1) {
      const open = await hands.page
        .locator('main [data-material][data-status="missing"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.material ?? ''));
      for (const id of open) {
        if (ctx.isOptionalMaterial(id)) continue;
        const row = `main [data-material="${id}"]`;
        const has = async (action: string) =>
          (await hands.page.locator(`${row} [data-action="${action}"]`).count()) > 0;
        if (
          (await has('way-scan')) &&
          (!ctx.coverage.has('scan') || !((await has('way-commitment')) || (await has('way-later'))))
        ) {
          ctx.coverage.add('scan');
          await hands.tap(`${row} [data-action="way-scan"]`);
          await scanMaterial(ctx);
        } else if (await has('way-commitment')) {
          await hands.tap(`${row} [data-action="way-commitment"]`);
        } else if (await has('way-later')) {
          await hands.tap(`${row} [data-action="way-later"]`);
        } else throw new RobotStuck(`material ${id} offers no way the robot can take`);
      }
      // 继续 turns the list's pages (there is no second "next" button); on the last page it goes on.
      const status = hands.page.locator('main .k-pager__status');
      if ((await status.count()) === 0) break;
      const [at, of] = [await status.getAttribute('data-pager-page'), await status.getAttribute('data-pager-pages')];
      if (at === of) break;
      await hands.tap('main .k-screen__actions [data-action="continue"]');
      await hands.page.locator(`main .k-pager__status[data-pager-page="${Number(at) + 1}"]`).waitFor();
    }
    await tapContinue(ctx);
  },
};

const commitment: Handler = {
  async act(ctx) {
    await ctx.inspect('commitment');
    if ((await ctx.hands.page.locator('main [data-action="accept-commitment"][aria-checked="true"]').count()) === 0)
      await ctx.hands.tap('main [data-action="accept-commitment"]');
    // The signature that confirms it is given on the same page (the pad appears once 我承诺 is ticked).
    await ctx.hands.page.locator('main [data-signature-pad], main .k-sign__saved').first().waitFor({ timeout: 3_000 });
    await ctx.inspect('commitment-sign');
    if (await ctx.hands.visible('main [data-signature-pad]')) await ctx.hands.stroke('main [data-signature-pad]');
    await tapContinue(ctx);
  },
};

const sign: Handler = {
  async act(ctx) {
    await ctx.inspect('sign');
    if (await ctx.hands.visible('main [data-signature-pad]')) await ctx.hands.stroke('main [data-signature-pad]');
    await tapContinue(ctx);
  },
};

const check: Handler = {
  async act(ctx) {
    await ctx.inspect('check');
    await tapContinue(ctx);
  },
};

/** Pages that move on by themselves (sending): the robot only waits. */
const waitOnly = (settleMs: number, inspectAs?: string): Handler => ({
  settleMs,
  async act(ctx) {
    if (await ctx.hands.visible('main [data-action^="retry"]'))
      throw new RobotStuck(`the page offers only a retry: ${await ctx.hands.problemText()}`);
    if (inspectAs) await ctx.inspect(inspectAs);
  },
});

const confirmation: Handler = {
  async act(ctx) {
    const { hands } = ctx;
    await firstOf(ctx, ['main [data-case-number]', 'main [data-local-number]'], 10_000, 'an acceptance or case number');
    // The case number arrives when the outbox has delivered; give it a moment.
    try {
      await hands.page.locator('main [data-case-number]').waitFor({ timeout: 10_000 });
      ctx.outcome.caseNumber = true;
    } catch {
      ctx.outcome.localNumberOnly = true;
    }
    const deadline = Date.now() + 20_000;
    for (;;) {
      const statuses = await hands.page
        .locator('main [data-print]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.printStatus ?? ''));
      if (statuses.includes('failed'))
        throw new RobotStuck(`printing at the confirmation failed: ${await hands.problemText()}`);
      if (statuses.length > 0 && statuses.every((s) => s === 'done')) break;
      if (Date.now() > deadline)
        throw new RobotStuck(`printing at the confirmation did not finish (${statuses.join(',')})`);
      await hands.page.waitForTimeout(100);
    }
    await ctx.inspect('confirmation');
    // An item's 好差评 is asked here: a low rating goes on to its reasons; a good one is thanked for, then 继续.
    // (A package's confirmation has no rating: its rating page follows.)
    if (!(await ctx.hands.visible('main [data-rating="choosing"]'))) return tapContinue(ctx);
    const level = ratingLevel(ctx);
    await ctx.hands.tap(`main [data-rating="choosing"] [role="radio"][data-value="${level}"]`);
    if (level !== 'verySatisfied') return;
    await ctx.hands.waitFor('main [data-rating="thanks"], main [data-rating="failed"]', 10_000, 'the thanks');
    await ctx.inspect('confirmation-rated');
    await tapContinue(ctx);
  },
};

/** Twice per run a low rating, for the pages it opens (reasons, own words, phone); else very satisfied. */
function ratingLevel(ctx: FlowContext): 'dissatisfied' | 'verySatisfied' {
  const low = (['low-rating', 'low-rating-other'] as const).find((path) => !ctx.coverage.has(path));
  if (!low) return 'verySatisfied';
  ctx.coverage.add(low);
  ctx.outcome.lowRatingReason = low === 'low-rating' ? 'first' : 'other';
  return 'dissatisfied';
}

const evaluation: Handler = {
  async act(ctx) {
    await ctx.inspect('evaluation');
    await ctx.hands.tap(`main [role="radio"][data-value="${ratingLevel(ctx)}"]`);
    await ctx.hands.tap(
      'main .k-screen__actions [data-action="continue"], main .k-screen__actions [data-action="submit-evaluation"]',
    );
  },
};

const evaluationReason: Handler = {
  async act(ctx) {
    await ctx.inspect('evaluation-reason');
    await ctx.hands.tap(
      ctx.outcome.lowRatingReason === 'other'
        ? 'main [role="checkbox"][data-value="other"]'
        : ctx.hands.page.locator('main [role="checkbox"]').first(),
    );
    await ctx.hands.tap(
      'main .k-screen__actions [data-action="continue"], main .k-screen__actions [data-action="submit-evaluation"]',
    );
  },
};

const evaluationReasonText: Handler = {
  async act(ctx) {
    await ctx.inspect('evaluation-reasonText');
    await typeOnKeyboard(ctx.hands, '太慢');
    await ctx.hands.tap(
      'main .k-screen__actions [data-action="continue"], main .k-screen__actions [data-action="submit-evaluation"]',
    );
  },
};

const evaluationPhone: Handler = {
  async act(ctx) {
    await ctx.inspect('evaluation-phone');
    ctx.typed.add('13912345678');
    await typeOnKeypad(ctx.hands, '13912345678');
    await ctx.hands.tap('main .k-screen__actions [data-action="submit-evaluation"]');
  },
};

const evaluationSent: Handler = {
  settleMs: 20_000,
  async act(ctx) {
    // Moves on by itself a moment after the rating is sent (or could not be); the citizen may tap 继续 first.
    await ctx.hands.page
      .locator(`${CONTINUE}:not([disabled])`)
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await ctx.inspect('evaluation-sent');
    // A measured citizen lets it move on by itself.
    if (!ctx.direct) await ctx.hands.tapIfThere(`${CONTINUE}:not([disabled])`);
  },
};

const takeCard: Handler = {
  async act(ctx) {
    await ctx.inspect('take-card');
    await ctx.api.removeCard();
    ctx.hands.otherActions += 1;
    // The page waits for the card to be lifted; its countdown shows once the reader says it is gone.
    await ctx.hands.waitFor('[data-screen="take-card"] [role="timer"]', 10_000, 'the card lifted');
    await ctx.hands.tap('main [data-action="finish"]');
  },
};

const preview: Handler = {
  async act(ctx) {
    await ctx.hands.waitFor('main [data-action="print"]:not([disabled])', 15_000, 'the document preview');
    // The page as it will print, drawn by pdf.js (a preview that cannot be drawn says so instead).
    await firstOf(
      ctx,
      ['main [data-rendered-page]', 'main .k-svc-pdf + .k-field-error, main .k-field-error'],
      15_000,
      'the drawn preview page',
    );
    await ctx.inspect('preview');
    await ctx.hands.tap('main [data-action="print"]');
  },
};

const print: Handler = {
  async act(ctx) {
    const which = await firstOf(ctx, [CONTINUE, 'main [data-action="skip-print"]'], 20_000, 'the end of printing');
    if (which !== CONTINUE) throw new RobotStuck(`printing failed: ${await ctx.hands.problemText()}`);
    await ctx.inspect('print');
    await ctx.hands.tap(CONTINUE);
  },
};

const result: Handler = {
  async act(ctx) {
    const which = await firstOf(ctx, ['main .k-screen__actions [data-action="print"]', CONTINUE], 15_000, 'the result');
    if (await ctx.hands.visible('main [data-outcome="certified"]')) ctx.outcome.certified = true;
    await ctx.inspect('result');
    await ctx.hands.tap(which);
  },
};

const bill: Handler = {
  async act(ctx) {
    const which = await firstOf(
      ctx,
      ['main [data-action="pay"]', CONTINUE, 'main [data-action="reenter"]'],
      15_000,
      'the bill',
    );
    if (which.includes('reenter')) throw new RobotStuck(`the bill was not found: ${await ctx.hands.problemText()}`);
    await ctx.inspect('bill');
    await ctx.hands.tap(which);
  },
};

const pay: Handler = {
  settleMs: 10_000,
  async act(ctx) {
    const order = await ctx.hands.waitFor('main [data-order]', 10_000, 'the payment QR code');
    await ctx.hands.page.locator('main .k-svc-qr img').waitFor({ timeout: 5_000 });
    await ctx.inspect('pay');
    const orderNumber = await order.getAttribute('data-order', { timeout: 5_000 });
    if (!orderNumber) throw new RobotStuck('no order number on the pay page');
    await ctx.api.pay(orderNumber);
    ctx.hands.otherActions += 1;
    ctx.outcome.paid = true;
  },
};

const payReceipt: Handler = {
  async act(ctx) {
    const which = await firstOf(
      ctx,
      [CONTINUE, 'main [data-action="skip-print"]'],
      20_000,
      'the printed payment receipt',
    );
    if (which !== CONTINUE) throw new RobotStuck(`the payment receipt did not print: ${await ctx.hands.problemText()}`);
    await ctx.inspect('pay-receipt');
    await ctx.hands.tap(CONTINUE);
  },
};

const slot: Handler = {
  async act(ctx) {
    await ctx.hands.waitFor('main [data-slot]:not([disabled])', 10_000, 'a free time slot');
    await ctx.inspect('slot');
    await ctx.hands.tap(ctx.hands.page.locator('main [data-slot]:not([disabled])').first());
    await tapContinue(ctx);
  },
};

const face: Handler = {
  settleMs: 15_000,
  async act(ctx) {
    const which = await firstOf(
      ctx,
      ['main [data-action="start-face"]', 'main [data-action="retake"]', 'main [data-face="holding"]'],
      10_000,
      'the face camera',
    );
    if (which.includes('holding')) return;
    await ctx.inspect('face');
    await ctx.hands.tap(which);
    // 3-2-1, then the frame goes to the platform.
    await ctx.hands.page.locator('main[data-screen="face"]').waitFor({ state: 'detached', timeout: 15_000 });
  },
};

const booking: Handler = {
  async act(ctx) {
    const which = await firstOf(ctx, [CONTINUE, 'main [data-action="skip-print"]'], 20_000, 'the booking confirmation');
    if (which !== CONTINUE)
      throw new RobotStuck(`the appointment slip did not print: ${await ctx.hands.problemText()}`);
    if (await ctx.hands.visible('main [data-outcome="booked"]')) ctx.outcome.bookingNumber = true;
    await ctx.inspect('booking');
    await ctx.hands.tap(CONTINUE);
  },
};

export const handlers: Readonly<Record<string, Handler>> = {
  guide,
  identify,
  situation,
  field,
  materials,
  commitment,
  sign,
  check,
  submit: waitOnly(15_000),
  'book-submit': waitOnly(15_000),
  confirmation,
  evaluation,
  'evaluation-reason': evaluationReason,
  'evaluation-reasonText': evaluationReasonText,
  'evaluation-phone': evaluationPhone,
  'evaluation-sent': evaluationSent,
  'take-card': takeCard,
  preview,
  print,
  result,
  bill,
  pay,
  'pay-receipt': payReceipt,
  slot,
  face,
  booking,
};

/** Screen ids → the catalog's flow screens (for saying which screen is missing). */
export const flowScreenOf: Readonly<Record<string, string>> = {
  situation: 'situations',
  field: 'form',
  'take-card': 'takeCard',
  'pay-receipt': 'payReceipt',
  'evaluation-reason': 'evaluation',
  'evaluation-reasonText': 'evaluation',
  'evaluation-phone': 'evaluation',
  'evaluation-sent': 'evaluation',
  'book-submit': 'submit',
  booking: 'confirmation',
};
