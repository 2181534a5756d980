import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { err } from '../../../shared/result.js';
import type { Outbox } from '../outbox/outbox.js';
import { signCertificate, signingKeyFromSeed } from '../platform/certificate-codec.js';
import { fixtureCatalog, foodShopFiling, noCriminalRecordApplication } from '../../../server/platform/fixtures.js';
import type { LocalPlatform } from '../../../server/platform/local-platform.js';
import type { ManualClock } from '../store/clock.js';
import type { DocumentService } from './documents-service.js';
import { type DocumentsTestBench, openDocumentsTestBench } from '../../../test/fixtures/documents-test-bench.js';

const T0 = Date.parse('2026-01-15T02:30:00Z');
const DAY = 24 * 3600 * 1000;
const key = signingKeyFromSeed(Buffer.alloc(32, 5), '演示平台', true);

function draftOf(source: ReturnType<typeof foodShopFiling>) {
  const { kioskId: _k, localAcceptanceNumber: _l, queryCode: _q, submittedAt: _s, ...rest } = source;
  return { ...rest, idempotencyKey: randomUUID() };
}

describe('documents service', () => {
  let bench: DocumentsTestBench;
  let clock: ManualClock;
  let platform: LocalPlatform;
  let outbox: Outbox;
  let documents: DocumentService;
  let dir: string;

  beforeEach(() => {
    bench = openDocumentsTestBench({
      startsAt: T0,
      catalog: fixtureCatalog,
      platform: { signingKey: key, review: { inReviewAfterMs: 1000, decideAfterMs: 2000 } },
    });
    ({ clock, platform, outbox, documents, dir } = bench);
  });
  afterEach(() => bench.close());

  it('prints a receipt offline with the local number, and with the case number once delivered', async () => {
    const saved = outbox.save(draftOf(foodShopFiling()));
    if (!saved.ok) throw new Error('save');
    const offline = await documents.receipt(saved.value.localNumber);
    if (!offline.ok) throw new Error(offline.error.message);
    const text =
      offline.value.receiptLines
        ?.map((l) => (l.kind === 'text' ? l.text : l.kind === 'qr' ? `QR ${l.data}` : ''))
        .join('\n') ?? '';
    expect(text).toContain('办件编号：网络恢复后自动生成');
    expect(text).toContain('已保存，网络恢复后自动提交');
    expect(text).toContain(`QR GKR1:${saved.value.localNumber}:${saved.value.queryCode}`);
    await outbox.deliverDue();
    const online = await documents.receipt(saved.value.localNumber);
    if (!online.ok) throw new Error(online.error.message);
    expect(online.value.qrPayload).toBe(`GKR1:YQJQ-20260115-00001:${saved.value.queryCode}`);
    const lines = online.value.receiptLines?.map((l) => (l.kind === 'text' ? l.text : '')).join('\n') ?? '';
    expect(lines).toContain('办件编号：YQJQ-20260115-00001');
    expect(lines).toContain('王*国');
  });

  it('archives documents encrypted, hands them to printers, and deletes them after the retention period', async () => {
    const saved = outbox.save(draftOf(foodShopFiling()));
    if (!saved.ok) throw new Error('save');
    await outbox.deliverDue();
    const caseNumber = outbox.get(saved.value.localNumber)?.caseNumber as string;
    const certificate = await documents.caseCertificate(caseNumber);
    if (!certificate.ok) throw new Error(certificate.error.message);
    const files = readdirSync(join(dir, 'documents', '202601'));
    expect(files).toContain(`${certificate.value.documentId}.pdf.enc`);
    const raw = readFileSync(join(dir, 'documents', '202601', `${certificate.value.documentId}.pdf.enc`));
    expect(raw.includes(Buffer.from('%PDF'))).toBe(false);
    const job = documents.printJob(certificate.value.documentId);
    expect(job && Buffer.from(job.pdf).equals(Buffer.from(certificate.value.pdf))).toBe(true);
    expect(job).toMatchObject({ media: 'A4', title: '食品小经营店备案证' });

    const receipt = await documents.receipt(saved.value.localNumber);
    if (!receipt.ok) throw new Error('receipt');
    expect(documents.printJob(receipt.value.documentId)?.receiptLines?.length).toBeGreaterThan(10);
    expect(documents.markPrinted(receipt.value.documentId)).toEqual({
      ok: true,
      value: { purgedApplicationData: true },
    });
    expect(documents.markPrinted('R-NOPE-1')).toMatchObject({ ok: false, error: { code: 'notFound' } });

    clock.advance(7 * DAY + 1);
    expect(documents.purge()).toBe(2);
    expect(existsSync(join(dir, 'documents', '202601', `${certificate.value.documentId}.pdf.enc`))).toBe(false);
    expect(documents.printJob(certificate.value.documentId)).toBeUndefined();
  });

  it('refuses to print a certificate whose signature does not check out', async () => {
    const saved = outbox.save(draftOf(foodShopFiling()));
    if (!saved.ok) throw new Error('save');
    await outbox.deliverDue();
    const caseNumber = outbox.get(saved.value.localNumber)?.caseNumber as string;
    const forger = signingKeyFromSeed(Buffer.alloc(32, 6), 'forger', true);
    bench.gateway = {
      ...platform,
      issueCertificate: async (r) => {
        const real = await platform.issueCertificate(r);
        if (!real.ok) return real;
        const { signature: _s, qrPayload: _q, ...unsigned } = real.value;
        return {
          ok: true,
          value: signCertificate({ ...unsigned, holderName: '别人' }, { ...forger, keyId: key.keyId }),
        };
      },
    };
    expect(await documents.caseCertificate(caseNumber)).toMatchObject({ ok: false, error: { code: 'badSignature' } });
  });

  it('verifies scanned codes: certificates offline (and online status), receipts by progress, junk as unknown', async () => {
    const saved = outbox.save(draftOf(noCriminalRecordApplication()));
    if (!saved.ok) throw new Error('save');
    await outbox.deliverDue();
    const receipt = await documents.receipt(saved.value.localNumber);
    if (!receipt.ok) throw new Error('receipt');
    expect(await documents.verify(receipt.value.qrPayload)).toMatchObject({
      kind: 'receipt',
      valid: true,
      progress: { status: 'accepted' },
    });
    expect(await documents.verify(receipt.value.qrPayload.replace(/:[^:]+$/, ':0000-0000-0000'))).toMatchObject({
      kind: 'receipt',
      valid: false,
      reason: 'notFound',
    });

    const issued = await platform.issueCertificate({
      source: 'records',
      itemCode: 'RS-SBCBZM',
      idNumber: foodShopFiling().applicant.idNumber,
    });
    if (!issued.ok) throw new Error('issue');
    const printed = await documents.recordsPrintout('RS-SBCBZM', foodShopFiling().applicant.idNumber);
    expect(printed).toMatchObject({
      ok: true,
      value: { kind: 'printout', certificateNumber: issued.value.certificateNumber },
    });
    expect(await documents.verify(issued.value.qrPayload)).toMatchObject({
      kind: 'certificate',
      valid: true,
      online: 'valid',
      sample: true,
    });

    // Offline: the signature still checks with the keys kept from before.
    bench.gateway = {
      ...platform,
      checkCertificate: async () => err('unavailable', 'down'),
      publicKeys: async () => err('unavailable', 'down'),
    };
    expect(await documents.verify(issued.value.qrPayload)).toMatchObject({
      kind: 'certificate',
      valid: true,
      online: 'unreachable',
    });
    // A code signed by a key nobody knows.
    const stranger = signCertificate(
      { ...issued.value, certificateNumber: 'ZM-20260115-99999' },
      signingKeyFromSeed(Buffer.alloc(32, 8), 'x', true),
    );
    expect(await documents.verify(stranger.qrPayload)).toMatchObject({
      kind: 'certificate',
      valid: false,
      reason: 'unknownKey',
    });
    expect(await documents.verify('hello')).toEqual({ kind: 'unknown', valid: false, reason: 'malformed' });
  });

  it('with keys pinned in the configuration, trusts those alone and never the keys the platform sends', async () => {
    const pinnedKey = signingKeyFromSeed(Buffer.alloc(32, 9), '演示平台', true);
    const pinned = openDocumentsTestBench({
      startsAt: T0,
      catalog: fixtureCatalog,
      platform: { signingKey: key, review: { inReviewAfterMs: 1000, decideAfterMs: 2000 } },
      pinnedKeys: [pinnedKey.publicKey],
    });
    try {
      const issued = await pinned.platform.issueCertificate({
        source: 'records',
        itemCode: 'RS-SBCBZM',
        idNumber: foodShopFiling().applicant.idNumber,
      });
      if (!issued.ok) throw new Error('issue');
      // The platform signs with a key it would happily publish; the kiosk pinned another one.
      expect(await pinned.documents.verify(issued.value.qrPayload)).toMatchObject({
        kind: 'certificate',
        valid: false,
        reason: 'unknownKey',
      });
      expect(await pinned.documents.trustedKeys()).toEqual([pinnedKey.publicKey]);
      const byPinned = signCertificate(issued.value, pinnedKey);
      expect(await pinned.documents.verify(byPinned.qrPayload)).toMatchObject({ kind: 'certificate', valid: true });
    } finally {
      pinned.close();
    }
  });
});
