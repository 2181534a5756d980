import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staticCatalogLookup } from '../../../shared/platform/index.js';
import { signingKeyFromSeed } from '../platform/certificate-codec.js';
import { demoCitizen } from '../../../server/platform/fixtures.js';
import type { LocalPlatform } from '../../../server/platform/local-platform.js';
import type { DocumentService } from './documents-service.js';
import { type DocumentsTestBench, openDocumentsTestBench } from '../../../test/fixtures/documents-test-bench.js';
import { capitalYuan, parseSlipQr, slipQrPayload, slipVerificationCode, yuanText } from './slip.js';

const T0 = Date.parse('2026-01-15T02:30:00Z');
const outputDir = join(process.cwd(), 'test', 'output', 'documents');
mkdirSync(outputDir, { recursive: true });
const catalog = staticCatalogLookup('slip-1', [
  {
    code: 'BM-001',
    name: { 'zh-CN': '水费缴纳', en: 'Pay a water bill' },
    department: { 'zh-CN': '阳泉市供水公司', en: 'Yangquan Water Supply' },
    flow: 'pay',
    instant: true,
    consultationPhone: '0353-2021234',
  },
  {
    code: 'MZ-001',
    name: { 'zh-CN': '婚姻登记预约', en: 'Marriage appointment' },
    department: { 'zh-CN': '阳泉市郊区民政局', en: 'Civil Affairs' },
    flow: 'book',
    instant: true,
  },
]);

describe('amounts in capitals (大写金额)', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [8640, '捌拾陆元肆角整'],
    [8605, '捌拾陆元零伍分'],
    [40000, '肆佰元整'],
    [100000, '壹仟元整'],
    [1000500, '壹万零伍元整'],
    [1010000, '壹万零壹佰元整'],
    [10000000, '壹拾万元整'],
    [91264800, '玖拾壹万贰仟陆佰肆拾捌元整'],
  ])('%i fen → %s', (fen, text) => {
    expect(capitalYuan(fen)).toBe(text);
  });
  it('prints figures and capitals together', () => {
    expect(yuanText(8640)).toBe('¥86.40（人民币捌拾陆元肆角整）');
  });
});

describe('slip codes', () => {
  it('round-trips the QR text and derives a stable code in the verification code alphabet', () => {
    const code = slipVerificationCode('seed');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(slipVerificationCode('seed')).toBe(code);
    expect(parseSlipQr(slipQrPayload('payment', 'PAY-20260115-000001', code))).toEqual({
      kind: 'payment',
      number: 'PAY-20260115-000001',
      code,
    });
    expect(parseSlipQr(slipQrPayload('booking', 'YY-20260115-00001', code))?.kind).toBe('booking');
    expect(parseSlipQr('GKX1:whatever')).toBeUndefined();
  });
});

describe('payment receipts and appointment slips', () => {
  let bench: DocumentsTestBench;
  let platform: LocalPlatform;
  let documents: DocumentService;

  beforeEach(() => {
    bench = openDocumentsTestBench({
      startsAt: T0,
      catalog,
      platform: { signingKey: signingKeyFromSeed(Buffer.alloc(32, 3), '演示平台', true), autoPayAfterMs: null },
    });
    ({ platform, documents } = bench);
  });
  afterEach(() => bench.close());

  it('prints a payment receipt only for a paid order: amount in figures and capitals, order number, code and QR', async () => {
    const order = await platform.createPayment({
      idempotencyKey: randomUUID(),
      kioskId: 'DEMO-0001',
      itemCode: 'BM-001',
      reference: 'BILL-20260115-ABCDEF1234',
      amountFen: 8640,
      description: '水费 户号310****567',
    });
    if (!order.ok) throw new Error(order.error.message);
    expect(await documents.paymentReceipt(order.value.orderNumber)).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    });
    expect(platform.simulatePayment(order.value.orderNumber, 'paid')).toMatchObject({ ok: true });
    const receipt = await documents.paymentReceipt(order.value.orderNumber);
    if (!receipt.ok) throw new Error(receipt.error.message);
    expect(receipt.value).toMatchObject({
      kind: 'paymentReceipt',
      title: '缴费凭证',
      media: 'receipt80',
      sample: true,
      documentId: `P-${order.value.orderNumber}`,
    });
    expect(Buffer.from(receipt.value.pdf.slice(0, 5)).toString()).toBe('%PDF-');
    const text =
      receipt.value.receiptLines
        ?.map((l) => (l.kind === 'text' ? l.text : l.kind === 'qr' ? `QR ${l.data}` : ''))
        .join('\n') ?? '';
    expect(text).toContain('实缴金额：¥86.40（人民币捌拾陆元肆角整）');
    expect(text).toContain(`支付订单号：${order.value.orderNumber}`);
    expect(text).toContain('收款单位：阳泉市供水公司');
    expect(text).toContain(`QR GKP1:${order.value.orderNumber}:${receipt.value.verificationCode}`);
    expect(documents.printJob(receipt.value.documentId)?.receiptLines?.length).toBe(receipt.value.receiptLines?.length);
    expect(documents.markPrinted(receipt.value.documentId)).toMatchObject({
      ok: true,
      value: { purgedApplicationData: false },
    });
    expect(await documents.paymentReceipt('PAY-20260115-999999')).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('prints an appointment slip with the date, the weekday, the place and masked applicant details', async () => {
    const slots = await platform.appointmentSlots({ itemCode: 'MZ-001', from: '2026-01-16', days: 1 });
    const slot = slots.ok ? slots.value.slots[0] : undefined;
    if (!slot) throw new Error('no slot');
    const zhang = demoCitizen('zhang-xiaoming');
    const booking = await platform.book({
      idempotencyKey: randomUUID(),
      kioskId: 'DEMO-0001',
      slotId: slot.slotId,
      itemCode: 'MZ-001',
      applicant: { name: zhang.name, idNumber: zhang.idNumber, phone: zhang.phone },
    });
    if (!booking.ok) throw new Error(booking.error.message);
    const ticket = await documents.bookingTicket(booking.value.bookingNumber);
    if (!ticket.ok) throw new Error(ticket.error.message);
    expect(ticket.value).toMatchObject({ kind: 'ticket', title: '预约凭条', media: 'receipt80' });
    const text = ticket.value.receiptLines?.map((l) => (l.kind === 'text' ? l.text : '')).join('\n') ?? '';
    expect(text).toContain('预约时间：2026年01月16日（星期五）09:00–10:00');
    expect(text).toContain('预约人：张*明');
    expect(text).toContain('手机号码：139****0102');
    expect(text.includes(zhang.idNumber) || text.includes(zhang.phone)).toBe(false);
    expect(await documents.bookingTicket('YY-20260115-99999')).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('prints a complaint receipt: the number, the department and the dates, nothing of the words or the phone', async () => {
    const slip = await documents.complaintSlip({
      complaintNumber: 'TS-20260115-000001',
      kind: 'complaint',
      about: '阳泉市郊区市场监督管理局',
      receivedAt: new Date(T0).toISOString(),
      respondBy: new Date(T0 + 5 * 86_400_000).toISOString(),
      phoneLeft: false,
    });
    if (!slip.ok) throw new Error(slip.error.message);
    expect(slip.value).toMatchObject({
      kind: 'ticket',
      title: '投诉回执',
      media: 'receipt80',
      documentId: 'C-TS-20260115-000001',
    });
    const text = slip.value.receiptLines?.map((l) => (l.kind === 'text' ? l.text : '')).join('\n') ?? '';
    expect(text).toContain('投诉编号：TS-20260115-000001');
    expect(text).toContain('涉及：阳泉市郊区市场监督管理局');
    expect(text).toContain('答复期限：2026年01月20日前');
    expect(text).toContain('可凭编号拨打 12345 查询处理结果');
    expect(Buffer.from(slip.value.pdf).subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(join(outputDir, 'complaint-slip.pdf'), slip.value.pdf);
  });

  it('checks a scanned payment receipt or appointment slip against the platform, and says whether this kiosk printed it', async () => {
    const order = await platform.createPayment({
      idempotencyKey: randomUUID(),
      kioskId: 'DEMO-0001',
      itemCode: 'BM-001',
      reference: 'BILL-20260115-ABCDEF1234',
      amountFen: 8640,
      description: '水费 户号310****567',
    });
    if (!order.ok) throw new Error(order.error.message);
    expect(platform.simulatePayment(order.value.orderNumber, 'paid')).toMatchObject({ ok: true });
    const receipt = await documents.paymentReceipt(order.value.orderNumber);
    if (!receipt.ok) throw new Error(receipt.error.message);
    expect(await documents.verify(receipt.value.qrPayload)).toEqual({
      kind: 'payment',
      valid: true,
      printedHere: true,
      online: 'valid',
      orderNumber: order.value.orderNumber,
      itemCode: 'BM-001',
      amountFen: 8640,
      paidAt: expect.any(String),
    });
    // Another code for the same order: the platform still has it paid, but this kiosk did not print that slip.
    const other = slipQrPayload('payment', order.value.orderNumber, 'AAAA-BBBB-CCCC');
    expect(await documents.verify(other)).toMatchObject({ kind: 'payment', valid: true, printedHere: false });
    expect(await documents.verify(slipQrPayload('payment', 'PAY-20260115-999999', 'AAAA-BBBB-CCCC'))).toMatchObject({
      kind: 'payment',
      valid: false,
      reason: 'notFound',
    });

    const slots = await platform.appointmentSlots({ itemCode: 'MZ-001', from: '2026-01-16', days: 1 });
    const slot = slots.ok ? slots.value.slots[0] : undefined;
    if (!slot) throw new Error('no slot');
    const zhang = demoCitizen('zhang-xiaoming');
    const booking = await platform.book({
      idempotencyKey: randomUUID(),
      kioskId: 'DEMO-0001',
      slotId: slot.slotId,
      itemCode: 'MZ-001',
      applicant: { name: zhang.name, idNumber: zhang.idNumber, phone: zhang.phone },
    });
    if (!booking.ok) throw new Error(booking.error.message);
    const ticket = await documents.bookingTicket(booking.value.bookingNumber);
    if (!ticket.ok) throw new Error(ticket.error.message);
    const checked = await documents.verify(ticket.value.qrPayload);
    expect(checked).toMatchObject({
      kind: 'booking',
      valid: true,
      printedHere: true,
      bookingNumber: booking.value.bookingNumber,
      date: '2026-01-16',
      start: '09:00',
      end: '10:00',
    });
    // Nothing personal comes back from a slip check.
    expect(JSON.stringify(checked).includes(zhang.name) || JSON.stringify(checked).includes(zhang.idNumber)).toBe(
      false,
    );
  });
});
