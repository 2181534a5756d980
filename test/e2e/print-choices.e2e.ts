import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lastMonthsPeriod, periodText } from '../../shared/platform/record-choices.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { photographFailure, shotsOf } from './support/screenshots.js';
import { action, answer, identify, openFromSearch, type Reply, takeCardAway, typeKeypad } from './support/steps.js';

/**
 * 社会保险个人参保证明打印 (RS-001) prints what the citizen chose: "近12个月" and a custom period give certificates
 * stating different periods (read from the PDF the preview shows), 仅养老保险 changes the title, and an end month
 * before the start month is refused on the preview with plain words and nothing to print. Output never shows the
 * demo person's name or number.
 */

type Printout = Reply<{ pdfBase64: string; title: string }>;

async function startRs001(page: Page, kiosk: KioskUnderTest) {
  await openFromSearch(page, 'cbzm', 'RS-001');
  await identify(page, kiosk, 'zhang-xiaoming');
}

/** Photographed without checks, the developer-mode simulator tab hidden. */
const shot = shotsOf('print-choices-');

/** A month on the date keypad: year and month only (YYYYMM), shown as "2025 年 03 月" — no day to make up. */
async function typeMonth(page: Page, field: string, digits: string) {
  await page.locator(`[data-field="${field}"]`).waitFor();
  await typeKeypad(page, digits);
  expect(await page.locator(`[data-field="${field}"]`).inputValue()).toBe(
    `${digits.slice(0, 4)} 年 ${digits.slice(4, 6)} 月`,
  );
  if (field === 'fromMonth') await screenshot(page, 'print-choices-month-field');
  await action(page, 'continue').click();
}

describe('RS-001 prints the period and kind the citizen chose', () => {
  let kiosk: KioskUnderTest;
  let work: string;
  let current: Page | undefined;

  beforeAll(async () => {
    kiosk = await startKiosk({ developerMode: true });
    work = mkdtempSync(join(tmpdir(), 'print-choices-'));
  });
  afterEach(async (context) => {
    await photographFailure(context, current, 'print-choices');
    await takeCardAway(kiosk);
    await current?.close();
    current = undefined;
  });
  afterAll(async () => {
    await kiosk?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** The printout the preview page asked for: what it sent, and the text of the PDF it got back. */
  async function preview(
    page: Page,
    name: string,
  ): Promise<{ sent: Record<string, unknown>; title: string; text: string }> {
    const response = await page.waitForResponse((r) => r.url().includes('/api/invoke/documents.printout'), {
      timeout: 20_000,
    });
    const sent = JSON.parse(response.request().postData() ?? '{}') as Record<string, unknown>;
    const reply = (await response.json()) as Printout;
    expect(reply.ok, `printout: ${reply.error?.code}`).toBe(true);
    const path = join(work, `${name}.pdf`);
    writeFileSync(path, Buffer.from(reply.value?.pdfBase64 ?? '', 'base64'));
    await page.locator('[data-screen="preview"] canvas[data-rendered-page="1"]').waitFor({ timeout: 20_000 });
    await shot(page, name);
    return {
      sent,
      title: reply.value?.title ?? '',
      text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
    };
  }

  it('last 12 months and a custom period print different periods; pension only changes the title', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await startRs001(page, kiosk);
    const waiting = preview(page, 'last12');
    await answer(page, 'allInsurances', 'last12');
    const last12 = await waiting;
    expect(last12.sent.choices).toEqual({
      answers: { certificateKind: 'allInsurances', period: 'last12' },
      values: {},
    });
    expect(last12.title).toBe('社会保险个人参保证明');
    expect(last12.text).toContain(`缴费期间${periodText(lastMonthsPeriod(Date.now(), 12))}`);

    // 返回 to the questions (both on one page), and choose 仅养老保险 and March to August 2025 instead.
    await page.locator('[data-action="back"]').first().click();
    await page.locator('[data-screen="situation"] [data-value="pensionOnly"]').waitFor();
    await answer(page, 'pensionOnly', 'custom');
    await typeMonth(page, 'fromMonth', '202503');
    const waitingCustom = preview(page, 'custom');
    await typeMonth(page, 'toMonth', '202508');
    const custom = await waitingCustom;
    expect(custom.sent.choices).toMatchObject({ answers: { certificateKind: 'pensionOnly', period: 'custom' } });
    expect(custom.title).toBe('基本养老保险个人参保证明');
    expect(custom.text).toContain('缴费期间2025年03月—2025年08月');
    expect(custom.text).not.toContain(last12.text.match(/缴费期间[^缴]{8,20}/)?.[0] ?? '—');
    expect(custom.text).toContain('2025-03');
    expect(custom.text).not.toContain('2025-09');
  });

  it('an end month before the start month is caught on its own page (issue 10), with nothing asked of the platform', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await startRs001(page, kiosk);
    await answer(page, 'allInsurances', 'custom');
    await typeMonth(page, 'fromMonth', '202508');
    let asked = 0;
    page.on('request', (r) => {
      if (r.url().includes('/api/invoke/documents.printout')) asked += 1;
    });
    await typeMonth(page, 'toMonth', '202503');
    // Still the end month's page, saying what is wrong where it can be put right.
    const error = page.locator('[data-screen="field"] .k-field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('截止月份不能早于起始月份');
    expect(await page.locator('[data-screen="field"] .k-error-summary').textContent()).toContain(
      '截止月份不能早于起始月份',
    );
    expect(await page.locator('[data-field="toMonth"]').getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'refused');
    expect(asked).toBe(0);
    // A later month goes on to the preview.
    const waiting = preview(page, 'fixed');
    await typeMonth(page, 'toMonth', '202509');
    expect((await waiting).text).toContain('缴费期间2025年08月—2025年09月');
  });
});
