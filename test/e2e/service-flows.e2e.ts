import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findDemoCitizen } from '../../shared/demo/demo-citizens.js';
import { type KioskUnderTest, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectBigTargets, expectNoOverlap, expectNoScrolling } from './support/page-checks.js';
import { photographFailure, shotsOf } from './support/screenshots.js';
import {
  action,
  answer,
  evaluateAndLeave,
  identify,
  invoke,
  liftCard,
  lookUpPublicRecord,
  openFromSearch,
  printed,
  rateSatisfied,
  takeCardAway,
  typeKeypad,
  typePinyin,
} from './support/steps.js';

/**
 * The service flows end to end through the web host with the simulated ID card reader and printers and
 * Chromium's fake camera: 社会保险个人参保证明打印 (print, out of paper mid-print), 医保个人账户及缴费查询 (query),
 * 水费缴纳 (pay: unknown account, a closed order, then paid), 婚姻登记预约 (book, a full slot) and
 * 养老保险待遇领取资格认证 (certify by face). Each asserts what the simulated printers printed, and every screen
 * of these flows is photographed at 1080×1920 after checking that nothing scrolls or overflows and every
 * button is a full touch target. Test output never shows the demo people's names or numbers.
 */

const shot = shotsOf('service-', [expectNoScrolling, expectBigTargets, expectNoOverlap]);

describe('service flows at the kiosk', () => {
  let kiosk: KioskUnderTest;
  /** The page of the running test, photographed if the test fails (what the citizen was looking at). */
  let current: Page | undefined;
  afterEach(async (context) => {
    await photographFailure(context, current, 'service');
    await takeCardAway(kiosk);
    current = undefined;
  });
  beforeAll(async () => {
    // The face camera is a real camera driver here: Chromium's fake device stands in for it.
    kiosk = await startKiosk({ developerMode: true, devices: { faceCamera: { driver: 'camera' } } });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('prints the social insurance certificate (证明打印): preview page by page, paper runs out mid-print, staff refill, printed', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'cbzm', 'RS-001');
    await identify(page, kiosk, 'zhang-xiaoming');
    await answer(page, 'allInsurances', 'last12');

    await page.locator('[data-screen="preview"] canvas[data-rendered-page="1"]').waitFor({ timeout: 20_000 });
    await shot(page, 'preview-page1');
    if (await page.locator('[data-screen="preview"] [data-action="next-page"]').isVisible()) {
      await page.locator('[data-screen="preview"] [data-action="next-page"]').click();
      await page.locator('[data-screen="preview"] canvas[data-rendered-page="2"]').waitFor();
      await shot(page, 'preview-page2');
    }

    // The printer runs out of paper: the citizen is told in plain words, and nothing is lost.
    expect((await invoke(kiosk, 'devices.sim.fault', { device: 'documentPrinter', fault: 'paperOut' })).ok).toBe(true);
    const before = (await printed(kiosk)).length;
    await action(page, 'print').click();
    await page.locator('[data-screen="print"] [data-print="failed"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-screen="print"] [data-print="failed"]').textContent()).toContain(
      '打印机缺纸，请联系工作人员',
    );
    await shot(page, 'print-paper-out');
    expect((await printed(kiosk)).length).toBe(before);

    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'documentPrinter', fault: 'paperFull' })).toMatchObject({
      ok: true,
    });
    await page.locator('[data-action="retry-print"]').click();
    await page.locator('[data-screen="print"] [data-print="done"]').waitFor({ timeout: 20_000 });
    await shot(page, 'print-done');
    const jobs = await printed(kiosk);
    expect(jobs[0]).toMatchObject({ device: 'documentPrinter', media: 'A4', title: '社会保险个人参保证明' });
    expect(jobs.length).toBe(before + 1);

    await action(page, 'continue').click();
    await evaluateAndLeave(page, kiosk);
  });

  it('previews a certificate enlarged in 长辈模式 (issue 10): its text as wide as the screen, a screen at a time', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'cbzm', 'RS-001', () => page.locator('.k-senior-toggle').click());
    await identify(page, kiosk, 'zhang-xiaoming');
    await answer(page, 'allInsurances', 'last12');
    const canvas = page.locator('[data-screen="preview"] canvas');
    await page.locator('[data-screen="preview"] canvas[data-rendered-band="1-1"]').waitFor({ timeout: 20_000 });
    const status = page.locator('[data-screen="preview"] .k-pager__status');
    const bands = Number(await status.getAttribute('data-bands'));
    // The one-page certificate takes more than one screen: it is drawn larger than a whole page would fit.
    expect(bands).toBeGreaterThan(1);
    expect(await status.textContent()).toBe(`第 1 屏，共 ${bands} 屏`);
    const area = await page.locator('[data-screen="preview"] .k-svc-pdf__page').boundingBox();
    const drawn = await canvas.boundingBox();
    expect(drawn && area && drawn.width).toBeGreaterThan((area?.width ?? 0) * 0.95);
    await shot(page, 'preview-senior-band1');
    await page.locator('[data-screen="preview"] [data-action="next-page"]').click();
    await page.locator('[data-screen="preview"] canvas[data-rendered-band="1-2"]').waitFor();
    await shot(page, 'preview-senior-band2');
    await page.locator('[data-screen="preview"] [data-action="previous-page"]').click();
    await page.locator('[data-screen="preview"] canvas[data-rendered-band="1-1"]').waitFor();
  });

  it('looks up the medical insurance account (查询): records on screen, paged', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'ybye', 'YB-002');
    await identify(page, kiosk, 'zhang-xiaoming');
    await answer(page, 'account');
    await page.locator('[data-screen="result"] [data-entry]').first().waitFor({ timeout: 10_000 });
    const text = (await page.locator('[data-screen="result"]').textContent()) ?? '';
    expect(text).toContain('个人账户余额');
    expect(text).toContain('3,905.12元');
    const citizen = findDemoCitizen('zhang-xiaoming');
    expect(citizen && text.includes(citizen.name), 'the full name is on screen').toBe(false);
    await shot(page, 'result-records');
    await action(page, 'continue').click();
    // Nothing was printed: the last page asks for the ID card only, not for papers that do not exist.
    await rateSatisfied(page);
    const takeCard = page.locator('[data-screen="take-card"]');
    await takeCard.waitFor({ timeout: 10_000 });
    expect(await takeCard.locator('#k-screen-title').textContent()).toBe('请取走您的身份证');
    expect(await takeCard.textContent()).not.toContain('打印件');
    await liftCard(page, kiosk);
    await page.locator('[data-screen="attract"]').waitFor();
  });

  it('looks up housing fund details (查询): a table of months as cards, page by page', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'zhmx', 'GJJ-002');
    await identify(page, kiosk, 'zhang-xiaoming');
    await answer(page, 'thisYear');
    await page.locator('[data-screen="result"] [data-entry]').first().waitFor({ timeout: 10_000 });
    const status = page.locator('[data-screen="result"] .k-pager__status');
    expect(await status.textContent()).toMatch(/^第 1 页，共 \d+ 页$/);
    await shot(page, 'result-table-page1');
    await page.locator('[data-screen="result"] [data-action="next-page"]').click();
    expect(await status.textContent()).toMatch(/^第 2 页/);
    expect(await page.locator('[data-screen="result"] .k-svc-card').count()).toBeGreaterThan(0);
    await shot(page, 'result-table-page2');
    await action(page, 'continue').click();
    await evaluateAndLeave(page, kiosk);
  });

  it('looks up a business without an ID card (查询, public record): name typed in pinyin, the register entry shown', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await lookUpPublicRecord(page);
    const text = (await page.locator('[data-screen="result"]').textContent()) ?? '';
    expect(text).toContain('阳泉市郊区建国家常菜馆');
    expect(text).toContain('存续');
    await shot(page, 'result-public');
    await action(page, 'continue').click();
    await evaluateAndLeave(page, false);
  });

  it('shows the same records in 长辈模式: fewer, larger entries per page, still no scrolling', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'zhmx', 'GJJ-002', () => page.locator('.k-senior-toggle').click());
    await identify(page, kiosk, 'zhang-xiaoming');
    await answer(page, 'thisYear');
    await page.locator('[data-screen="result"] [data-entry]').first().waitFor({ timeout: 10_000 });
    await shot(page, 'result-senior-page1');
    await page.locator('[data-screen="result"] [data-action="next-page"]').click();
    await shot(page, 'result-senior-page2');
  });

  it('pays a water bill (缴费): a wrong account, the bill, a closed order, a new code, paid, receipt printed', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'sfjn', 'BM-001');
    await answer(page, 'bill');

    // An account that does not exist: plain words and a way back to change it.
    await page.locator('[data-screen="field"]').waitFor();
    await typeKeypad(page, '9991234567');
    await action(page, 'continue').click();
    await page.locator('[data-screen="bill"] [data-problem="billNotFound"]').waitFor({ timeout: 10_000 });
    await shot(page, 'bill-not-found');
    await action(page, 'reenter').click();
    await typeKeypad(page, '3101234567');
    await action(page, 'continue').click();

    await page.locator('[data-screen="bill"] [data-amount-fen]').waitFor({ timeout: 10_000 });
    const amountFen = Number(
      await page.locator('[data-screen="bill"] [data-amount-fen]').getAttribute('data-amount-fen'),
    );
    expect(amountFen).toBeGreaterThan(0);
    await shot(page, 'bill');
    await action(page, 'pay').click();

    // The QR code with a countdown; the order is closed (the citizen gave up on the phone): nothing taken, a new code.
    const qr = page.locator('[data-screen="pay"] [data-order]');
    await qr.waitFor({ timeout: 10_000 });
    await page.locator('[data-screen="pay"] img.k-svc-qr__image').waitFor();
    expect(Number(await page.locator('[data-seconds-left]').getAttribute('data-seconds-left'))).toBeGreaterThan(800);
    await shot(page, 'pay-qr');
    const first = (await qr.getAttribute('data-order')) ?? '';
    expect((await invoke(kiosk, 'payment.simulate', { orderNumber: first, outcome: 'closed' })).ok).toBe(true);
    await action(page, 'new-qr').waitFor({ timeout: 10_000 });
    await shot(page, 'pay-closed');
    await action(page, 'new-qr').click();
    await page.locator(`[data-screen="pay"] [data-order]:not([data-order="${first}"])`).waitFor({ timeout: 10_000 });
    const second = (await page.locator('[data-screen="pay"] [data-order]').getAttribute('data-order')) ?? '';

    const before = (await printed(kiosk)).length;
    expect((await invoke(kiosk, 'payment.simulate', { orderNumber: second, outcome: 'paid' })).ok).toBe(true);
    await page.locator('[data-screen="pay-receipt"] [data-print="done"]').waitFor({ timeout: 20_000 });
    await shot(page, 'pay-receipt');
    const jobs = await printed(kiosk);
    expect(jobs.length).toBe(before + 1);
    expect(jobs[0]).toMatchObject({
      device: 'receiptPrinter',
      media: 'receipt80',
      title: '缴费凭证',
      documentId: `P-${second}`,
    });
    expect(
      (await invoke<{ status: string; amountFen: number }>(kiosk, 'payment.status', { orderNumber: second })).value,
    ).toMatchObject({ status: 'paid', amountFen });

    await action(page, 'continue').click();
    await evaluateAndLeave(page, false);
  });

  it('keeps the session while the QR code waits for the phone: the idle timeout does not wipe a payment', async () => {
    const context = await kiosk.browser.newContext({
      viewport: viewports.portrait,
      deviceScaleFactor: 1,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    current = page;
    try {
      await page.clock.install();
      await page.goto(kiosk.host.url);
      await openFromSearch(page, 'sfjn', 'BM-001');
      await answer(page, 'bill');
      await page.locator('[data-screen="field"]').waitFor();
      await typeKeypad(page, '3101234567');
      await action(page, 'continue').click();
      await page.locator('[data-screen="bill"] [data-amount-fen]').waitFor({ timeout: 10_000 });
      await action(page, 'pay').click();
      const qr = page.locator('[data-screen="pay"] [data-order]');
      await qr.waitFor({ timeout: 10_000 });
      // Well past the 120 s warning and its countdown: no warning, the QR code still there.
      await page.clock.runFor(200_000);
      await page.waitForTimeout(300);
      expect(await page.locator('dialog[data-dialog="idle-warning"][open]').count()).toBe(0);
      expect(await page.locator('[data-screen="pay"]').count()).toBe(1);
      const order = (await qr.getAttribute('data-order')) ?? '';
      expect((await invoke(kiosk, 'payment.simulate', { orderNumber: order, outcome: 'paid' })).ok).toBe(true);
      await page.locator('[data-screen="pay-receipt"] [data-print="done"]').waitFor({ timeout: 20_000 });
    } finally {
      await context.close();
    }
  });

  it('pays in English and 长辈模式 (senior mode): bill, QR code and receipt still fit, with larger text', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'water', 'BM-001', async () => {
      await page.locator('.k-senior-toggle').click();
      await page.getByRole('button', { name: 'Switch to English' }).click();
    });
    await answer(page, 'prepay');
    await typeKeypad(page, '3101234567');
    await action(page, 'continue').click();
    await typeKeypad(page, '50');
    await action(page, 'continue').click();
    await page.locator('[data-screen="bill"] [data-amount-fen="5000"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-screen="bill"] h2').textContent()).toBe('Check what you are paying');
    await shot(page, 'bill-en-senior');
    await action(page, 'pay').click();
    const qr = page.locator('[data-screen="pay"] [data-order]');
    await qr.waitFor({ timeout: 10_000 });
    await page.locator('[data-screen="pay"] img.k-svc-qr__image').waitFor();
    await shot(page, 'pay-qr-en-senior');
    expect(
      await invoke(kiosk, 'payment.simulate', {
        orderNumber: (await qr.getAttribute('data-order')) ?? '',
        outcome: 'paid',
      }),
    ).toMatchObject({ ok: true });
    await page.locator('[data-screen="pay-receipt"] [data-print="done"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-screen="pay-receipt"]').textContent()).toContain('You have paid 50.00 yuan');
    await shot(page, 'pay-receipt-en-senior');
    await action(page, 'continue').click();
    await page.locator('[data-screen="evaluation"]').waitFor();
  });

  it("shows the platform's English in English mode: a record's labels and values, a bill's lines, period and note", async () => {
    const openInEnglish = (page: Page, words: string, code: string) =>
      openFromSearch(page, words, code, () => page.getByRole('button', { name: 'Switch to English' }).click());
    const han = /[\u3400-\u9fff]/;

    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openInEnglish(page, 'medical', 'YB-002');
    await identify(page, kiosk, 'zhang-xiaoming');
    await answer(page, 'account');
    await page.locator('[data-screen="result"] [data-entry]').first().waitFor({ timeout: 10_000 });
    const labels = await page.locator('[data-screen="result"] .k-svc-row__label').allTextContents();
    expect(labels).toEqual(['Insurance', 'Category', 'Status', 'Insured in', 'Personal account balance']);
    const values = await page.locator('[data-screen="result"] .k-svc-row__value').allTextContents();
    expect(
      values.filter((v) => han.test(v)),
      'record values left in Chinese',
    ).toEqual([]);
    expect(values).toContain('3,905.12 yuan');
    expect(await page.locator('[data-screen="result"] h2').textContent()).toBe('Medical insurance enrolment record');
    expect((await page.locator('[data-screen="result"] .k-svc-note').first().textContent()) ?? '').toContain(
      'Jiaoqu Branch of the Yangquan Medical Security Bureau',
    );
    expect(await page.locator('[data-screen="result"] [data-platform-chinese]').count()).toBe(0);
    await shot(page, 'result-en');
    await page.close();
    await takeCardAway(kiosk);

    const billPage = await kiosk.newPage(viewports.portrait);
    current = billPage;
    await openInEnglish(billPage, 'water', 'BM-001');
    await answer(billPage, 'bill');
    await typeKeypad(billPage, '3101234567');
    await action(billPage, 'continue').click();
    await billPage.locator('[data-screen="bill"] [data-amount-fen]').waitFor({ timeout: 10_000 });
    const lines = await billPage.locator('[data-screen="bill"] .k-svc-line__text').allTextContents();
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line).toMatch(/^Bill for [A-Z][a-z]+ \d{4}$/);
    const bill = (await billPage.locator('[data-screen="bill"] .k-screen__body').textContent()) ?? '';
    // Only the masked account holder's surname is Chinese (a name is a name).
    expect(bill.replace(/[\u3400-\u9fff]\*\*/, '')).not.toMatch(han);
    expect(bill).toContain('yuan owing in all');
    expect(await billPage.locator('[data-screen="bill"] [data-platform-chinese]').count()).toBe(0);
    await shot(billPage, 'bill-en');
  });

  it('fits the bill and the QR code on a landscape 1920×1080 panel too', async () => {
    const page = await kiosk.newPage(viewports.landscape);
    current = page;
    await openFromSearch(page, 'sfjn', 'BM-001');
    await answer(page, 'bill');
    await typeKeypad(page, '3101234567');
    await action(page, 'continue').click();
    await page.locator('[data-screen="bill"] [data-amount-fen]').waitFor({ timeout: 10_000 });
    await shot(page, 'bill-1920x1080');
    await action(page, 'pay').click();
    await page.locator('[data-screen="pay"] img.k-svc-qr__image').waitFor({ timeout: 10_000 });
    await shot(page, 'pay-qr-1920x1080');
    // The QR code stays large enough to scan (at least 40 mm ≈ 160 px on this panel).
    const size = await page.locator('[data-screen="pay"] .k-svc-qr').boundingBox();
    expect(size?.height ?? 0).toBeGreaterThanOrEqual(160);
  });

  it('books a marriage registration (预约): days and times, a full slot disabled in words, slip printed', async () => {
    // Fill one slot of the first bookable day so the page shows a full slot.
    const from = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
    const slots = await invoke<{ slots: Array<{ slotId: string; date: string; remaining: number }> }>(
      kiosk,
      'appointment.slots',
      { itemCode: 'MZ-001', from, days: 14 },
    );
    const target = slots.value?.slots[0];
    if (!target) throw new Error('no slots');
    const li = findDemoCitizen('li-xiuying');
    if (!li) throw new Error('demo citizen');
    for (let i = 0; i < target.remaining; i += 1) {
      const booked = await invoke(kiosk, 'appointment.book', {
        idempotencyKey: randomUUID(),
        slotId: target.slotId,
        itemCode: 'MZ-001',
        applicant: { name: li.name, idNumber: li.idNumber, phone: li.phone },
      });
      expect(booked.ok).toBe(true);
    }

    const zhang = findDemoCitizen('zhang-xiaoming');
    if (!zhang) throw new Error('demo citizen');
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'hydj', 'MZ-001');
    await identify(page, kiosk, 'zhang-xiaoming');
    await answer(page, 'marriage');

    await page.locator('[data-screen="slot"] [data-date]').first().waitFor({ timeout: 10_000 });
    await page.locator(`[data-screen="slot"] [data-date="${target.date}"]`).click();
    const full = page.locator(`[data-screen="slot"] [data-slot="${target.slotId}"]`);
    expect(await full.isDisabled()).toBe(true);
    expect(await full.textContent()).toContain('已约满');
    // 继续 without a time: the error summary.
    await action(page, 'continue').click();
    await page.locator('[data-screen="slot"] .k-error-summary').waitFor();
    await shot(page, 'slot-error');
    await page.locator('[data-screen="slot"] [data-slot]:not([disabled])').first().click();
    await shot(page, 'slot');
    await action(page, 'continue').click();

    // The partner's name and ID number; the phone comes from the platform records.
    await page.locator('[data-screen="field"]').waitFor();
    await typePinyin(page, [
      ['zhao', '赵'],
      ['li', '丽'],
    ]);
    await action(page, 'continue').click();
    const partner = findDemoCitizen('zhao-li');
    if (!partner) throw new Error('demo citizen');
    await typeKeypad(page, partner.idNumber);
    await action(page, 'continue').click();
    // The optional ceremony question. The mobile number the platform holds for the person is not asked: the
    // check page shows it, from the records, with 修改.
    await page.locator('[data-screen="field"] [role="radio"]').last().click();
    await action(page, 'continue').click();
    // 核对您的信息 shows the appointment; 修改 goes back to the slot page and returns here.
    await page.locator('[data-screen="check"] [data-row="slot"]').waitFor();

    await shot(page, 'book-check');
    await page.locator('[data-screen="check"] [data-row="slot"] [data-action="change"]').click();
    await page.locator('[data-screen="slot"] [data-slot]:not([disabled])').last().click();
    const chosen = await page
      .locator('[data-screen="slot"] [role="radio"][aria-checked="true"][data-slot] .k-choice__label')
      .textContent();
    await action(page, 'continue').click();
    await page.locator('[data-screen="check"]').waitFor();
    expect(await page.locator('[data-screen="check"] [data-row="slot"]').textContent()).toContain(chosen ?? '—');
    // The mobile number on record, on the check page's second page, changeable.
    await page.locator('[data-screen="check"] [data-action="next-page"]').click();
    const mobileRow = page.locator('[data-screen="check"] [data-row="field:mobile"]');
    expect((await mobileRow.textContent())?.includes(zhang.phone)).toBe(true);
    expect(await mobileRow.locator('[data-action="change"]').count()).toBe(1);
    await action(page, 'continue').click();

    await page.locator('[data-screen="booking"] [data-print="done"]').waitFor({ timeout: 20_000 });
    await shot(page, 'booking');
    const jobs = await printed(kiosk);
    expect(jobs[0]).toMatchObject({ device: 'receiptPrinter', media: 'receipt80', title: '预约凭条' });
    expect(jobs[0]?.documentId).toMatch(/^B-YY-\d{8}-\d{5}$/);
    await action(page, 'continue').click();
    await evaluateAndLeave(page, kiosk);
  });

  it('checks an appointment slip held to the scanner at 办件进度查询: not a case, but the booking the platform holds', async () => {
    const zhang = findDemoCitizen('zhang-xiaoming');
    if (!zhang) throw new Error('demo citizen');
    const from = new Date(Date.now() + 8 * 3600_000 + 2 * 24 * 3600_000).toISOString().slice(0, 10);
    const slots = await invoke<{ slots: Array<{ slotId: string; date: string; start: string }> }>(
      kiosk,
      'appointment.slots',
      { itemCode: 'MZ-001', from, days: 14 },
    );
    const slot = slots.value?.slots.at(-1);
    if (!slot) throw new Error('no slots');
    const booked = await invoke<{ bookingNumber: string }>(kiosk, 'appointment.book', {
      idempotencyKey: randomUUID(),
      slotId: slot.slotId,
      itemCode: 'MZ-001',
      applicant: { name: zhang.name, idNumber: zhang.idNumber, phone: zhang.phone },
    });
    const ticket = await invoke<{ qrPayload: string }>(kiosk, 'documents.bookingTicket', {
      bookingNumber: booked.value?.bookingNumber ?? '',
    });
    if (!ticket.ok || !ticket.value) throw new Error('no slip');
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-action="progress"]').click();
    await page.locator('[data-screen="progress"]').waitFor();
    // The page turns the scanner on as it opens: scan once it is on.
    await expect
      .poll(
        async () =>
          (
            await invoke<{ devices: Array<{ device: string; state: { scanner?: string } }> }>(kiosk, 'devices.status')
          ).value?.devices.find((d) => d.device === 'qrScanner')?.state.scanner,
      )
      .toBe('on');
    expect((await invoke(kiosk, 'devices.sim.scan', { code: ticket.value.qrPayload })).ok).toBe(true);
    await page.locator('[data-slip="booking"][data-slip-valid="true"]').waitFor({ timeout: 10_000 });
    const words = await page.locator('[data-slip="booking"]').innerText();
    expect(words).toContain('这是预约凭条');
    expect(words).toContain(slot.start);
    expect(words.includes(zhang.name) || words.includes(zhang.idNumber)).toBe(false);
    await shot(page, 'progress-booking-slip');
  });

  it('certifies a pensioner by face (认证): camera with the oval, hold still, the platform decides', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await openFromSearch(page, 'zgrz', 'RS-003');
    await identify(page, kiosk, 'li-xiuying');
    await answer(page, 'employee');
    // The optional mobile number page (prefilled from the platform where it has one).
    if ((await page.locator('[data-screen="field"]').count()) > 0) await action(page, 'continue').click();

    await page.locator('[data-screen="face"] [data-face="ready"]').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => {
      const video = document.querySelector('video');
      return video !== null && video.videoWidth > 0 && video.readyState >= 2;
    });
    await shot(page, 'face-ready');
    await action(page, 'start-face').click();
    await page.locator('[data-face="holding"]').waitFor();
    await shot(page, 'face-hold-still');
    await page.locator('[data-screen="result"] [data-outcome]').waitFor({ timeout: 20_000 });
    const outcome = await page.locator('[data-screen="result"] [data-outcome]').getAttribute('data-outcome');
    // Chromium's fake camera shows a test pattern, not a face: the demo platform decides on the frame alone.
    expect(outcome).toBe('certified');
    expect(await page.locator('[data-screen="result"]').textContent()).toContain('未进行活体检测和人像比对');
    await shot(page, 'certify-result');
    // The camera is closed once the frame is taken.
    expect(await page.evaluate(() => document.querySelectorAll('video').length)).toBe(0);
    await action(page, 'continue').click();
    await evaluateAndLeave(page, kiosk);
  });
});
