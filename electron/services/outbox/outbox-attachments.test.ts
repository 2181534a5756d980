import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformGateway } from '../../../shared/platform/index.js';
import { err } from '../../../shared/result.js';
import { sampleJpeg, samplePng } from '../../../test/fixtures/sample-images.js';
import { AuditLog } from '../audit/audit-log.js';
import { createMemoryLogger } from '../log/logger.js';
import { signingKeyFromSeed } from '../platform/certificate-codec.js';
import { fixtureCatalog, foodShopFiling } from '../../../server/platform/fixtures.js';
import { createLocalPlatform, type LocalPlatform } from '../../../server/platform/local-platform.js';
import { ManualClock } from '../store/clock.js';
import { StaticKeyProvider } from '../store/key-provider.js';
import { KioskStore } from '../store/store.js';
import { Outbox, type SubmissionDraftInput } from './outbox.js';
import { openPlatformStore, type PlatformStore } from '../../../server/platform/platform-store.js';

const T0 = Date.parse('2026-01-15T02:30:00Z');
const DAY = 24 * 3600 * 1000;
const page = sampleJpeg(7);
const signature = samplePng(7);

/** The food shop with a photographed floor plan and a signed commitment: two images. */
function draftWithImages(): SubmissionDraftInput {
  const {
    kioskId: _k,
    localAcceptanceNumber: _l,
    queryCode: _q,
    submittedAt: _s,
    ...rest
  } = foodShopFiling({
    materials: [
      { materialId: 'layoutPlan', satisfiedBy: 'scan', pages: [page.blobRef] },
      {
        materialId: 'hygieneCommitment',
        satisfiedBy: 'commitment',
        commitmentAcceptedAt: '2026-01-15T02:29:00.000Z',
        signatureRef: signature.blobRef,
      },
    ],
    signatureRef: signature.blobRef,
  });
  return { ...rest, idempotencyKey: randomUUID() };
}

describe('outbox with attachments', () => {
  let store: KioskStore;
  let platformStore: PlatformStore;
  let platform: LocalPlatform;
  let clock: ManualClock;
  let calls: string[];
  let failUploads: number;
  let failSubmits: number;
  let gateway: PlatformGateway;
  let outbox: Outbox;
  const session = randomUUID();

  beforeEach(() => {
    clock = new ManualClock(T0);
    store = KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    platformStore = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    platform = createLocalPlatform({
      store: platformStore,
      catalog: fixtureCatalog,
      signingKey: signingKeyFromSeed(Buffer.alloc(32, 1), 'test', true),
    });
    calls = [];
    failUploads = 0;
    failSubmits = 0;
    gateway = {
      ...platform,
      putAttachment: async (upload) => {
        calls.push(`put:${upload.sha256.slice(0, 6)}`);
        if (failUploads > 0) {
          failUploads -= 1;
          return err('unavailable', 'connection reset');
        }
        return platform.putAttachment(upload);
      },
      submit: async (s) => {
        calls.push('submit');
        if (failSubmits > 0) {
          failSubmits -= 1;
          return err('unavailable', 'connection reset');
        }
        return platform.submit(s);
      },
    };
    const audit = new AuditLog(store);
    outbox = new Outbox({
      store,
      gateway,
      catalog: fixtureCatalog,
      audit,
      log: createMemoryLogger(),
      kioskId: 'DEMO-0001',
      clock,
      retentionMs: 7 * DAY,
      baseBackoffMs: 10,
      maxBackoffMs: 20,
    });
  });
  afterEach(() => {
    store.close();
    platformStore.close();
  });

  const putBoth = () => {
    for (const image of [page, signature])
      expect(outbox.attachments.put({ ...image, sessionId: session }).ok).toBe(true);
  };
  const due = () => clock.advance(1000);

  it('refuses an application whose images are not held at the kiosk, before acceptance, storing nothing', () => {
    expect(outbox.attachments.put({ ...page, sessionId: session })).toMatchObject({ ok: true });
    expect(outbox.save(draftWithImages())).toMatchObject({
      ok: false,
      error: { code: 'attachmentMissing', message: expect.stringContaining('1 of the 2') },
    });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM attachment_uses').get()).toEqual({ n: 0 });
  });

  it('uploads each image once, then submits; the platform holds them with the case', async () => {
    putBoth();
    const saved = outbox.save(draftWithImages());
    if (!saved.ok) throw new Error(saved.error.message);
    expect(await outbox.deliverDue()).toBe(1);
    expect(calls.filter((c) => c.startsWith('put:'))).toHaveLength(2);
    expect(calls[calls.length - 1]).toBe('submit');
    expect(calls.filter((c) => c === 'submit')).toHaveLength(1);
    expect(platform.holdsAttachment(page.blobRef) && platform.holdsAttachment(signature.blobRef)).toBe(true);
    expect(outbox.get(saved.value.localNumber)).toMatchObject({ state: 'delivered' });
  });

  it('a failed upload ends the attempt without sending the application; the retry uploads and sends it once', async () => {
    putBoth();
    const saved = outbox.save(draftWithImages());
    if (!saved.ok) throw new Error(saved.error.message);
    failUploads = 1;
    expect(await outbox.deliverDue()).toBe(0);
    expect(calls).toEqual([expect.stringMatching(/^put:/)]);
    expect(outbox.get(saved.value.localNumber)).toMatchObject({ state: 'pending', lastError: 'unavailable' });
    due();
    expect(await outbox.deliverDue()).toBe(1);
    expect(calls.filter((c) => c === 'submit')).toHaveLength(1);
    expect(platform.stats().cases).toBe(1);
  });

  it('after a failed submit the next attempt does not upload again, and a repeat upload is harmless anyway', async () => {
    putBoth();
    const saved = outbox.save(draftWithImages());
    if (!saved.ok) throw new Error(saved.error.message);
    failSubmits = 1;
    expect(await outbox.deliverDue()).toBe(0);
    due();
    expect(await outbox.deliverDue()).toBe(1);
    expect(calls.filter((c) => c.startsWith('put:'))).toHaveLength(2);
    expect(calls.filter((c) => c === 'submit')).toHaveLength(2);
    expect(platform.stats()).toMatchObject({ cases: 1, attachments: 2 });
    expect(
      await platform.putAttachment({ sha256: page.sha256, mediaType: page.mediaType, base64: page.base64 }),
    ).toEqual({ ok: true, value: { blobRef: page.blobRef, stored: false } });
  });

  it('when the platform answers attachmentMissing (it lost an image), the images are uploaded again and the case is accepted', async () => {
    putBoth();
    const saved = outbox.save(draftWithImages());
    if (!saved.ok) throw new Error(saved.error.message);
    failSubmits = 1;
    await outbox.deliverDue();
    platform.reset();
    due();
    expect(await outbox.deliverDue()).toBe(1);
    expect(calls.filter((c) => c.startsWith('put:'))).toHaveLength(4);
    expect(platform.holdsAttachment(page.blobRef)).toBe(true);
  });

  it('after delivery and the receipt, the images go with the rest of the personal data', async () => {
    putBoth();
    const saved = outbox.save(draftWithImages());
    if (!saved.ok) throw new Error(saved.error.message);
    await outbox.deliverDue();
    expect(outbox.attachments.count()).toBe(2);
    outbox.markReceiptPrinted(saved.value.localNumber);
    expect(outbox.attachments.count()).toBe(0);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM attachment_uses').get()).toEqual({ n: 0 });
  });
});
