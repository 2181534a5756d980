import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../electron/services/store/clock.js';
import { StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import {
  signingKeyFromSeed,
  verifyCertificate,
  verifyQrPayload,
} from '../../electron/services/platform/certificate-codec.js';
import { bundledCatalogLookup } from '../../electron/services/platform/catalog-adapter.js';
import {
  demoCitizen,
  fixtureCatalog,
  foodShopFiling,
  marriageBirthPackage,
  noCriminalRecordApplication,
} from './fixtures.js';
import { createLocalPlatform, type LocalPlatform } from './local-platform.js';
import { openPlatformStore, type PlatformStore } from './platform-store.js';

const T0 = Date.parse('2026-01-15T02:30:00Z'); // Thursday 10:30 in Yangquan
const key = signingKeyFromSeed(Buffer.alloc(32, 7), '阳泉市郊区政务服务平台（演示）', true);

describe('embedded local platform', () => {
  let store: PlatformStore;
  let clock: ManualClock;
  let platform: LocalPlatform;

  beforeEach(() => {
    clock = new ManualClock(T0);
    store = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    platform = createLocalPlatform({
      store,
      catalog: fixtureCatalog,
      signingKey: key,
      review: { inReviewAfterMs: 60_000, decideAfterMs: 300_000 },
    });
  });
  afterEach(() => store.close());

  it('accepts an instant item, approves it at once and issues a verifiable certificate', async () => {
    const ack = await platform.submit(foodShopFiling());
    expect(ack).toMatchObject({
      ok: true,
      value: { status: 'approved', instant: true, certificateAvailable: true, duplicate: false },
    });
    if (!ack.ok) return;
    expect(ack.value.caseNumber).toBe('YQJQ-20260115-00001');
    const cert = await platform.issueCertificate({ source: 'case', caseNumber: ack.value.caseNumber });
    expect(cert.ok).toBe(true);
    if (!cert.ok) return;
    expect(cert.value.title).toBe('食品小经营店备案证');
    expect(cert.value.sample).toBe(true);
    expect(cert.value.fields.map((f) => f.label)).toContain('经营场所');
    const printed = JSON.stringify(cert.value.fields);
    expect(printed.includes(demoCitizen('wang-jianguo').idNumber), 'full ID number on the certificate').toBe(false);
    expect(printed.includes(demoCitizen('wang-jianguo').phone), 'phone number on the certificate').toBe(false);
    expect(cert.value.fields).toContainEqual({ label: '经营项目', value: '热食类食品制售' });
    expect(verifyCertificate(cert.value, [key.publicKey]).ok).toBe(true);
    expect(verifyQrPayload(cert.value.qrPayload, [key.publicKey]).ok).toBe(true);
    // Issuing again gives the same certificate, not a second one.
    const again = await platform.issueCertificate({ source: 'case', caseNumber: ack.value.caseNumber });
    expect(again.ok && again.value.certificateNumber).toBe(cert.value.certificateNumber);
    expect(platform.stats().certificates).toBe(1);
    // The issued certificate is now one of his e-licenses.
    const licenses = await platform.licenses({ idNumber: demoCitizen('wang-jianguo').idNumber });
    expect(licenses.ok && licenses.value.licenses.map((l) => l.title)).toEqual(
      expect.arrayContaining(['营业执照', '食品经营许可证', '食品小经营店备案证']),
    );
  });

  it('a tampered certificate fails verification', async () => {
    const ack = await platform.submit(foodShopFiling());
    if (!ack.ok) throw new Error('submit failed');
    const cert = await platform.issueCertificate({ source: 'case', caseNumber: ack.value.caseNumber });
    if (!cert.ok) throw new Error('issue failed');
    const changedField = {
      ...cert.value,
      fields: cert.value.fields.map((f) => (f.label === '经营场所' ? { ...f, value: '别处' } : f)),
    };
    expect(verifyCertificate(changedField, [key.publicKey])).toMatchObject({
      ok: false,
      error: { code: 'contentMismatch' },
    });
    const [prefix, claims, sig] = cert.value.qrPayload.split('.') as [string, string, string];
    const decoded = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = `${prefix}.${Buffer.from(JSON.stringify({ ...decoded, t: '营业执照' })).toString('base64url')}.${sig}`;
    expect(verifyQrPayload(forged, [key.publicKey])).toMatchObject({ ok: false, error: { code: 'badSignature' } });
    const otherKey = signingKeyFromSeed(Buffer.alloc(32, 9), 'x', true);
    expect(verifyQrPayload(cert.value.qrPayload, [{ ...otherKey.publicKey, keyId: key.keyId }])).toMatchObject({
      ok: false,
      error: { code: 'badSignature' },
    });
    const online = await platform.checkCertificate({
      certificateNumber: cert.value.certificateNumber,
      verificationCode: cert.value.verificationCode,
    });
    expect(online).toMatchObject({ ok: true, value: { valid: true, status: 'valid', sample: true } });
    const wrong = await platform.checkCertificate({
      certificateNumber: cert.value.certificateNumber,
      verificationCode: '0000-0000-0000',
    });
    expect(wrong).toMatchObject({ ok: true, value: { valid: false } });
  });

  it('a package submission creates one case per member item that applies, and repeating it creates none', async () => {
    const bundled = createLocalPlatform({
      store,
      catalog: bundledCatalogLookup(),
      signingKey: key,
      review: { inReviewAfterMs: 60_000, decideAfterMs: 300_000 },
    });
    const submission = marriageBirthPackage();
    const first = await bundled.submit(submission);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    // 婚育一件事, not yet married and expecting: 婚姻登记预约 and 生育登记, both instant and decided at once.
    expect(first.value).toMatchObject({
      caseNumber: 'YQJQ-20260115-00001',
      status: 'approved',
      instant: true,
      duplicate: false,
      memberCases: [
        { itemCode: 'MZ-001', caseNumber: 'YQJQ-20260115-00001', status: 'approved', instant: true },
        { itemCode: 'WJ-001', caseNumber: 'YQJQ-20260115-00002', status: 'approved', instant: true },
      ],
    });
    expect(bundled.stats().cases).toBe(2);
    const again = await bundled.submit(submission);
    expect(again).toMatchObject({
      ok: true,
      value: { caseNumber: first.value.caseNumber, memberCases: first.value.memberCases, duplicate: true },
    });
    expect(bundled.stats().cases).toBe(2);
    expect(await bundled.submit({ ...submission, form: { ...submission.form, childOrder: 'second' } })).toMatchObject({
      ok: false,
      error: { code: 'idempotencyConflict' },
    });
    expect(bundled.stats().cases).toBe(2);

    // Each case is its item's own, with its own field values (the merged spouseName is MZ-001's partnerName).
    const byLocal = await bundled.progress({
      by: 'localNumber',
      localAcceptanceNumber: submission.localAcceptanceNumber,
      queryCode: submission.queryCode,
    });
    expect(byLocal.ok && byLocal.value.cases.map((c) => [c.caseNumber, c.target, c.title, c.packageCode])).toEqual([
      ['YQJQ-20260115-00001', { kind: 'item', itemCode: 'MZ-001' }, '婚姻登记预约', 'YJS-003'],
      ['YQJQ-20260115-00002', { kind: 'item', itemCode: 'WJ-001' }, '生育登记', 'YJS-003'],
    ]);
    const second = await bundled.progress({
      by: 'caseNumber',
      caseNumber: 'YQJQ-20260115-00002',
      queryCode: submission.queryCode,
    });
    expect(second.ok && second.value.cases[0]?.memberCases?.map((m) => m.caseNumber)).toEqual([
      'YQJQ-20260115-00001',
      'YQJQ-20260115-00002',
    ]);
    const mine = await bundled.progress({ by: 'idNumber', idNumber: demoCitizen('zhao-li').idNumber });
    expect(mine.ok && mine.value.cases).toHaveLength(2);

    // Already married and the child born: only 生育登记 applies, one case.
    const married = await bundled.submit(
      marriageBirthPackage({ situationAnswers: { married: 'yes', hukouLocal: 'yes', stage: 'born' } }),
    );
    expect(married).toMatchObject({
      ok: true,
      value: { memberCases: [{ itemCode: 'WJ-001', caseNumber: 'YQJQ-20260115-00003' }] },
    });
    expect(bundled.stats().cases).toBe(3);
  });

  it('a package of the fixed catalog: every member gets a case, a non-instant one goes through review', async () => {
    const submission = foodShopFiling({ target: { kind: 'package', packageCode: 'YJS-KCYD' } });
    const ack = await platform.submit(submission);
    expect(ack).toMatchObject({
      ok: true,
      value: {
        caseNumber: 'YQJQ-20260115-00001',
        status: 'accepted',
        instant: false,
        certificateAvailable: false,
        memberCases: [
          { itemCode: 'SCJG-GTGSHSL', caseNumber: 'YQJQ-20260115-00001', status: 'accepted', instant: false },
          { itemCode: 'SCJG-SPXJYDBA', caseNumber: 'YQJQ-20260115-00002', status: 'approved', instant: true },
        ],
      },
    });
    expect(ack.ok && ack.value.promisedBy).toBeTruthy();
    // The instant member's certificate is issued from its own case.
    const cert = await platform.issueCertificate({ source: 'case', caseNumber: 'YQJQ-20260115-00002' });
    expect(cert.ok && cert.value.title).toBe('食品小经营店备案证');
    clock.advance(400_000);
    const later = await platform.submit(submission);
    expect(later).toMatchObject({
      ok: true,
      value: { status: 'approved', duplicate: true, memberCases: [{ status: 'approved' }, { status: 'approved' }] },
    });
    expect(platform.stats().cases).toBe(2);
  });

  it('the same idempotency key returns the same case; a different request with it is refused', async () => {
    const submission = noCriminalRecordApplication();
    const first = await platform.submit(submission);
    const second = await platform.submit(submission);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value).toMatchObject({ caseNumber: first.value.caseNumber, duplicate: true });
    expect(platform.stats().cases).toBe(1);
    const conflict = await platform.submit({ ...submission, form: { purpose: '出国' } });
    expect(conflict).toMatchObject({ ok: false, error: { code: 'idempotencyConflict' } });
    expect(platform.stats().cases).toBe(1);
  });

  it('moves a case through accepted → inReview → approved on its clock, and returns one with missing materials', async () => {
    const ok1 = await platform.submit(noCriminalRecordApplication());
    const returned = await platform.submit(
      noCriminalRecordApplication('zhang-xiaoming', {
        localAcceptanceNumber: 'DEMO-0001-20260115-0003',
        materials: [{ materialId: 'photo', satisfiedBy: 'later' }],
      }),
    );
    if (!ok1.ok || !returned.ok) throw new Error('submit failed');
    expect(ok1.value.status).toBe('accepted');
    expect(ok1.value.promisedBy).toBe('2026-01-20T02:30:00.000Z'); // 3 working days over a weekend
    const look = async (caseNumber: string, queryCode: string) => {
      const r = await platform.progress({ by: 'caseNumber', caseNumber, queryCode });
      return r.ok ? r.value.cases[0]?.status : r.error.code;
    };
    expect(await look(ok1.value.caseNumber, 'M2XD-94PA-7K3Q')).toBe('accepted');
    clock.advance(61_000);
    expect(await look(ok1.value.caseNumber, 'M2XD-94PA-7K3Q')).toBe('inReview');
    clock.advance(300_000);
    expect(await look(ok1.value.caseNumber, 'M2XD-94PA-7K3Q')).toBe('approved');
    expect(await look(returned.value.caseNumber, 'M2XD-94PA-7K3Q')).toBe('returned');
    expect(await look(ok1.value.caseNumber, '0000-0000-0000')).toBe('notFound');
    const byId = await platform.progress({ by: 'idNumber', idNumber: demoCitizen('chen-siyu').idNumber });
    expect(byId.ok && byId.value.cases.map((c) => c.applicantMasked)).toEqual(['陈*雨']);
    const cert = await platform.issueCertificate({ source: 'case', caseNumber: ok1.value.caseNumber });
    expect(cert).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
  });

  it('serves records, certified records printouts, payments, bookings and evaluations', async () => {
    const zhang = demoCitizen('zhang-xiaoming');
    const record = await platform.records({ idNumber: zhang.idNumber, record: 'housingFund.depositDetails' });
    expect(record.ok && record.value.table?.rows.length).toBe(12);
    const printout = await platform.issueCertificate({
      source: 'records',
      itemCode: 'RS-SBCBZM',
      idNumber: zhang.idNumber,
    });
    expect(printout.ok && printout.value.title).toBe('社会保险个人参保证明');
    if (printout.ok) expect(verifyCertificate(printout.value, [key.publicKey]).ok).toBe(true);

    const order = await platform.createPayment({
      idempotencyKey: '5f0c6a8e-8d7b-4f43-9a47-0c1f3b2e6d10',
      kioskId: 'DEMO-0001',
      itemCode: 'BM-SFJN',
      reference: 'SF1403110027',
      amountFen: 8650,
      description: '水费 2025年12月',
    });
    expect(order).toMatchObject({
      ok: true,
      value: { status: 'unpaid', qrPayload: expect.stringContaining('SAMPLE') },
    });
    if (!order.ok) return;
    clock.advance(21_000);
    expect(await platform.paymentStatus({ orderNumber: order.value.orderNumber })).toMatchObject({
      ok: true,
      value: { status: 'paid' },
    });

    const slots = await platform.appointmentSlots({ itemCode: 'MZ-HYDJYY', from: '2026-01-15' });
    if (!slots.ok) throw new Error('slots');
    expect(slots.value.slots.every((s) => s.date !== '2026-01-17' && s.date !== '2026-01-18')).toBe(true);
    const slot = slots.value.slots[0];
    if (!slot) throw new Error('no slot');
    const zhao = demoCitizen('zhao-li');
    const booking = await platform.book({
      idempotencyKey: '0b7f3a52-7c1e-4a7e-9d55-2f3e1c9b8a70',
      kioskId: 'DEMO-0001',
      slotId: slot.slotId,
      itemCode: 'MZ-HYDJYY',
      applicant: { name: zhao.name, idNumber: zhao.idNumber, phone: zhao.phone },
    });
    expect(booking).toMatchObject({
      ok: true,
      value: { applicantMasked: '赵*', phoneMasked: '139****0104', slot: { remaining: slot.remaining - 1 } },
    });

    const bad = await platform.evaluate({
      idempotencyKey: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
      kioskId: 'DEMO-0001',
      level: 'veryDissatisfied',
      at: new Date(T0).toISOString(),
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest', message: expect.stringContaining('reason') },
    });
    const good = await platform.evaluate({
      idempotencyKey: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
      kioskId: 'DEMO-0001',
      level: 'dissatisfied',
      reason: '打印机没纸',
      at: new Date(T0).toISOString(),
    });
    expect(good).toMatchObject({ ok: true, value: { duplicate: false } });
    // A double tap or a retry sends the same key a moment later: recorded once.
    const again = await platform.evaluate({
      idempotencyKey: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
      kioskId: 'DEMO-0001',
      level: 'dissatisfied',
      reason: '打印机没纸',
      at: new Date(T0 + 3000).toISOString(),
    });
    expect(again).toMatchObject({
      ok: true,
      value: { duplicate: true, evaluationNumber: good.ok ? good.value.evaluationNumber : '' },
    });
    expect(platform.stats().evaluations).toBe(1);

    // A case is evaluated once: its retry is the same evaluation, another rating of it is refused.
    const filed = await platform.submit(foodShopFiling());
    if (!filed.ok) throw new Error('submit failed');
    const rate = (idempotencyKey: string) =>
      platform.evaluate({
        idempotencyKey,
        kioskId: 'DEMO-0001',
        level: 'verySatisfied',
        caseNumber: filed.value.caseNumber,
        at: new Date(T0).toISOString(),
      });
    expect(await rate('5a0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e20')).toMatchObject({ ok: true, value: { duplicate: false } });
    expect(await rate('5a0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e20')).toMatchObject({ ok: true, value: { duplicate: true } });
    expect(await rate('5a0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e21')).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    });
    expect(platform.stats().evaluations).toBe(2);
  });

  it('records complaints and suggestions once per key, sealed, and refuses bad input without storing anything', async () => {
    const wang = demoCitizen('wang-jianguo');
    const request = {
      idempotencyKey: '3e1f7c2a-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
      kioskId: 'DEMO-0001',
      kind: 'complaint' as const,
      subject: {
        kind: 'department' as const,
        departmentId: 'marketRegulation',
        departmentName: '阳泉市郊区市场监督管理局',
      },
      text: `窗口让${wang.name}跑了三次，材料要求说不清楚。`,
      phone: wang.phone,
      at: new Date(T0).toISOString(),
    };
    const dump = () =>
      JSON.stringify([
        store.db.prepare('SELECT * FROM p_complaints').all(),
        store.db.prepare("SELECT * FROM counters WHERE name LIKE 'p.%'").all(),
      ]);
    const empty = dump();
    const refused = [
      { ...request, text: '太慢了' },
      { ...request, text: ' '.repeat(20) },
      { ...request, text: '很'.repeat(501) },
      { ...request, phone: '02112345678' },
      { ...request, kind: 'praise' },
      { ...request, subject: { kind: 'department', departmentId: 'market regulation!', departmentName: 'x' } },
      { ...request, subject: { kind: 'department', departmentId: 'marketRegulation', departmentName: '' } },
      { ...request, subject: { kind: 'kiosk', departmentId: 'marketRegulation' } },
      { ...request, idempotencyKey: 'not-a-uuid' },
      { ...request, extra: true },
    ];
    for (const bad of refused)
      expect(await platform.complain(bad as never), JSON.stringify(Object.keys(bad))).toMatchObject({
        ok: false,
        error: { code: 'invalidRequest' },
      });
    expect(dump()).toBe(empty);

    const first = await platform.complain(request);
    expect(first).toMatchObject({
      ok: true,
      value: {
        complaintNumber: 'TS-20260115-000001',
        receivedAt: new Date(T0).toISOString(),
        respondBy: '2026-01-22T02:30:00.000Z',
        duplicate: false,
      },
    });
    const retriedLater = { ...request, at: new Date(T0 + 4000).toISOString() };
    expect(await platform.complain(retriedLater)).toMatchObject({
      ok: true,
      value: { complaintNumber: 'TS-20260115-000001', duplicate: true },
    });
    expect(await platform.complain({ ...request, text: '另外一件完全不同的事情。' })).toMatchObject({
      ok: false,
      error: { code: 'idempotencyConflict' },
    });
    const suggestion = await platform.complain({
      ...request,
      idempotencyKey: '4f2a8d3b-5c6e-4f7a-9b0c-1d2e3f4a5b6c',
      kind: 'suggestion',
      subject: { kind: 'kiosk' },
      phone: undefined,
    });
    expect(suggestion).toMatchObject({ ok: true, value: { complaintNumber: 'JY-20260115-000001' } });
    expect(platform.stats().complaints).toBe(2);
    const rows = dump();
    for (const secret of [wang.name, wang.phone, '材料要求'])
      expect(rows.includes(secret), 'personal text stored in the clear').toBe(false);

    clock.advance(31 * 24 * 3600 * 1000);
    expect(platform.purgePersonalData(30 * 24 * 3600 * 1000)).toBeGreaterThanOrEqual(2);
    expect(
      (store.db.prepare('SELECT COUNT(*) AS n FROM p_complaints WHERE body IS NOT NULL').get() as { n: number }).n,
    ).toBe(0);
    platform.reset();
    expect(platform.stats().complaints).toBe(0);
  });

  it('reset forgets cases but keeps the seeded people', async () => {
    expect(await platform.submit(foodShopFiling())).toMatchObject({ ok: true });
    platform.reset();
    expect(platform.stats().cases).toBe(0);
    const again = await platform.submit(foodShopFiling());
    expect(again.ok && again.value.caseNumber).toBe('YQJQ-20260115-00001');
    const licenses = await platform.licenses({
      idNumber: demoCitizen('wang-jianguo').idNumber,
      licenseType: 'businessLicense',
    });
    expect(licenses.ok && licenses.value.licenses).toHaveLength(1);
  });
});
