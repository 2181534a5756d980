import { foodShopApplication } from './support/food-shop-application.js';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { documentMethods } from '../../shared/contract/documents.js';
import { platformMethods } from '../../shared/contract/platform.js';
import { demoCitizens } from '../../shared/demo/demo-citizens.js';
import { createKioskBackend, type KioskBackend } from '../../electron/backend/create-backend.js';
import { samplePng } from '../fixtures/sample-images.js';
import { createLogger } from '../../electron/services/log/logger.js';
import { keyDirFor } from '../../electron/services/store/key-location.js';
import { demoCitizen } from '../../server/platform/fixtures.js';
import { readCardOf } from '../support/read-card.js';

/**
 * A whole citizen session through the real backend (the same one Electron and the web host run), as the
 * renderer calls it; then the logs, the audit log, the database files and the document archive are
 * scanned for the demo people's names, ID numbers, phone numbers and addresses. Failures name what
 * leaked where, never the value.
 */
const context = { transport: 'web', sender: 'test' } as const;
const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-session-'));
let backend: KioskBackend;
const call = async (method: string, payload: unknown) => backend.dispatch(method, payload, context);
const value = async <T = Record<string, unknown>>(method: string, payload: unknown): Promise<T> => {
  const result = await call(method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
};

beforeAll(async () => {
  const logger = createLogger({ file: join(dataDir, 'logs', 'kiosk.log'), level: 'debug' });
  backend = await createKioskBackend({ host: 'web', dataDir, version: '0.0.0-test', logger, developerApi: true });
});
afterAll(() => (process.env.KEEP_SESSION_DIR ? undefined : rmSync(dataDir, { recursive: true, force: true })));

const identify = (citizenKey: string) => readCardOf(call, citizenKey);

const itemOf = (flow: string, pick: (code: string) => boolean = () => true) => {
  const item = defaultCatalog.items.find((i) => i.flow === flow && pick(i.code));
  if (!item) throw new Error(`no ${flow} item`);
  return item.code;
};

describe('a citizen session through the backend', () => {
  const wang = demoCitizen('wang-jianguo');
  const zhang = demoCitizen('zhang-xiaoming');

  it('files the food shop (instant), prints receipt and certificate, verifies them, and uses the other platform calls', async () => {
    // The signature reaches the kiosk before the application that names it.
    const signature = samplePng(30);
    const sessionId = randomUUID();
    expect(
      await value('attachments.put', {
        blobRef: signature.blobRef,
        mediaType: 'image/png',
        base64: signature.base64,
        sessionId,
      }),
    ).toEqual({ blobRef: signature.blobRef, stored: true });
    await identify('wang-jianguo');
    const submitted = await value('submission.submit', foodShopApplication(wang, signature.blobRef, '建国家常菜馆'));
    expect(submitted).toMatchObject({
      state: 'delivered',
      caseStatus: 'approved',
      certificateAvailable: true,
      offline: false,
    });
    const localNumber = submitted.localNumber as string;
    const caseNumber = submitted.caseNumber as string;

    const receipt = await value('documents.receipt', { localNumber });
    expect(receipt).toMatchObject({ kind: 'receipt', media: 'receipt80', sample: true });
    expect(
      Buffer.from(receipt.pdfBase64 as string, 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const certificate = await value('documents.certificate', { caseNumber });
    expect(certificate).toMatchObject({ kind: 'certificate', media: 'A4', title: '食品小经营店备案证', sample: true });

    expect(await value('documents.verify', { text: certificate.qrPayload })).toMatchObject({
      kind: 'certificate',
      valid: true,
      online: 'valid',
      holderMasked: '王*国',
    });
    const forged = (certificate.qrPayload as string).replace(
      /\.([A-Za-z0-9_-])([A-Za-z0-9_-]{85})$/,
      (_m, c: string, rest: string) => `.${c === 'A' ? 'B' : 'A'}${rest}`,
    );
    expect(await value('documents.verify', { text: forged })).toMatchObject({
      kind: 'certificate',
      valid: false,
      reason: 'badSignature',
    });
    expect(await value('documents.verify', { text: receipt.qrPayload })).toMatchObject({
      kind: 'receipt',
      valid: true,
      progress: { caseNumber, status: 'approved' },
    });
    expect(await value('documents.verify', { text: 'https://example.com' })).toEqual({
      kind: 'unknown',
      valid: false,
      reason: 'malformed',
    });

    expect(await value('documents.markPrinted', { documentId: certificate.documentId })).toEqual({
      purgedApplicationData: false,
    });
    expect(await value('documents.markPrinted', { documentId: receipt.documentId })).toEqual({
      purgedApplicationData: true,
    });
    expect(await call('documents.receipt', { localNumber })).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    });

    const progress = await value<{ cases: Array<{ caseNumber: string }> }>('case.progress', {
      by: 'idNumber',
      idNumber: wang.idNumber,
    });
    expect(progress.cases.map((c) => c.caseNumber)).toContain(caseNumber);
    const licenses = await value<{ licenses: Array<{ licenseType: string }> }>('license.find', {
      idNumber: wang.idNumber,
    });
    expect(licenses.licenses.map((l) => l.licenseType)).toEqual(
      expect.arrayContaining(['businessLicense', 'foodBusinessLicense', 'foodBusinessRecord']),
    );

    await identify('zhang-xiaoming');
    const printItem = itemOf('print', (c) => c === 'RS-001');
    expect(await value('documents.printout', { itemCode: printItem, idNumber: zhang.idNumber })).toMatchObject({
      kind: 'printout',
      media: 'A4',
    });
    expect(await value('records.get', { idNumber: zhang.idNumber, record: 'housingFund.accountDetail' })).toMatchObject(
      { title: '住房公积金缴存证明' },
    );

    const payItem = itemOf('pay');
    const order = await value('payment.create', {
      idempotencyKey: randomUUID(),
      itemCode: payItem,
      reference: 'SF1403110027',
      amountFen: 8650,
      description: '水费',
    });
    expect(await value('payment.status', { orderNumber: order.orderNumber })).toMatchObject({ status: 'unpaid' });
    const bookItem = itemOf('book');
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    const slots = await value<{ slots: Array<{ slotId: string }> }>('appointment.slots', {
      itemCode: bookItem,
      from: tomorrow,
      days: 7,
    });
    const slot = slots.slots[0];
    if (!slot) throw new Error('no slot');
    expect(
      await value('appointment.book', {
        idempotencyKey: randomUUID(),
        slotId: slot.slotId,
        itemCode: bookItem,
        applicant: { name: zhang.name, idNumber: zhang.idNumber, phone: zhang.phone },
      }),
    ).toMatchObject({ status: 'booked' });
    expect(
      await call('evaluation.submit', { idempotencyKey: randomUUID(), caseNumber, level: 'veryDissatisfied' }),
    ).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    expect(
      await value('evaluation.submit', {
        idempotencyKey: randomUUID(),
        caseNumber,
        level: 'dissatisfied',
        reason: `等了很久，请联系${wang.name}`,
        phone: wang.phone,
      }),
    ).toMatchObject({ duplicate: false });
    const complaint = {
      idempotencyKey: randomUUID(),
      kind: 'complaint',
      subject: { kind: 'department', departmentId: 'marketRegulation', departmentName: '阳泉市郊区市场监督管理局' },
      text: `我是${wang.name}，住${wang.address}，窗口让我跑了三次`,
      phone: wang.phone,
    };
    const filed = await value('complaint.submit', complaint);
    expect(filed).toMatchObject({ complaintNumber: expect.stringMatching(/^TS-/), duplicate: false });
    expect(await value('complaint.submit', complaint)).toMatchObject({
      complaintNumber: filed.complaintNumber,
      duplicate: true,
    });
    // Its receipt prints in this session: the number, the department and the date, never the words or phone.
    const slip = await value('documents.complaintSlip', { complaintNumber: filed.complaintNumber });
    expect(slip).toMatchObject({ kind: 'ticket', media: 'receipt80', title: '投诉回执' });
    const printedText = (slip.receiptLines as Array<{ text?: string }>).map((line) => line.text ?? '').join('\n');
    expect(printedText).toContain(`投诉编号：${filed.complaintNumber}`);
    expect(printedText).toContain('阳泉市郊区市场监督管理局');
    for (const personal of [wang.name, wang.phone, '跑了三次']) expect(printedText).not.toContain(personal);
    expect(await call('documents.complaintSlip', { complaintNumber: 'TS-20990101-999999' })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(await call('complaint.submit', { ...complaint, idempotencyKey: randomUUID(), text: '差' })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    expect(
      await value('complaint.submit', {
        idempotencyKey: randomUUID(),
        kind: 'suggestion',
        subject: { kind: 'kiosk' },
        text: '希望终端旁边放一把椅子。',
      }),
    ).toMatchObject({ complaintNumber: expect.stringMatching(/^JY-/) });
    expect(await value('outbox.status', {})).toMatchObject({ pending: 0, platform: 'embedded' });
    // Delivered with its receipt printed: the signature went with the rest of the application's data.
    expect(await value('session.end', { sessionId })).toEqual({ attachmentsDeleted: 0 });
    // The next citizen cannot print the last one's complaint receipt.
    expect(await call('documents.complaintSlip', { complaintNumber: filed.complaintNumber })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('keeps an image only when hash and media type match; the session wipe deletes images no application names', async () => {
    const sessionId = randomUUID();
    const [kept, wrong] = [samplePng(31), samplePng(32)];
    expect(
      await call('attachments.put', { blobRef: wrong.blobRef, mediaType: 'image/png', base64: kept.base64, sessionId }),
    ).toMatchObject({ ok: false, error: { code: 'hashMismatch' } });
    expect(
      await call('attachments.put', { blobRef: kept.blobRef, mediaType: 'image/jpeg', base64: kept.base64, sessionId }),
    ).toMatchObject({ ok: false, error: { code: 'wrongMediaType' } });
    expect(
      await value('attachments.put', { blobRef: kept.blobRef, mediaType: 'image/png', base64: kept.base64, sessionId }),
    ).toMatchObject({ stored: true });
    // An application naming an image the kiosk does not hold is refused before acceptance.
    await identify('wang-jianguo');
    expect(
      await call('submission.submit', {
        idempotencyKey: randomUUID(),
        target: { kind: 'item', itemCode: 'SC-005' },
        applicant: { name: wang.name, idNumber: wang.idNumber, identifiedBy: 'idCard' },
        materials: [{ materialId: 'layoutPlan', satisfiedBy: 'scan', pages: [kept.blobRef, wrong.blobRef] }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'attachmentMissing' } });
    expect(await value('session.end', { sessionId })).toEqual({ attachmentsDeleted: 1 });
    expect(await value('session.end', { sessionId })).toEqual({ attachmentsDeleted: 0 });
  });

  it('refuses bad input to every platform and documents call with a clear error and changes nothing', async () => {
    const db = join(dataDir, 'kiosk.db');
    const snapshot = async () => {
      // Read through the backend's own view: every table of the store.
      const { KioskStore } = await import('../../electron/services/store/store.js');
      const { FileKeyProvider } = await import('../../electron/services/store/key-provider.js');
      const s = KioskStore.open({ path: db, keyProvider: new FileKeyProvider(join(keyDirFor(dataDir), 'store.key')) });
      const tables = (
        s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
          name: string;
        }>
      ).map((t) => t.name);
      const dump = JSON.stringify(tables.map((t) => [t, s.db.prepare(`SELECT * FROM ${t}`).all()]));
      s.close();
      return dump;
    };
    const before = await snapshot();
    const junk: unknown[] = [null, 42, 'text', [], { __unexpected: 'x'.repeat(5000) }];
    for (const method of [...Object.keys(platformMethods), ...Object.keys(documentMethods)]) {
      for (const payload of junk) {
        const result = await call(method, payload);
        expect(result, `${method} accepted junk`).toMatchObject({
          ok: false,
          error: { code: 'invalidRequest', message: expect.stringContaining(method) },
        });
      }
    }
    await identify('wang-jianguo');
    const unknownItem = [
      [
        'submission.submit',
        {
          idempotencyKey: randomUUID(),
          target: { kind: 'item', itemCode: 'ZZ-999' },
          applicant: { name: wang.name, idNumber: wang.idNumber, identifiedBy: 'idCard' },
        },
      ],
      [
        'submission.submit',
        {
          idempotencyKey: randomUUID(),
          target: { kind: 'package', packageCode: 'YJS-999' },
          applicant: { name: wang.name, idNumber: wang.idNumber, identifiedBy: 'idCard' },
        },
      ],
      ['payment.create', { idempotencyKey: randomUUID(), itemCode: 'ZZ-999', amountFen: 100, description: 'x' }],
      ['appointment.slots', { itemCode: 'ZZ-999', from: '2026-01-16' }],
      [
        'appointment.book',
        {
          idempotencyKey: randomUUID(),
          slotId: 'S202601160900',
          itemCode: 'ZZ-999',
          applicant: { name: zhang.name, idNumber: zhang.idNumber, phone: zhang.phone },
        },
      ],
      ['evaluation.submit', { idempotencyKey: randomUUID(), itemCode: 'ZZ-999', level: 'satisfied' }],
      ['documents.printout', { itemCode: 'ZZ-999', idNumber: wang.idNumber }],
    ] as const;
    for (const [method, payload] of unknownItem) {
      expect(await call(method, payload), method).toMatchObject({
        ok: false,
        error: { code: 'unknownItem', message: expect.stringContaining('-999') },
      });
    }
    const wrong = [
      [
        'submission.submit',
        {
          idempotencyKey: randomUUID(),
          target: { kind: 'item', itemCode: 'SC-005' },
          applicant: { name: wang.name, idNumber: '140311197508210033', identifiedBy: 'idCard' },
        },
      ],
      [
        'submission.submit',
        {
          idempotencyKey: randomUUID(),
          target: { kind: 'item', itemCode: 'SC-005' },
          applicant: { name: '王'.repeat(60), idNumber: wang.idNumber, identifiedBy: 'idCard' },
        },
      ],
      ['case.progress', { by: 'caseNumber', caseNumber: 'YQJQ-20260115-00001', queryCode: 'nope' }],
      ['license.find', { idNumber: Number(wang.idNumber) }],
      ['payment.create', { idempotencyKey: randomUUID(), itemCode: 'BM-001', amountFen: -5, description: 'x' }],
      ['documents.verify', { text: 'x'.repeat(2001) }],
    ] as const;
    for (const [method, payload] of wrong)
      expect(await call(method, payload), method).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    expect(await snapshot()).toBe(before);
  });

  it('leaves no personal data in the logs, the audit log, the database files or the archive', async () => {
    await backend.close();
    const read = (dir: string): Array<[string, Buffer]> =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory()
          ? read(path)
          : [[path.slice(dataDir.length + 1), readFileSync(path)] as [string, Buffer]];
      });
    // The keys are not in the data folder at all (issue 12 #5): every file here is searched.
    const files = read(dataDir);
    expect(files.filter(([name]) => name.startsWith('keys'))).toEqual([]);
    expect(files.some(([name]) => name === join('logs', 'kiosk.log'))).toBe(true);
    expect(files.some(([name]) => name.endsWith('.pdf.enc'))).toBe(true);

    // The audit log as such, and the log, must say what happened…
    const { KioskStore } = await import('../../electron/services/store/store.js');
    const { FileKeyProvider } = await import('../../electron/services/store/key-provider.js');
    const store = KioskStore.open({
      path: join(dataDir, 'kiosk.db'),
      keyProvider: new FileKeyProvider(join(keyDirFor(dataDir), 'store.key')),
    });
    const audit = JSON.stringify(store.db.prepare('SELECT * FROM audit_log').all());
    store.close();
    expect(audit).toContain('submission.delivered');
    expect(audit).toContain('document.printed');
    expect(audit).toContain('complaint.submitted');

    // …and nobody's name, ID number, phone or address may be anywhere.
    const needles = demoCitizens.flatMap((c) => [
      [`${c.key}.name`, c.name],
      [`${c.key}.idNumber`, c.idNumber],
      [`${c.key}.phone`, c.phone],
      [`${c.key}.address`, c.address],
    ]);
    const haystacks: Array<[string, Buffer]> = [...files, ['audit_log table', Buffer.from(audit)]];
    const leaks = haystacks.flatMap(([where, bytes]) =>
      needles
        .filter(([, needle]) => bytes.includes(Buffer.from(needle as string, 'utf8')))
        .map(([what]) => `${what} in ${where}`),
    );
    expect(leaks).toEqual([]);
    // The scan itself works: it finds a name where one is.
    expect(Buffer.from(`申请人${wang.name}`).includes(Buffer.from(wang.name))).toBe(true);
    expect(existsSync(join(dataDir, 'kiosk.db'))).toBe(true);
  });
});
