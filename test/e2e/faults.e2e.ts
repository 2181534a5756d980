import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDatabase } from '../../electron/services/store/sqlite.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { type Child, startPlatformServer } from '../integration/support/processes.js';
import { typeOnKeypad } from './robot/field-filling.js';
import { Inspector } from './robot/inspection.js';
import { KioskApi, newJobs } from './robot/kiosk-api.js';
import type { CitizenHands } from './robot/page-actions.js';
import { type RobotEnvironment, RobotCitizen } from './robot/run-flow.js';
import { checkWipe } from './robot/wipe-check.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';

/** The texts the page started playing (developer mode's speech log, renderer/src/speech/speech.tsx); runs in the page. */
function spokenLog(): string[] {
  return ((window as unknown as { __kioskSpeechLog?: Array<{ text: string }> }).__kioskSpeechLog ?? []).map(
    (e) => e.text,
  );
}

/**
 * What the citizen sees when things go wrong, and that nothing is lost: the idle timeout (with Playwright's
 * clock), the ID card lifted mid-flow, a printer out of paper while printing, the platform unreachable at
 * submit. The robot citizen of robot-citizen.e2e.ts drives the flows; these tests act in the middle.
 */
const portrait = { variant: 'faults', viewport: viewports.portrait } as const;
const env: RobotEnvironment = {
  catalog: defaultCatalog,
  inspector: new Inspector({ axeVariants: [], screenshotVariants: [] }),
  coverage: new Set(['scan', 'low-rating', 'dialog-full-guide']),
};

/** Plain words: Chinese, no stack traces, codes or English in Chinese mode. */
async function expectPlainChinese(hands: CitizenHands, selector: string): Promise<string> {
  const text = (await hands.page.locator(selector).first().innerText()).trim();
  expect(text).toMatch(/\p{Script=Han}{4}/u);
  expect(text).not.toMatch(/[A-Za-z]{4,}|Error|undefined|null|\bat\s|\.tsx?\b|[{}]|ECONN|HTTP/);
  return text;
}

describe('faults the citizen may meet', () => {
  let kiosk: KioskUnderTest;
  let api: KioskApi;

  beforeAll(async () => {
    kiosk = await startKiosk({ developerMode: true });
    api = new KioskApi(kiosk);
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('idle: a visible warning with a countdown after 120 s, spoken with the voice off; 继续办理 keeps what was typed, ten times; then the wipe', async () => {
    const robot = await RobotCitizen.begin(env, kiosk, 'BM-001', {
      ...portrait,
      beforeLoad: (page) => page.clock.install(),
    });
    const { hands } = robot;
    const { page } = hands;
    try {
      await robot.until('field');
      const typed = '621731';
      await typeOnKeypad(hands, typed);
      const input = page.locator('main [data-field="waterAccount"]');
      await expect.poll(() => input.inputValue()).toBe(typed);
      const warning = page.locator('dialog[data-dialog="idle-warning"]');

      await page.clock.runFor(119_000);
      expect(await warning.isVisible()).toBe(false);
      // The voice is off (the default): the warning is spoken all the same — heard by someone who cannot see it.
      expect(await page.locator('html').getAttribute('data-voice')).toBe('off');
      const playedBefore = (await page.evaluate(spokenLog)).length;
      await page.clock.runFor(2_000);
      await warning.waitFor({ state: 'visible', timeout: 3_000 });
      expect(await warning.locator('.k-dialog__title').innerText()).toBe('您还在办理吗？');
      await expect.poll(async () => (await page.evaluate(spokenLog)).slice(playedBefore)).toContain('您还在办理吗？'); // its first sentence; the rest follows when that ends (the page's clock is stopped here)
      await expect.poll(() => warning.innerText()).toMatch(/40 秒后将结束办理/);
      await page.clock.runFor(5_000);
      await expect.poll(() => warning.innerText()).toMatch(/35 秒后将结束办理/);
      await screenshot(page, 'fault-idle-warning');

      // 继续办理: the same page, with what was typed. At least ten times.
      for (let extension = 1; extension <= 10; extension += 1) {
        await hands.tap(warning.getByRole('button', { name: '继续办理' }));
        await warning.waitFor({ state: 'hidden', timeout: 3_000 });
        expect(await page.locator('main').getAttribute('data-screen')).toBe('field');
        expect(await input.inputValue()).toBe(typed);
        await page.clock.runFor(121_000);
        await warning.waitFor({ state: 'visible', timeout: 3_000 });
      }
      // After ten extensions the warning no longer offers one; the countdown runs out and the session is wiped.
      expect(await warning.getByRole('button').count()).toBe(0);
      await page.clock.runFor(41_000);
      const wipe = await checkWipe(page, robot.ctx.citizen, new Set([typed]));
      expect(wipe.leftovers).toEqual([]);
      expect(await page.locator('main [data-field]').count()).toBe(0);
    } finally {
      await robot.close();
    }
  }, 120_000);

  it('card lifted mid-form: the page stays as it was, the application goes through, nothing lost', async () => {
    const robot = await RobotCitizen.begin(env, kiosk, 'RS-005', portrait);
    const before = await robot.until('field');
    await api.removeCard();
    await robot.hands.page.waitForTimeout(1_500);
    const after = await robot.hands.state();
    expect(after.screen).toBe(before.screen);
    expect(after.title).toBe(before.title);
    expect(await robot.hands.page.locator('main [role="alert"]').count()).toBe(0);
    const run = await robot.finish();
    expect(run.reason ?? 'completed').toBe('completed');
    expect(run.caseNumber).toBe(true);
    expect(run.printedJobs).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('card lifted at "is this you?": 重新读卡 waits for a card again and shows nobody; the next card is read', async () => {
    const robot = await RobotCitizen.begin(env, kiosk, 'RS-006', portrait);
    const { hands } = robot;
    await robot.until('identify');
    await api.placeCard(robot.ctx.citizen.key);
    await hands.waitFor('main [data-action="confirm-identity"]', 15_000, 'the identity confirmation');
    await api.removeCard();
    await hands.tap('main [data-action="not-me"]');
    await hands.waitFor('main [data-reader-status]', 5_000, 'the card instruction again');
    expect(await hands.page.locator('[data-masked-name]').count()).toBe(0);
    expect(await hands.page.locator('body').innerText()).not.toContain(robot.ctx.citizen.idNumber.slice(-4));
    const run = await robot.finish();
    expect(run.reason ?? 'completed').toBe('completed');
  }, 120_000);

  it('document printer out of paper mid-print: plain words, 重新打印 after the refill prints the same document once', async () => {
    const robot = await RobotCitizen.begin(env, kiosk, 'GJJ-001', portrait);
    const { hands } = robot;
    try {
      await robot.until('preview');
      await hands.waitFor('main [data-action="print"]:not([disabled])', 15_000, 'the preview');
      const before = await api.printed();
      await api.fault('documentPrinter', 'paperOut');
      await hands.tap('main [data-action="print"]');
      await hands.waitFor('main [data-print="failed"]', 15_000, 'the printer fault');
      const words = await expectPlainChinese(hands, 'main [data-print="failed"]');
      expect(words).toMatch(/纸/);
      await screenshot(hands.page, 'fault-paper-out');
      expect(await hands.visible('main [data-action="retry-print"]')).toBe(true);
      expect(await hands.visible('main [data-action="skip-print"]')).toBe(true);
      expect(newJobs(before, await api.printed())).toEqual([]);

      await api.fault('documentPrinter', 'paperFull');
      await hands.tap('main [data-action="retry-print"]');
      await hands.waitFor('main [data-print="done"]', 15_000, 'the printout after the refill');
      const printed = newJobs(before, await api.printed());
      expect(printed.map((j) => j.device)).toEqual(['documentPrinter']);
      expect(printed[0]?.bytes).toBeGreaterThan(1000);
    } finally {
      await api.fault('documentPrinter', 'paperFull').catch(() => undefined);
    }
    const run = await robot.finish();
    expect(run.reason ?? 'completed').toBe('completed');
    expect(run.printedJobs).toBe(1);
  }, 120_000);

  it('receipt printer out of paper at the confirmation: the case number stays, the receipt prints after the refill', async () => {
    const robot = await RobotCitizen.begin(env, kiosk, 'RS-008', portrait);
    const { hands } = robot;
    try {
      await robot.until('check');
      await api.fault('receiptPrinter', 'paperOut');
      await robot.until('confirmation');
      await hands.waitFor(
        'main [data-print="receipt"][data-print-status="failed"]',
        20_000,
        'the receipt printer fault',
      );
      expect(await hands.visible('main [data-case-number]')).toBe(true);
      await expectPlainChinese(hands, 'main [data-print="receipt"]');
      await screenshot(hands.page, 'fault-receipt-paper-out');
      await api.fault('receiptPrinter', 'paperFull');
      await hands.tap('main [data-action="retry-receipt"]');
      await hands.waitFor(
        'main [data-print="receipt"][data-print-status="done"]',
        20_000,
        'the receipt after the refill',
      );
    } finally {
      await api.fault('receiptPrinter', 'paperFull').catch(() => undefined);
    }
    const run = await robot.finish();
    expect(run.reason ?? 'completed').toBe('completed');
    expect(run.printedJobs).toBe(1);
  }, 120_000);

  it('receipt printer out of paper and the citizen walks away: the idle wipe releases the application, whose personal data then goes', async () => {
    const robot = await RobotCitizen.begin(env, kiosk, 'RS-008', {
      ...portrait,
      beforeLoad: (page) => page.clock.install(),
    });
    const { hands } = robot;
    const { page } = hands;
    try {
      await robot.until('check');
      await api.fault('receiptPrinter', 'paperOut');
      await robot.until('confirmation');
      await hands.waitFor(
        'main [data-print="receipt"][data-print-status="failed"]',
        20_000,
        'the receipt printer fault',
      );
      const caseNumber = (await page.locator('main [data-case-number]').getAttribute('data-case-number')) ?? '';
      // Delivered, but the receipt is owed: the application's data is kept for it.
      expect(outboxRow(kiosk, caseNumber)).toEqual({ state: 'delivered', released: 0, payloadHeld: 1 });
      // Nobody touches the screen: the warning, then its countdown, then the wipe.
      await page.clock.runFor(121_000);
      await page.locator('dialog[data-dialog="idle-warning"]').waitFor({ state: 'visible', timeout: 3_000 });
      await page.clock.runFor(41_000);
      await page.locator('[data-screen="attract"]').waitFor({ timeout: 5_000 });
      await expect
        .poll(() => outboxRow(kiosk, caseNumber), { timeout: 10_000 })
        .toEqual({ state: 'delivered', released: 1, payloadHeld: 0 });
    } finally {
      await api.fault('receiptPrinter', 'paperFull').catch(() => undefined);
      await robot.close();
    }
  }, 120_000);
});

/** The kiosk's own outbox row of one case, read beside the running backend (case numbers are not personal data). */
function outboxRow(
  kiosk: KioskUnderTest,
  caseNumber: string,
): { state: string; released: number; payloadHeld: number } | undefined {
  const db = new SqliteDatabase(join(kiosk.dataDir, 'kiosk.db'), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT state, receipt_printed_at IS NOT NULL AS released, payload IS NOT NULL AS payloadHeld FROM outbox WHERE case_number = ?',
      )
      .get(caseNumber) as { state: string; released: number; payloadHeld: number } | undefined;
  } finally {
    db.close();
  }
}

describe('platform offline at submit', () => {
  const TOKEN = 'robot-offline-token';
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-offline-'));
  let server: Child | undefined;
  let port = 0;
  let kiosk: KioskUnderTest;

  const startServer = () => startPlatformServer({ port, dataDir: join(dir, 'platform'), token: TOKEN });

  beforeAll(async () => {
    const first = await startServer();
    server = first.child;
    port = Number(new URL(first.url).port);
    kiosk = await startKiosk({
      developerMode: true,
      platform: { kind: 'http', baseUrl: first.url, token: TOKEN, timeoutMs: 2_000 },
    });
  }, 60_000);

  afterAll(async () => {
    await kiosk?.close();
    await server?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('the application is saved with an acceptance number and a receipt, said in plain words, and delivered once the platform is back', async () => {
    const api = new KioskApi(kiosk);
    const robot = await RobotCitizen.begin(env, kiosk, 'GA-002', portrait);
    const { hands } = robot;
    await robot.until('check');
    await server?.kill('SIGKILL');
    await robot.until('confirmation');
    await hands.waitFor('main [data-confirmation="saved"]', 15_000, 'the saved confirmation');
    expect(await hands.page.locator('#k-screen-title').innerText()).toBe('申请已保存');
    await expectPlainChinese(hands, 'main .k-confirmation__saved');
    const localNumber = await hands.page.locator('main [data-local-number]').getAttribute('data-local-number');
    expect(localNumber).toBeTruthy();
    expect(await hands.page.locator('main [data-case-number]').count()).toBe(0);
    await hands.waitFor('main [data-print="receipt"][data-print-status="done"]', 20_000, 'the receipt');
    await screenshot(hands.page, 'fault-offline-saved');
    const run = await robot.finish();
    // The robot finishes the session; it only misses the case number, which the platform has not given yet.
    expect(run.wiped).toBe(true);
    expect(run.reason).toBe('only a local acceptance number, no case number');
    expect(run.printedJobs).toBe(1);

    // The session is over, so the application's status is nobody's business at this kiosk now (main owns who
    // the citizen is); the queue shows it waiting.
    expect(await api.call('submission.status', { localNumber })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    const waiting = await api.call<{ pending: number }>('outbox.status');
    expect(waiting.ok && (waiting.value?.pending ?? 0) >= 1).toBe(true);

    // The platform comes back: the kiosk delivers the application by itself.
    server = (await startServer()).child;
    await expect
      .poll(
        async () => {
          const reply = await api.call<{ pending: number; online: boolean | null }>('outbox.status');
          return reply.ok && reply.value.pending === 0 && reply.value.online === true;
        },
        { timeout: 90_000, interval: 1_000 },
      )
      .toBe(true);
  }, 240_000);
});
