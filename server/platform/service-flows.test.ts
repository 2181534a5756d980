import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staticCatalogLookup } from '../../shared/platform/index.js';
import { ManualClock } from '../../electron/services/store/clock.js';
import { StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import { signingKeyFromSeed } from '../../electron/services/platform/certificate-codec.js';
import { demoBill, maskReference } from './demo-bills.js';
import { demoCitizen } from './fixtures.js';
import { createLocalPlatform, type LocalPlatform } from './local-platform.js';
import { openPlatformStore, type PlatformStore } from './platform-store.js';

/** Bills, face certification, booking lookup and the developer-mode payer of the embedded platform. */
const T0 = Date.parse('2026-01-15T02:30:00Z'); // Thursday 10:30 in Yangquan
const key = signingKeyFromSeed(Buffer.alloc(32, 9), '演示平台', true);
const dept = { 'zh-CN': '阳泉市供水公司', en: 'Yangquan Water Supply' };
const catalog = staticCatalogLookup('svc-1', [
  {
    code: 'BM-001',
    name: { 'zh-CN': '水费缴纳', en: 'Pay a water bill' },
    department: dept,
    flow: 'pay',
    instant: true,
  },
  {
    code: 'SW-004',
    name: { 'zh-CN': '灵活就业人员社会保险费缴纳', en: 'Flexible workers' },
    department: dept,
    flow: 'pay',
    instant: true,
  },
  {
    code: 'YB-004',
    name: { 'zh-CN': '城乡居民医保缴费', en: 'Resident medical insurance' },
    department: dept,
    flow: 'pay',
    instant: true,
  },
  {
    code: 'GA-006',
    name: { 'zh-CN': '交通违法查询及罚款缴纳', en: 'Traffic fines' },
    department: dept,
    flow: 'pay',
    instant: true,
  },
  {
    code: 'RS-003',
    name: { 'zh-CN': '养老保险待遇领取资格认证', en: 'Pension certification' },
    department: dept,
    flow: 'certify',
    instant: true,
    platformRecord: 'socialInsurance.pensionEligibility',
  },
  {
    code: 'SC-009',
    name: { 'zh-CN': '市场主体登记信息查询', en: 'Look up a business' },
    department: dept,
    flow: 'query',
    instant: true,
    platformRecord: 'marketEntity.publicInfo',
  },
  {
    code: 'SW-003',
    name: { 'zh-CN': '发票真伪查验', en: 'Verify an invoice' },
    department: dept,
    flow: 'query',
    instant: true,
    platformRecord: 'tax.invoiceVerification',
  },
  {
    code: 'MZ-001',
    name: { 'zh-CN': '婚姻登记预约', en: 'Marriage appointment' },
    department: dept,
    flow: 'book',
    instant: true,
  },
]);

/** A minimal valid JPEG-shaped frame: SOI … EOI around enough bytes to look like a photo. */
function jpegBase64(size = 9000): string {
  const bytes = randomBytes(size);
  bytes[0] = 0xff;
  bytes[1] = 0xd8;
  bytes[2] = 0xff;
  bytes[size - 2] = 0xff;
  bytes[size - 1] = 0xd9;
  return bytes.toString('base64');
}

describe('demo bills', () => {
  it('derives the same utility bill from the same account, none for …0000, and no account for 999…', () => {
    const a = demoBill(
      { itemCode: 'BM-001', reference: '3101234567', choices: [{ id: 'payKind', value: 'bill' }] },
      T0,
    );
    const b = demoBill(
      { itemCode: 'BM-001', reference: '3101234567', choices: [{ id: 'payKind', value: 'bill' }] },
      T0,
    );
    expect(a).toEqual(b);
    if (!a.ok) throw new Error('bill');
    expect(a.bill.lines).toHaveLength(2);
    expect(a.bill.totalFen).toBeGreaterThanOrEqual(40_00);
    expect(a.bill.referenceMasked).toBe('310****567');
    expect(a.bill.holderMasked).toMatch(/^.\*\*$/);
    expect(demoBill({ itemCode: 'BM-001', reference: '3101230000', choices: [] }, T0)).toMatchObject({
      ok: true,
      bill: { totalFen: 0 },
    });
    expect(demoBill({ itemCode: 'BM-001', reference: '9991234567', choices: [] }, T0)).toMatchObject({
      ok: false,
      code: 'notFound',
    });
  });

  it('prices a prepayment, contribution levels over the period, the residents’ medical insurance and fines', () => {
    expect(
      demoBill({ itemCode: 'BM-001', reference: '3101234567', choices: [{ id: 'prepayAmount', value: '100.50' }] }, T0),
    ).toMatchObject({ ok: true, bill: { totalFen: 100_50 } });
    // January: the rest of the year is 12 months; 60% of 6338 × 20% = 760.56 a month.
    const si = demoBill(
      {
        itemCode: 'SW-004',
        choices: [
          { id: 'pensionLevel', value: 'p60' },
          { id: 'payPeriod', value: 'restOfYear' },
        ],
      },
      T0,
    );
    expect(si).toMatchObject({ ok: true, bill: { totalFen: 76056 * 12 } });
    const quarter = demoBill(
      {
        itemCode: 'SW-004',
        choices: [
          { id: 'medicalLevel', value: 'p100' },
          { id: 'payPeriod', value: 'quarter' },
        ],
      },
      T0,
    );
    expect(quarter).toMatchObject({ ok: true, bill: { totalFen: 50704 * 3 } });
    const zhang = demoCitizen('zhang-xiaoming').idNumber;
    expect(
      demoBill({ itemCode: 'YB-004', idNumber: zhang, choices: [{ id: 'payFor', value: 'self' }] }, T0),
    ).toMatchObject({ ok: true, bill: { totalFen: 400_00, holderMasked: '张*明', period: '2026年度' } });
    expect(
      demoBill({ itemCode: 'GA-006', idNumber: zhang, choices: [{ id: 'lookup', value: 'mine' }] }, T0),
    ).toMatchObject({ ok: true, bill: { totalFen: 200_00 } });
    expect(
      demoBill(
        {
          itemCode: 'GA-006',
          idNumber: demoCitizen('li-xiuying').idNumber,
          choices: [{ id: 'lookup', value: 'mine' }],
        },
        T0,
      ),
    ).toMatchObject({ ok: true, bill: { totalFen: 0 } });
    expect(maskReference('123456')).toBe('123456');
  });
});

describe('embedded platform: bills, payments, bookings, certification', () => {
  let store: PlatformStore;
  let clock: ManualClock;
  let platform: LocalPlatform;

  beforeEach(() => {
    clock = new ManualClock(T0);
    store = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    platform = createLocalPlatform({ store, catalog, signingKey: key, autoPayAfterMs: null });
  });
  afterEach(() => store.close());

  it('looks up a bill with a stable number and the payee, and refuses items that are not pay items', async () => {
    const bill = await platform.billLookup({
      itemCode: 'BM-001',
      reference: '3101234567',
      choices: [{ id: 'payKind', value: 'bill' }],
    });
    if (!bill.ok) throw new Error(bill.error.message);
    expect(bill.value).toMatchObject({ itemCode: 'BM-001', payee: '阳泉市供水公司', sample: true });
    expect(bill.value.billNumber).toMatch(/^BILL-20260115-[A-Z0-9]{10}$/);
    const again = await platform.billLookup({
      itemCode: 'BM-001',
      reference: '3101234567',
      choices: [{ id: 'payKind', value: 'bill' }],
    });
    expect(again.ok && again.value.billNumber).toBe(bill.value.billNumber);
    expect(await platform.billLookup({ itemCode: 'RS-003', reference: '3101234567' })).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    });
    expect(await platform.billLookup({ itemCode: 'ZZ-999', reference: '3101234567' })).toMatchObject({
      ok: false,
      error: { code: 'unknownItem' },
    });
  });

  it('the developer-mode payer pays, closes or expires an unpaid order once', async () => {
    const order = await platform.createPayment({
      idempotencyKey: randomUUID(),
      kioskId: 'K-1',
      itemCode: 'BM-001',
      amountFen: 8640,
      description: '水费',
    });
    if (!order.ok) throw new Error(order.error.message);
    expect(platform.simulatePayment(order.value.orderNumber, 'paid')).toMatchObject({
      ok: true,
      value: { status: 'paid' },
    });
    expect(await platform.paymentStatus({ orderNumber: order.value.orderNumber })).toMatchObject({
      ok: true,
      value: { status: 'paid', paidAt: new Date(T0).toISOString() },
    });
    expect(platform.simulatePayment(order.value.orderNumber, 'closed')).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    });
    const other = await platform.createPayment({
      idempotencyKey: randomUUID(),
      kioskId: 'K-1',
      itemCode: 'BM-001',
      amountFen: 100,
      description: '水费',
    });
    if (!other.ok) throw new Error(other.error.message);
    expect(platform.simulatePayment(other.value.orderNumber, 'expired')).toMatchObject({ ok: true });
    expect(await platform.paymentStatus({ orderNumber: other.value.orderNumber })).toMatchObject({
      ok: true,
      value: { status: 'expired' },
    });
    expect(platform.simulatePayment('PAY-20260115-999999', 'paid')).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('finds a booking by its number', async () => {
    const slots = await platform.appointmentSlots({ itemCode: 'MZ-001', from: '2026-01-16', days: 1 });
    const slot = slots.ok ? slots.value.slots[0] : undefined;
    if (!slot) throw new Error('no slot');
    const zhang = demoCitizen('zhang-xiaoming');
    const booking = await platform.book({
      idempotencyKey: randomUUID(),
      kioskId: 'K-1',
      slotId: slot.slotId,
      itemCode: 'MZ-001',
      applicant: { name: zhang.name, idNumber: zhang.idNumber, phone: zhang.phone },
    });
    if (!booking.ok) throw new Error(booking.error.message);
    expect(await platform.bookingStatus({ bookingNumber: booking.value.bookingNumber })).toMatchObject({
      ok: true,
      value: { bookingNumber: booking.value.bookingNumber, applicantMasked: '张*明', duplicate: false },
    });
    expect(await platform.bookingStatus({ bookingNumber: 'YY-20260115-99999' })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('certifies a pensioner from a photo, says nobody else needs it, asks for a retake of junk, and says what it did not check', async () => {
    const photo = {
      mime: 'image/jpeg' as const,
      base64: jpegBase64(),
      width: 640,
      height: 480,
      capturedAt: new Date(T0).toISOString(),
    };
    const li = demoCitizen('li-xiuying').idNumber;
    const request = {
      idempotencyKey: randomUUID(),
      kioskId: 'K-1',
      itemCode: 'RS-003',
      idNumber: li,
      method: 'face' as const,
      photo,
    };
    const certified = await platform.certify(request);
    expect(certified).toMatchObject({
      ok: true,
      value: {
        outcome: 'certified',
        holderMasked: '李*英',
        validUntil: '2027-01-14',
        checks: { liveness: 'notChecked', faceMatch: 'notChecked' },
        sample: true,
      },
    });
    const repeat = await platform.certify(request);
    expect(repeat.ok && certified.ok && repeat.value.certificationNumber).toBe(
      certified.ok && certified.value.certificationNumber,
    );
    const zhang = demoCitizen('zhang-xiaoming').idNumber;
    expect(await platform.certify({ ...request, idempotencyKey: randomUUID(), idNumber: zhang })).toMatchObject({
      ok: true,
      value: { outcome: 'notRequired' },
    });
    const junk = { ...photo, base64: `/9j/${Buffer.alloc(9000, 1).toString('base64')}` };
    expect(await platform.certify({ ...request, idempotencyKey: randomUUID(), photo: junk })).toMatchObject({
      ok: true,
      value: { outcome: 'retake', reason: 'unusablePhoto' },
    });
    expect(await platform.certify({ ...request, itemCode: 'BM-001' })).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    });
    expect(await platform.certify({ ...request, photo: { ...photo, base64: 'short' } })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
  });

  it('answers public records without an ID number, and refuses personal ones without it', async () => {
    const found = await platform.records({
      record: 'marketEntity.publicInfo',
      itemCode: 'SC-009',
      choices: { answers: { searchBy: 'name' }, values: { entityName: '建国家常菜馆' } },
    });
    expect(found).toMatchObject({ ok: true, value: { holderName: '阳泉市郊区建国家常菜馆', sample: true } });
    expect(found.ok && found.value.summary.find((r) => r.label === '登记状态')?.value).toContain('存续');
    const none = await platform.records({
      record: 'marketEntity.publicInfo',
      itemCode: 'SC-009',
      choices: { answers: { searchBy: 'name' }, values: { entityName: '不存在的公司' } },
    });
    expect(none.ok && none.value.summary[0]?.value).toContain('未查询到');
    expect(
      await platform.records({
        record: 'tax.invoiceVerification',
        itemCode: 'SW-003',
        choices: {
          answers: { invoiceKind: 'digital' },
          values: { digitalInvoiceNumber: '12345678901234567891', issueDate: '2026-01-05', totalAmount: '100.00' },
        },
      }),
    ).toMatchObject({ ok: true, value: { title: '发票查验结果' } });
    expect(await platform.records({ record: 'socialInsurance.enrolment' })).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    });
  });
});
