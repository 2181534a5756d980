import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleJpeg, samplePng } from '../../../test/fixtures/sample-images.js';
import { AttachmentStore } from './attachment-store.js';
import { ManualClock } from './clock.js';
import { StaticKeyProvider } from './key-provider.js';
import { KioskStore } from './store.js';

const HOUR = 3600 * 1000;

describe('attachment store', () => {
  let store: KioskStore;
  let clock: ManualClock;
  let attachments: AttachmentStore;
  const session = randomUUID();
  const rows = () =>
    store.db.prepare('SELECT * FROM attachments').all() as Array<{
      blob_ref: string;
      body: Buffer;
      session_id: string | null;
    }>;

  beforeEach(() => {
    clock = new ManualClock(Date.parse('2026-01-15T02:30:00Z'));
    store = KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    attachments = new AttachmentStore(store);
  });
  afterEach(() => store.close());

  it('keeps an image encrypted under its blobRef and gives the same bytes back; the same image again is harmless', () => {
    const jpeg = sampleJpeg();
    expect(attachments.put({ ...jpeg, sessionId: session })).toEqual({
      ok: true,
      value: { blobRef: jpeg.blobRef, stored: true },
    });
    const [row] = rows();
    expect(row?.blob_ref).toBe(jpeg.blobRef);
    expect(row?.body.includes(jpeg.bytes.subarray(10, 40))).toBe(false);
    expect(attachments.read(jpeg.blobRef)).toEqual({
      blobRef: jpeg.blobRef,
      mediaType: 'image/jpeg',
      bytes: jpeg.bytes,
    });
    expect(attachments.put({ ...jpeg, sessionId: session })).toEqual({
      ok: true,
      value: { blobRef: jpeg.blobRef, stored: false },
    });
    expect(attachments.count()).toBe(1);
  });

  it('refuses a hash that does not match the bytes and stores nothing', () => {
    const png = samplePng();
    expect(attachments.put({ ...png, blobRef: samplePng(1).blobRef, sessionId: session })).toMatchObject({
      ok: false,
      error: { code: 'hashMismatch' },
    });
    expect(rows()).toEqual([]);
  });

  it('refuses a media type the bytes contradict and stores nothing', () => {
    const png = samplePng();
    expect(attachments.put({ ...png, mediaType: 'image/jpeg', sessionId: session })).toMatchObject({
      ok: false,
      error: { code: 'wrongMediaType' },
    });
    expect(rows()).toEqual([]);
  });

  it('the end of a session deletes its images no application names; a named one stays until its application is purged', () => {
    const [named, dropped, other] = [samplePng(1), samplePng(2), samplePng(3)];
    const otherSession = randomUUID();
    for (const image of [named, dropped])
      expect(attachments.put({ ...image, sessionId: session })).toMatchObject({ ok: true });
    expect(attachments.put({ ...other, sessionId: otherSession })).toMatchObject({ ok: true });
    store.transaction(() => attachments.bind('DEMO-0001-20260115-0001', [named.blobRef]));
    expect(attachments.endSession(session)).toBe(1);
    expect(attachments.missing([named.blobRef, dropped.blobRef, other.blobRef])).toEqual([dropped.blobRef]);

    // Retention: an image a session never wiped goes after the orphan time; a named one is kept while its application holds data.
    clock.advance(3 * HOUR);
    store.db
      .prepare(
        "INSERT INTO outbox (local_number, idempotency_key, request_hash, target_kind, target_code, payload, state, next_attempt_at, created_at) VALUES ('DEMO-0001-20260115-0001', ?, 'h', 'item', 'X', x'00', 'pending', 0, 0)",
      )
      .run(randomUUID());
    expect(store.transaction(() => attachments.purge(2 * HOUR))).toBe(1);
    expect(attachments.missing([named.blobRef, other.blobRef])).toEqual([other.blobRef]);
    store.db.prepare("UPDATE outbox SET payload = NULL WHERE local_number = 'DEMO-0001-20260115-0001'").run();
    expect(store.transaction(() => attachments.purge(2 * HOUR))).toBe(1);
    expect(rows()).toEqual([]);
  });

  it('an image named by a delivered application and taken again in a later session belongs to that session', () => {
    const png = samplePng(4);
    expect(attachments.put({ ...png, sessionId: session })).toMatchObject({ ok: true });
    store.transaction(() => attachments.bind('DEMO-0001-20260115-0001', [png.blobRef]));
    const later = randomUUID();
    expect(attachments.put({ ...png, sessionId: later })).toMatchObject({ ok: true });
    store.db
      .prepare(
        "INSERT INTO outbox (local_number, idempotency_key, request_hash, target_kind, target_code, payload, state, next_attempt_at, created_at) VALUES ('DEMO-0001-20260115-0001', ?, 'h', 'item', 'X', NULL, 'delivered', 0, 0)",
      )
      .run(randomUUID());
    expect(store.transaction(() => attachments.purge(2 * HOUR))).toBe(0);
    expect(attachments.has(png.blobRef)).toBe(true);
    expect(attachments.endSession(later)).toBe(1);
  });

  it('leaves nothing of a wiped image in the write-ahead log of a database on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-wal-'));
    const path = join(dir, 'kiosk.db');
    const onDisk = KioskStore.open({ path, keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    try {
      const disk = new AttachmentStore(onDisk);
      const png = samplePng(9);
      expect(disk.put({ ...png, sessionId: session })).toMatchObject({ ok: true });
      const stored = onDisk.db.prepare('SELECT body FROM attachments').get() as { body: Buffer };
      const sealed = stored.body.subarray(16, 48);
      expect(readFileSync(`${path}-wal`).includes(sealed)).toBe(true);
      expect(disk.endSession(session)).toBe(1);
      expect(statSync(`${path}-wal`).size).toBe(0);
      expect(readFileSync(path).includes(sealed)).toBe(false);
    } finally {
      onDisk.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
