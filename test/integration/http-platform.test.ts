import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PlatformGateway,
  type PlatformOpName,
  type PlatformRequest,
  platformApi,
  platformOpNames,
} from '../../shared/platform/index.js';
import { samplePng } from '../fixtures/sample-images.js';
import {
  signingKeyFromSeed,
  verifyCertificate,
  verifyQrPayload,
} from '../../electron/services/platform/certificate-codec.js';
import {
  demoCitizen,
  fixtureCatalog,
  foodShopFiling,
  noCriminalRecordApplication,
} from '../../server/platform/fixtures.js';
import { createHttpPlatformClient, type HttpPlatformClient } from '../../electron/services/platform/http-client.js';
import { createLocalPlatform, type LocalPlatform } from '../../server/platform/local-platform.js';
import { type PlatformServer, startPlatformServer } from '../../server/platform/platform-server.js';
import { ManualClock } from '../../electron/services/store/clock.js';
import { StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import { openPlatformStore, type PlatformStore } from '../../server/platform/platform-store.js';

/** The HTTP platform client against the reference server over a real socket (127.0.0.1). */
const TOKEN = 'http-test-token-1';
const T0 = Date.parse('2026-01-15T02:30:00Z');
const key = signingKeyFromSeed(Buffer.alloc(32, 11), '参考平台', true);

let store: PlatformStore;
let clock: ManualClock;
let platform: LocalPlatform;
let server: PlatformServer;
let client: HttpPlatformClient;
const calls: Partial<Record<PlatformOpName, number>> = {};
let slow = 0;

beforeAll(async () => {
  clock = new ManualClock(T0);
  store = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
  platform = createLocalPlatform({
    store,
    catalog: fixtureCatalog,
    signingKey: key,
    review: { inReviewAfterMs: 60_000, decideAfterMs: 300_000 },
  });
  const counting = Object.fromEntries(
    platformOpNames.map((op) => [
      op,
      async (request: unknown) => {
        calls[op] = (calls[op] ?? 0) + 1;
        if (slow > 0) await new Promise((r) => setTimeout(r, slow));
        return (platform[op] as (r: unknown) => Promise<unknown>)(request);
      },
    ]),
  ) as unknown as PlatformGateway;
  server = await startPlatformServer({ gateway: counting, token: TOKEN, port: 0 });
  client = createHttpPlatformClient({ baseUrl: server.url, token: TOKEN, timeoutMs: 2000, backoffBaseMs: 20 });
});

afterAll(async () => {
  await server.close();
  store.close();
});

describe('HTTP platform client ↔ reference server', () => {
  it('binds to 127.0.0.1 and serves its OpenAPI 3.1 document, generated from the schemas', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
      components: { schemas: Record<string, { properties?: Record<string, { maxLength?: number }> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(operations.sort()).toEqual([...platformOpNames].sort());
    const submit = doc.components.schemas.SubmitRequest;
    expect(submit?.properties?.localAcceptanceNumber?.maxLength).toBe(64);
  });

  it('a package submission over HTTP creates one case per member item; repeating it returns the same cases', async () => {
    const submission = foodShopFiling({
      target: { kind: 'package', packageCode: 'YJS-KCYD' },
      localAcceptanceNumber: 'DEMO-0001-20260115-0091',
      queryCode: 'PA94-3QK7-XDM2',
    });
    const before = platform.stats().cases;
    const ack = await client.submit(submission);
    if (!ack.ok) throw new Error(ack.error.message);
    expect(ack.value.memberCases?.map((m) => m.itemCode)).toEqual(['SCJG-GTGSHSL', 'SCJG-SPXJYDBA']);
    expect(ack.value.caseNumber).toBe(ack.value.memberCases?.[0]?.caseNumber);
    expect(ack.value).toMatchObject({
      instant: false,
      duplicate: false,
      memberCases: [{ instant: false }, { instant: true, status: 'approved' }],
    });
    expect(platform.stats().cases - before).toBe(2);
    const repeat = await client.submit(submission);
    expect(repeat).toMatchObject({
      ok: true,
      value: { caseNumber: ack.value.caseNumber, memberCases: ack.value.memberCases, duplicate: true },
    });
    expect(platform.stats().cases - before).toBe(2);
    const progress = await client.progress({
      by: 'localNumber',
      localAcceptanceNumber: submission.localAcceptanceNumber,
      queryCode: submission.queryCode,
    });
    expect(
      progress.ok && progress.value.cases.map((c) => [c.caseNumber, c.packageCode, c.memberCases?.length]),
    ).toEqual((ack.value.memberCases ?? []).map((m) => [m.caseNumber, 'YJS-KCYD', 2]));
  });

  it('submits, follows progress, fetches e-licenses, issues and verifies a certificate; a tampered one fails', async () => {
    const wang = demoCitizen('wang-jianguo');
    const submission = foodShopFiling();
    const ack = await client.submit(submission);
    if (!ack.ok) throw new Error(ack.error.message);
    expect(ack.value).toMatchObject({
      status: 'approved',
      instant: true,
      certificateAvailable: true,
      duplicate: false,
    });
    const repeat = await client.submit(submission);
    expect(repeat).toMatchObject({ ok: true, value: { caseNumber: ack.value.caseNumber, duplicate: true } });

    const progress = await client.progress({
      by: 'caseNumber',
      caseNumber: ack.value.caseNumber,
      queryCode: submission.queryCode,
    });
    expect(progress).toMatchObject({
      ok: true,
      value: { cases: [{ caseNumber: ack.value.caseNumber, status: 'approved', applicantMasked: '王*国' }] },
    });

    // The registered mobile number, over HTTP like any other answer.
    const contact = await client.contact({ idNumber: wang.idNumber });
    expect(contact.ok && contact.value.mobile === wang.phone).toBe(true);
    const licenses = await client.licenses({ idNumber: wang.idNumber, licenseType: 'businessLicense' });
    expect(licenses).toMatchObject({
      ok: true,
      value: { licenses: [{ title: '营业执照', holderName: '阳泉市郊区建国家常菜馆', sample: true }] },
    });

    const cert = await client.issueCertificate({ source: 'case', caseNumber: ack.value.caseNumber });
    if (!cert.ok) throw new Error(cert.error.message);
    const keys = await client.publicKeys({});
    if (!keys.ok) throw new Error(keys.error.message);
    expect(verifyCertificate(cert.value, keys.value.keys).ok).toBe(true);
    expect(verifyQrPayload(cert.value.qrPayload, keys.value.keys).ok).toBe(true);
    const online = await client.checkCertificate({
      certificateNumber: cert.value.certificateNumber,
      verificationCode: cert.value.verificationCode,
    });
    expect(online).toMatchObject({ ok: true, value: { valid: true, status: 'valid' } });

    const tampered = { ...cert.value, holderName: '别人的店' };
    expect(verifyCertificate(tampered, keys.value.keys)).toMatchObject({
      ok: false,
      error: { code: 'contentMismatch' },
    });
    const [p, claims, sig] = cert.value.qrPayload.split('.') as [string, string, string];
    const forgedClaims = Buffer.from(
      Buffer.from(claims, 'base64url').toString('utf8').replace('"m":1', '"m":1,"s":"x"'),
    ).toString('base64url');
    expect(verifyQrPayload(`${p}.${forgedClaims}.${sig}`, keys.value.keys)).toMatchObject({
      ok: false,
      error: { code: 'badSignature' },
    });
  });

  it('uploads images with PUT /v1/attachments/{sha256}: a wrong hash or media type is refused and nothing stored; a submission naming an image the platform lacks is refused until it is uploaded', async () => {
    const page = samplePng(21);
    const upload = { sha256: page.sha256, mediaType: page.mediaType, base64: page.base64 };
    const before = snapshot();
    expect(await client.putAttachment({ ...upload, sha256: samplePng(22).sha256 })).toMatchObject({
      ok: false,
      error: { code: 'hashMismatch' },
    });
    expect(await client.putAttachment({ ...upload, mediaType: 'image/jpeg' })).toMatchObject({
      ok: false,
      error: { code: 'wrongMediaType' },
    });
    expect(await raw('putAttachment', { ...upload, sha256: samplePng(22).sha256 })).toMatchObject({
      status: 422,
      code: 'hashMismatch',
    });
    expect(await raw('putAttachment', { ...upload, mediaType: 'image/jpeg' })).toMatchObject({
      status: 415,
      code: 'wrongMediaType',
    });
    // The path names the hash: a body claiming another one is checked against the path's.
    expect(await raw('putAttachment', upload, `/v1/attachments/${samplePng(22).sha256}`)).toMatchObject({
      status: 422,
      code: 'hashMismatch',
    });
    expect(snapshot()).toBe(before);

    const submission = foodShopFiling({
      localAcceptanceNumber: 'DEMO-0001-20260115-0092',
      materials: [{ materialId: 'layoutPlan', satisfiedBy: 'scan', pages: [page.blobRef] }],
    });
    const refused = await client.submit(submission);
    expect(refused).toMatchObject({ ok: false, error: { code: 'attachmentMissing' } });
    expect(await client.putAttachment(upload)).toEqual({ ok: true, value: { blobRef: page.blobRef, stored: true } });
    expect(await client.putAttachment(upload)).toEqual({ ok: true, value: { blobRef: page.blobRef, stored: false } });
    expect(platform.holdsAttachment(page.blobRef)).toBe(true);
    expect(await client.submit(submission)).toMatchObject({ ok: true, value: { duplicate: false } });

    // An image near the size limit (base64 over the server's default 256 KiB body cap) goes through.
    const big = Buffer.concat([page.bytes.subarray(0, 8), randomBytes(600_000)]);
    const bigSha = (await import('node:crypto')).createHash('sha256').update(big).digest('hex');
    expect(
      await client.putAttachment({ sha256: bigSha, mediaType: 'image/png', base64: big.toString('base64') }),
    ).toMatchObject({ ok: true, value: { stored: true } });
  });

  it('a case moves from accepted to in review to approved on the platform clock', async () => {
    const submission = noCriminalRecordApplication();
    const ack = await client.submit(submission);
    if (!ack.ok) throw new Error(ack.error.message);
    const status = async () => {
      const r = await client.progress({
        by: 'localNumber',
        localAcceptanceNumber: submission.localAcceptanceNumber,
        queryCode: submission.queryCode,
      });
      return r.ok ? r.value.cases[0]?.status : r.error.code;
    };
    expect(await status()).toBe('accepted');
    clock.advance(120_000);
    expect(await status()).toBe('inReview');
    clock.advance(300_000);
    expect(await status()).toBe('approved');
    const byId = await client.progress({ by: 'idNumber', idNumber: demoCitizen('chen-siyu').idNumber });
    expect(byId.ok && byId.value.cases.some((c) => c.caseNumber === ack.value.caseNumber)).toBe(true);
  });

  it('records, payments, appointments, evaluations, heartbeat and catalog sync over HTTP', async () => {
    const zhang = demoCitizen('zhang-xiaoming');
    expect(await client.records({ idNumber: zhang.idNumber, record: 'tax.individualIncomeTaxRecord' })).toMatchObject({
      ok: true,
      value: { title: '个人所得税纳税记录' },
    });
    const order = await client.createPayment({
      idempotencyKey: randomUUID(),
      kioskId: 'K-1',
      itemCode: 'BM-SFJN',
      amountFen: 4200,
      description: '水费',
    });
    if (!order.ok) throw new Error(order.error.message);
    expect(await client.paymentStatus({ orderNumber: order.value.orderNumber })).toMatchObject({
      ok: true,
      value: { status: 'unpaid' },
    });
    const slots = await client.appointmentSlots({ itemCode: 'MZ-HYDJYY', from: '2026-01-16', days: 3 });
    const slot = slots.ok ? slots.value.slots[0] : undefined;
    if (!slot) throw new Error('no slot');
    const booking = await client.book({
      idempotencyKey: randomUUID(),
      kioskId: 'K-1',
      slotId: slot.slotId,
      itemCode: 'MZ-HYDJYY',
      applicant: { name: zhang.name, idNumber: zhang.idNumber, phone: zhang.phone },
    });
    expect(booking).toMatchObject({ ok: true, value: { status: 'booked', phoneMasked: '139****0102' } });
    expect(
      await client.evaluate({
        idempotencyKey: randomUUID(),
        kioskId: 'K-1',
        level: 'satisfied',
        at: new Date(T0).toISOString(),
      }),
    ).toMatchObject({ ok: true });
    expect(
      await client.heartbeat({
        kioskId: 'K-1',
        at: new Date(T0).toISOString(),
        appVersion: '1',
        devices: [{ deviceClass: 'receiptPrinter', state: 'online', detail: 'paperLow' }],
        outbox: { pending: 0, oldestPendingSeconds: 0 },
      }),
    ).toMatchObject({
      ok: true,
      value: { catalogVersion: 'fixture-1' },
    });
    expect(await client.catalogSync({ knownVersion: 'fixture-1' })).toMatchObject({
      ok: true,
      value: { changed: false },
    });
  });

  it('complaints and suggestions over HTTP: numbered, answered by a date, once per key, words kept sealed', async () => {
    const request = {
      idempotencyKey: randomUUID(),
      kioskId: 'K-1',
      kind: 'complaint' as const,
      subject: {
        kind: 'department' as const,
        departmentId: 'marketRegulation',
        departmentName: '阳泉市郊区市场监督管理局',
      },
      text: '  窗口工作人员态度不好，请改进。 ',
      phone: '13900000103',
      at: new Date(T0).toISOString(),
    };
    const first = await client.complain(request);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value).toMatchObject({ complaintNumber: expect.stringMatching(/^TS-\d{8}-\d{6}$/), duplicate: false });
    expect(Date.parse(first.value.respondBy)).toBeGreaterThan(Date.parse(first.value.receivedAt));
    expect(await client.complain(request)).toMatchObject({
      ok: true,
      value: { complaintNumber: first.value.complaintNumber, duplicate: true },
    });
    expect(await client.complain({ ...request, text: '另一件事情，完全不同。' })).toMatchObject({
      ok: false,
      error: { code: 'idempotencyConflict' },
    });
    const suggestion = await client.complain({
      idempotencyKey: randomUUID(),
      kioskId: 'K-1',
      kind: 'suggestion',
      subject: { kind: 'kiosk' },
      text: '希望自助终端增加语音导航。',
      at: new Date(T0).toISOString(),
    });
    expect(suggestion).toMatchObject({ ok: true, value: { complaintNumber: expect.stringMatching(/^JY-/) } });
    const rows = JSON.stringify(store.db.prepare('SELECT * FROM p_complaints').all());
    expect(rows.includes('态度'), 'complaint text stored in the clear').toBe(false);
    expect(rows.includes('13900000103'), 'phone stored in the clear').toBe(false);
    // Too short, whitespace only, or a bad phone: refused before anything is sent or stored.
    const sent = calls.complain ?? 0;
    const before = snapshot();
    for (const bad of [
      { ...request, idempotencyKey: randomUUID(), text: '太慢' },
      { ...request, idempotencyKey: randomUUID(), text: '      ' },
      { ...request, idempotencyKey: randomUUID(), phone: '12345' },
    ]) {
      expect(await client.complain(bad)).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
      expect(await raw('complain', bad)).toMatchObject({ status: 400, code: 'invalidRequest' });
    }
    expect(calls.complain ?? 0).toBe(sent + 3); // only the raw posts reached the server, and it refused them
    expect(snapshot()).toBe(before);
  });

  it('answers a wrong token with unauthorized, and an unreachable or slow platform with unavailable after retries', async () => {
    const wrong = createHttpPlatformClient({ baseUrl: server.url, token: 'not-the-token', timeoutMs: 2000 });
    expect(await wrong.publicKeys({})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    const nowhere = createHttpPlatformClient({
      baseUrl: 'http://127.0.0.1:9',
      token: TOKEN,
      timeoutMs: 500,
      retries: 2,
      backoffBaseMs: 10,
    });
    expect(await nowhere.publicKeys({})).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('publicKeys') },
    });

    const before = calls.heartbeat ?? 0;
    slow = 400;
    const impatient = createHttpPlatformClient({
      baseUrl: server.url,
      token: TOKEN,
      timeoutMs: 150,
      retries: 2,
      backoffBaseMs: 10,
    });
    const timedOut = await impatient.heartbeat({
      kioskId: 'K-1',
      at: new Date(T0).toISOString(),
      appVersion: '1',
      devices: [],
      outbox: { pending: 0, oldestPendingSeconds: 0 },
    });
    slow = 0;
    expect(timedOut).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('no answer within 150 ms') },
    });
    expect((calls.heartbeat ?? 0) - before).toBe(3); // one try and two retries
  });
});

// ——— bad input to every platform call ———————————————————————————————————————————————

const valid: { [K in PlatformOpName]: PlatformRequest<K> } = {
  catalogSync: { knownVersion: 'x' },
  putAttachment: { sha256: samplePng(20).sha256, mediaType: 'image/png', base64: samplePng(20).base64 },
  submit: foodShopFiling(),
  progress: { by: 'caseNumber', caseNumber: 'YQJQ-20260115-00001', queryCode: '7K3Q-M2XD-94PA' },
  licenses: { idNumber: demoCitizen('wang-jianguo').idNumber, licenseType: 'businessLicense' },
  contact: { idNumber: demoCitizen('wang-jianguo').idNumber },
  records: { idNumber: demoCitizen('wang-jianguo').idNumber, record: 'socialInsurance.enrolment' },
  issueCertificate: { source: 'records', itemCode: 'RS-SBCBZM', idNumber: demoCitizen('wang-jianguo').idNumber },
  checkCertificate: { certificateNumber: 'ZS-20260115-00001', verificationCode: '7K3Q-M2XD-94PA' },
  publicKeys: {},
  createPayment: {
    idempotencyKey: randomUUID(),
    kioskId: 'K-1',
    itemCode: 'BM-SFJN',
    amountFen: 100,
    description: '水费',
  },
  paymentStatus: { orderNumber: 'PAY-20260115-000001' },
  billLookup: { itemCode: 'BM-SFJN', reference: '3101234567', choices: [{ id: 'payKind', value: 'bill' }] },
  appointmentSlots: { itemCode: 'MZ-HYDJYY', from: '2026-01-16' },
  book: {
    idempotencyKey: randomUUID(),
    kioskId: 'K-1',
    slotId: 'S202601160900',
    itemCode: 'MZ-HYDJYY',
    applicant: { name: '张晓明', idNumber: demoCitizen('zhang-xiaoming').idNumber, phone: '13900000102' },
  },
  bookingStatus: { bookingNumber: 'YY-20260115-00001' },
  certify: {
    idempotencyKey: randomUUID(),
    kioskId: 'K-1',
    itemCode: 'RS-ZGRZ',
    idNumber: demoCitizen('li-xiuying').idNumber,
    method: 'face',
    photo: {
      mime: 'image/jpeg',
      base64: `/9j/${'A'.repeat(8000)}`,
      width: 640,
      height: 480,
      capturedAt: new Date(T0).toISOString(),
    },
  },
  evaluate: {
    idempotencyKey: randomUUID(),
    kioskId: 'K-1',
    itemCode: 'SCJG-SPXJYDBA',
    level: 'satisfied',
    at: new Date(T0).toISOString(),
  },
  complain: {
    idempotencyKey: randomUUID(),
    kioskId: 'K-1',
    kind: 'complaint',
    subject: { kind: 'department', departmentId: 'marketRegulation', departmentName: '阳泉市郊区市场监督管理局' },
    text: '窗口排队时间太长，希望增加人手。',
    phone: '13900000103',
    at: new Date(T0).toISOString(),
  },
  verifyEId: { code: `GKEID1.${'A'.repeat(27)}.${'A'.repeat(86)}`, kioskId: 'K-1', idempotencyKey: randomUUID() },
  heartbeat: {
    kioskId: 'K-1',
    at: new Date(T0).toISOString(),
    appVersion: '1',
    devices: [],
    outbox: { pending: 0, oldestPendingSeconds: 0 },
  },
};

/** Every string leaf of a sample, as a path. */
function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

/** Every number leaf of a sample, as a path. */
function numberPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => numberPaths(v, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numberPaths(v, [...path, k]));
  return [];
}

function withValue(sample: unknown, path: string[], replacement: unknown): unknown {
  const copy = structuredClone(sample) as Record<string, unknown>;
  let target = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path[path.length - 1] as string] = replacement;
  return copy;
}

function unknownItem(sample: unknown): unknown | undefined {
  const s = sample as Record<string, unknown>;
  if (typeof s.itemCode === 'string') return { ...s, itemCode: 'ZZ-999' };
  if (s.target) return { ...s, target: { kind: 'item', itemCode: 'ZZ-999' } };
  return undefined;
}

function snapshot(): string {
  const tables = [
    'p_cases',
    'p_certificates',
    'p_payments',
    'p_bookings',
    'p_evaluations',
    'p_complaints',
    'p_heartbeats',
    'p_attachments',
    'counters',
    'settings',
  ];
  return JSON.stringify(tables.map((t) => store.db.prepare(`SELECT * FROM ${t}`).all()));
}

async function raw(
  op: PlatformOpName,
  body: unknown,
  pathOverride?: string,
): Promise<{ status: number; code: string; message: string }> {
  const spec = platformApi[op];
  const params = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const path =
    pathOverride ?? spec.path.replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(String(params[k] ?? '')));
  const response = await fetch(`${server.url}${path}`, {
    method: spec.method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    ...(spec.method !== 'GET' ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const json = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: json.error?.code ?? 'ok', message: json.error?.message ?? '' };
}

describe('bad input to every platform call', () => {
  it('each sample request is valid (so the bad variants below are bad for the stated reason)', () => {
    for (const op of platformOpNames) expect(platformApi[op].request.safeParse(valid[op]).success, op).toBe(true);
  });

  it.each(platformOpNames.filter((op) => platformApi[op].method === 'POST'))(
    '%s: wrong types, oversize strings, junk bodies and unknown items are refused; nothing is stored',
    async (op) => {
      const sample = valid[op];
      const before = snapshot();
      const refusals: Array<{ status: number; code: string; message: string }> = [];

      refusals.push(await raw(op, '{not json'));
      refusals.push(await raw(op, [1, 2, 3]));
      refusals.push(await raw(op, { ...(sample as object), unexpectedField: true }));
      for (const path of stringPaths(sample)) {
        refusals.push(await raw(op, withValue(sample, path, { wrong: 'type' })));
        refusals.push(await raw(op, withValue(sample, path, 'x'.repeat(5000))));
      }
      for (const path of numberPaths(sample)) refusals.push(await raw(op, withValue(sample, path, [1])));
      for (const r of refusals) {
        expect(r, `${op}`).toMatchObject({ status: 400, code: 'invalidRequest' });
        expect(r.message.length).toBeGreaterThan(10);
        expect(r.message.includes('xxxxxxxxxx'), 'the message echoes the input').toBe(false);
      }
      const unknown = unknownItem(sample);
      if (unknown)
        expect(await raw(op, unknown), `${op} unknown item`).toMatchObject({
          status: 404,
          code: 'unknownItem',
          message: expect.stringContaining('ZZ-999'),
        });

      // The client refuses the same before anything leaves the kiosk.
      const sent = calls[op] ?? 0;
      for (const path of stringPaths(sample).slice(0, 3)) {
        const result = await (client[op] as (r: unknown) => Promise<{ ok: boolean; error?: { code: string } }>)(
          withValue(sample, path, 'x'.repeat(5000)),
        );
        expect(result).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
      }
      expect(calls[op] ?? 0).toBe(sent);
      expect(snapshot()).toBe(before);
    },
  );

  it('GET calls refuse oversize path parameters, and a body over the limit is refused whole', async () => {
    const before = snapshot();
    expect(await raw('paymentStatus', {}, `/v1/payments/${'X'.repeat(2000)}`)).toMatchObject({
      status: 400,
      code: 'invalidRequest',
    });
    expect(await raw('submit', { ...foodShopFiling(), form: { a: 'x'.repeat(300_000) } })).toMatchObject({
      status: 413,
      code: 'invalidRequest',
    });
    expect(snapshot()).toBe(before);
  });
});
