import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePng } from '../../test/fixtures/sample-images.js';
import { ManualClock } from '../../electron/services/store/clock.js';
import { StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import { signingKeyFromSeed } from '../../electron/services/platform/certificate-codec.js';
import { fixtureCatalog, foodShopFiling } from './fixtures.js';
import { createLocalPlatform, type LocalPlatform } from './local-platform.js';
import { openPlatformStore, type PlatformStore } from './platform-store.js';

const DAY = 24 * 3600 * 1000;

describe('embedded platform: attachments', () => {
  let store: PlatformStore;
  let clock: ManualClock;
  let platform: LocalPlatform;
  const signature = samplePng(9);
  const upload = { sha256: signature.sha256, mediaType: signature.mediaType, base64: signature.base64 };
  const signed = () =>
    foodShopFiling({
      idempotencyKey: randomUUID(),
      materials: [
        {
          materialId: 'hygieneCommitment',
          satisfiedBy: 'commitment',
          commitmentAcceptedAt: '2026-01-15T02:29:00.000Z',
          signatureRef: signature.blobRef,
        },
      ],
    });

  beforeEach(() => {
    clock = new ManualClock(Date.parse('2026-01-15T02:30:00Z'));
    store = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    platform = createLocalPlatform({
      store,
      catalog: fixtureCatalog,
      signingKey: signingKeyFromSeed(Buffer.alloc(32, 2), 'test', true),
      clock,
    });
  });
  afterEach(() => store.close());

  it('refuses an application naming an image it does not hold (upload first), then accepts it once uploaded', async () => {
    const submission = signed();
    expect(await platform.submit(submission)).toMatchObject({ ok: false, error: { code: 'attachmentMissing' } });
    expect(platform.stats().cases).toBe(0);
    expect(await platform.putAttachment(upload)).toEqual({
      ok: true,
      value: { blobRef: signature.blobRef, stored: true },
    });
    expect(await platform.putAttachment(upload)).toEqual({
      ok: true,
      value: { blobRef: signature.blobRef, stored: false },
    });
    expect(await platform.submit(submission)).toMatchObject({ ok: true, value: { duplicate: false } });
    expect(platform.stats()).toMatchObject({ cases: 1, attachments: 1 });
  });

  it('refuses a wrong hash or media type and stores nothing; keeps what it stores encrypted', async () => {
    expect(await platform.putAttachment({ ...upload, sha256: samplePng(10).sha256 })).toMatchObject({
      ok: false,
      error: { code: 'hashMismatch' },
    });
    expect(await platform.putAttachment({ ...upload, mediaType: 'image/jpeg' })).toMatchObject({
      ok: false,
      error: { code: 'wrongMediaType' },
    });
    expect(platform.stats().attachments).toBe(0);
    expect(await platform.putAttachment(upload)).toMatchObject({ ok: true });
    const row = store.db.prepare('SELECT body FROM p_attachments').get() as { body: Buffer };
    expect(row.body.includes(signature.bytes.subarray(16, 48))).toBe(false);
  });

  it('drops the image bytes with the other personal data after retention; a repeated submission is still a duplicate', async () => {
    expect(await platform.putAttachment(upload)).toMatchObject({ ok: true });
    const submission = signed();
    expect((await platform.submit(submission)).ok).toBe(true);
    clock.advance(8 * DAY);
    expect(platform.purgePersonalData(7 * DAY)).toBeGreaterThan(0);
    expect(platform.holdsAttachment(signature.blobRef)).toBe(false);
    expect(await platform.submit(submission)).toMatchObject({ ok: true, value: { duplicate: true } });
  });
});
