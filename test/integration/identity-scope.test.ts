import { foodShopApplication } from './support/food-shop-application.js';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskBackend, type KioskBackend } from '../../electron/backend/create-backend.js';
import { samplePng } from '../fixtures/sample-images.js';
import { createLogger } from '../../electron/services/log/logger.js';
import { demoCitizen } from '../../server/platform/fixtures.js';
import { readCardOf } from '../support/read-card.js';

/**
 * Issue 12 finding 3, reproduced and closed: the backend used to answer records, e-licenses and progress for
 * any ID number the page sent, and gave the query code of any local number. Now main owns who the citizen is.
 */
const context = { transport: 'web', sender: 'test' } as const;
const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-scope-'));
let backend: KioskBackend;
const call = (method: string, payload: unknown = {}) => backend.dispatch(method, payload, context);

const identify = (citizenKey: string) => readCardOf(call, citizenKey);

/** The food shop licence (SC-005) as the renderer files it, for this person, with a signature already put. */
async function draft(person: ReturnType<typeof demoCitizen>) {
  const signature = samplePng(30);
  expect(
    await call('attachments.put', {
      blobRef: signature.blobRef,
      mediaType: 'image/png',
      base64: signature.base64,
      sessionId: randomUUID(),
    }),
  ).toMatchObject({ ok: true });
  return foodShopApplication(person, signature.blobRef);
}

beforeAll(async () => {
  const logger = createLogger({ file: join(dataDir, 'logs', 'kiosk.log') });
  backend = await createKioskBackend({ host: 'web', dataDir, version: '0.0.0-test', logger, developerApi: true });
});
afterAll(async () => {
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the identity scope', () => {
  const wang = demoCitizen('wang-jianguo');
  const li = demoCitizen('li-xiuying');

  it('answers nothing personal before anyone is identified', async () => {
    for (const [method, payload] of [
      ['license.find', { idNumber: wang.idNumber }],
      ['person.contact', { idNumber: wang.idNumber }],
      ['case.progress', { by: 'idNumber', idNumber: wang.idNumber }],
      ['documents.printout', { itemCode: 'RS-001', idNumber: wang.idNumber }],
    ] as const) {
      expect(await call(method, payload), method).toMatchObject({ ok: false, error: { code: 'notIdentified' } });
    }
  });

  it('answers for the person whose card was read, and for nobody else', async () => {
    await identify('wang-jianguo');
    expect(await call('person.contact', { idNumber: wang.idNumber })).toMatchObject({ ok: true });
    expect(await call('person.contact', { idNumber: li.idNumber })).toMatchObject({
      ok: false,
      error: { code: 'notIdentified' },
    });
    expect(await call('license.find', { idNumber: wang.idNumber })).toMatchObject({ ok: true });
    expect(await call('license.find', { idNumber: li.idNumber })).toMatchObject({
      ok: false,
      error: { code: 'notIdentified' },
    });
    expect(await call('case.progress', { by: 'idNumber', idNumber: li.idNumber })).toMatchObject({
      ok: false,
      error: { code: 'notIdentified' },
    });
    // An application for someone else than the identified person is refused and nothing is queued.
    const before = await call('outbox.status');
    expect(await call('submission.submit', await draft(li))).toMatchObject({
      ok: false,
      error: { code: 'notIdentified' },
    });
    expect(await call('outbox.status')).toEqual(before);
  });

  it("gives an application's status only to its own session, and never its query code", async () => {
    await identify('wang-jianguo');
    const submitted = await call('submission.submit', await draft(wang));
    if (!submitted.ok) throw new Error(submitted.error.code);
    const localNumber = (submitted.value as { localNumber: string }).localNumber;
    const status = await call('submission.status', { localNumber });
    expect(status).toMatchObject({ ok: true });
    expect(JSON.stringify(status)).not.toContain('queryCode');

    // The wipe closes the scope: the next session (or a script with the token) learns nothing.
    expect(await call('session.end', { sessionId: randomUUID() })).toMatchObject({ ok: true });
    expect(await call('submission.status', { localNumber })).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await call('submission.releaseReceipt', { localNumber })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(await call('license.find', { idNumber: wang.idNumber })).toMatchObject({
      ok: false,
      error: { code: 'notIdentified' },
    });
  });

  it('prints a certificate only for a case this session submitted or found with its query code', async () => {
    await identify('wang-jianguo');
    const submitted = await call('submission.submit', await draft(wang));
    if (!submitted.ok) throw new Error(submitted.error.code);
    const { caseNumber, queryCode } = submitted.value as { caseNumber: string; queryCode: string };
    expect(await call('documents.certificate', { caseNumber })).toMatchObject({ ok: true });
    expect(await call('session.end', { sessionId: randomUUID() })).toMatchObject({ ok: true });
    // The next session, with the case number alone (it is on the certificate's QR, on a slip, guessable).
    expect(await call('documents.certificate', { caseNumber })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    // With the query code from the receipt, at any kiosk: the reprint works.
    expect(await call('case.progress', { by: 'caseNumber', caseNumber, queryCode })).toMatchObject({ ok: true });
    expect(await call('documents.certificate', { caseNumber })).toMatchObject({ ok: true });
  });
});
