import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformGateway } from '../../../shared/platform/index.js';
import { err } from '../../../shared/result.js';
import { AuditLog } from '../audit/audit-log.js';
import { createMemoryLogger } from '../log/logger.js';
import { signingKeyFromSeed } from '../platform/certificate-codec.js';
import { fixtureCatalog, foodShopFiling, noCriminalRecordApplication } from '../../../server/platform/fixtures.js';
import { createLocalPlatform, type LocalPlatform } from '../../../server/platform/local-platform.js';
import { ManualClock } from '../store/clock.js';
import { StaticKeyProvider } from '../store/key-provider.js';
import { KioskStore } from '../store/store.js';
import { Outbox, type SubmissionDraftInput } from './outbox.js';
import { openPlatformStore, type PlatformStore } from '../../../server/platform/platform-store.js';

const T0 = Date.parse('2026-01-15T02:30:00Z');
const DAY = 24 * 3600 * 1000;

function draft(kind: 'food' | 'record' = 'food'): SubmissionDraftInput {
  const {
    kioskId: _k,
    localAcceptanceNumber: _l,
    queryCode: _q,
    submittedAt: _s,
    ...rest
  } = kind === 'food' ? foodShopFiling() : noCriminalRecordApplication();
  return { ...rest, idempotencyKey: randomUUID() };
}

describe('outbox', () => {
  let store: KioskStore;
  let platformStore: PlatformStore;
  let platform: LocalPlatform;
  let clock: ManualClock;
  let down: boolean;
  let gateway: PlatformGateway;
  let audit: AuditLog;
  const logger = createMemoryLogger();

  const makeOutbox = (extra: Partial<ConstructorParameters<typeof Outbox>[0]> = {}) =>
    new Outbox({
      store,
      gateway,
      catalog: fixtureCatalog,
      audit,
      log: logger,
      kioskId: 'DEMO-0001',
      clock,
      retentionMs: 7 * DAY,
      baseBackoffMs: 10,
      maxBackoffMs: 20,
      ...extra,
    });

  beforeEach(() => {
    clock = new ManualClock(T0);
    store = KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    platformStore = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    platform = createLocalPlatform({
      store: platformStore,
      catalog: fixtureCatalog,
      signingKey: signingKeyFromSeed(Buffer.alloc(32, 1), 'test', true),
    });
    down = false;
    gateway = {
      ...platform,
      submit: async (s) => (down ? err('unavailable', 'connection refused') : platform.submit(s)),
    };
    audit = new AuditLog(store);
  });
  afterEach(() => {
    store.close();
    platformStore.close();
  });

  it('numbers applications in order with a random tail, so a held number does not give away the next', () => {
    const outbox = makeOutbox();
    const numbers = Array.from({ length: 20 }, () => {
      const saved = outbox.save(draft());
      return saved.ok ? saved.value.localNumber : '';
    });
    numbers.forEach((n, i) => expect(n.startsWith(`DEMO-0001-20260115-${String(i + 1).padStart(4, '0')}-`)).toBe(true));
    const tails = new Set(numbers.map((n) => n.slice(-4)));
    expect(tails.size).toBeGreaterThan(15); // 20 bits each: twenty tails are (almost) all different
  });

  it('gives a local acceptance number at once and the case number once delivered', async () => {
    const outbox = makeOutbox();
    const saved = outbox.save(draft());
    expect(saved).toMatchObject({ ok: true, value: { duplicate: false } });
    // Kiosk, day and counter in order, then a random tail: one number cannot be guessed from another.
    const localNumber = saved.ok ? saved.value.localNumber : '';
    expect(localNumber).toMatch(/^DEMO-0001-20260115-0001-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(outbox.status()).toMatchObject({ pending: 1, online: undefined });
    expect(await outbox.deliverDue()).toBe(1);
    const entry = outbox.get(localNumber);
    expect(entry).toMatchObject({
      state: 'delivered',
      caseNumber: 'YQJQ-20260115-00001',
      attempts: 1,
      personalDataHeld: true,
    });
    expect(audit.list().map((e) => e.action)).toEqual(['submission.delivered', 'submission.saved']);
  });

  it('saves the same draft once however often it is submitted', async () => {
    const outbox = makeOutbox();
    const d = draft();
    const a = outbox.save(d);
    const b = outbox.save(d);
    expect(a.ok && b.ok && b.value.localNumber === a.value.localNumber && b.value.duplicate).toBe(true);
    expect(outbox.save({ ...d, form: { other: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'idempotencyConflict' },
    });
    expect(outbox.status().pending).toBe(1);
  });

  it('refuses bad drafts and unknown items and leaves the store as it was', () => {
    const outbox = makeOutbox();
    const snapshot = () =>
      JSON.stringify(
        ['outbox', 'case_history', 'audit_log', 'counters'].map((t) => store.db.prepare(`SELECT * FROM ${t}`).all()),
      );
    const before = snapshot();
    const cases: unknown[] = [
      { ...draft(), target: { kind: 'item', itemCode: 'NO-SUCH-ITEM' } },
      { ...draft(), applicant: { ...(draft().applicant as object), idNumber: '140311197508210033' } },
      { ...draft(), applicant: { ...(draft().applicant as object), name: '王'.repeat(51) } },
      { ...draft(), form: { note: 'x'.repeat(501) } },
      { ...draft(), idempotencyKey: 12 },
      'not an object',
      null,
    ];
    for (const input of cases) {
      const result = outbox.save(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['invalidRequest', 'unknownItem']).toContain(result.error.code);
    }
    expect(snapshot()).toBe(before);
  });

  it('keeps taking applications offline and delivers all of them, in order, when the platform returns', async () => {
    const outbox = makeOutbox();
    down = true;
    for (let i = 0; i < 5; i += 1) expect(outbox.save(draft(i % 2 ? 'food' : 'record')).ok).toBe(true);
    expect(await outbox.deliverDue()).toBe(0);
    expect(outbox.status()).toMatchObject({ pending: 5, online: false, lastError: 'unavailable' });
    down = false;
    clock.advance(1000);
    expect(await outbox.deliverDue()).toBe(5);
    expect(outbox.status()).toMatchObject({ pending: 0, delivered: 5, online: true });
    expect(platform.stats().cases).toBe(5);
    const numbers = outbox
      .list({ state: 'delivered' })
      .map((e) => [e.localNumber, e.caseNumber])
      .sort();
    expect(numbers.map(([, c]) => c)).toEqual([
      'YQJQ-20260115-00001',
      'YQJQ-20260115-00002',
      'YQJQ-20260115-00003',
      'YQJQ-20260115-00004',
      'YQJQ-20260115-00005',
    ]);
  });

  it('stops taking new applications when the oldest has waited too long, keeps every queued one, and starts again once delivered', async () => {
    const HOUR = 3600 * 1000;
    const outbox = makeOutbox({ stopAfterMs: 72 * HOUR });
    down = true;
    const first = draft();
    expect(outbox.save(first).ok).toBe(true);
    expect(await outbox.deliverDue()).toBe(0);
    clock.advance(71 * HOUR);
    expect(outbox.backlogged()).toBe(false);
    expect(outbox.save(draft('record')).ok).toBe(true);
    clock.advance(HOUR);
    expect(outbox.backlogged()).toBe(true);
    const before = outbox.status();
    expect(outbox.save(draft())).toMatchObject({ ok: false, error: { code: 'backlog' } });
    expect(outbox.status()).toEqual(before);
    // A retry of an application already saved is still answered with its number.
    expect(outbox.save(first)).toMatchObject({ ok: true, value: { duplicate: true } });
    down = false;
    clock.advance(1000);
    expect(await outbox.deliverDue()).toBe(2);
    expect(outbox.backlogged()).toBe(false);
    expect(outbox.save(draft()).ok).toBe(true);
  });

  it('keeps delivering when the clock jumps back or forward (no stall until the clock catches up)', async () => {
    const outbox = makeOutbox({ baseBackoffMs: 1000, maxBackoffMs: 60_000 });
    down = true;
    expect(outbox.save(draft()).ok).toBe(true);
    expect(await outbox.deliverDue()).toBe(0);
    // The machine's clock is reset a day back (a flat RTC battery); the platform is back.
    clock.set(T0 - DAY);
    down = false;
    expect(await outbox.deliverDue()).toBe(1);
    // And forward a year: what is due is simply due.
    down = true;
    expect(outbox.save(draft('record')).ok).toBe(true);
    expect(await outbox.deliverDue()).toBe(0);
    clock.set(T0 + 365 * DAY);
    down = false;
    expect(await outbox.deliverDue()).toBe(1);
    expect(outbox.status()).toMatchObject({ pending: 0, delivered: 2 });
  });

  it('delivers exactly once when the kiosk dies after the platform acknowledged', async () => {
    const crashing = makeOutbox({
      beforeRecordAck: () => {
        throw new Error('power cut');
      },
    });
    const saved = crashing.save(draft());
    await expect(crashing.deliverDue()).rejects.toThrow('power cut');
    expect(platform.stats().cases).toBe(1);
    expect(crashing.get(saved.ok ? saved.value.localNumber : '')?.state).toBe('pending');
    const restarted = makeOutbox();
    expect(await restarted.deliverDue()).toBe(1);
    const entry = restarted.get(saved.ok ? saved.value.localNumber : '');
    expect(entry).toMatchObject({ state: 'delivered', ack: { duplicate: true } });
    expect(platform.stats().cases).toBe(1);
  });

  it('delivers a package submission as one case per member item, exactly once, also after a crash', async () => {
    const pkgDraft: SubmissionDraftInput = { ...draft(), target: { kind: 'package', packageCode: 'YJS-KCYD' } };
    const crashing = makeOutbox({
      beforeRecordAck: () => {
        throw new Error('power cut');
      },
    });
    const saved = crashing.save(pkgDraft);
    expect(crashing.save(pkgDraft)).toMatchObject({ ok: true, value: { duplicate: true } });
    await expect(crashing.deliverDue()).rejects.toThrow('power cut');
    expect(platform.stats().cases).toBe(2);
    const restarted = makeOutbox();
    expect(await restarted.deliverDue()).toBe(1);
    const entry = restarted.get(saved.ok ? saved.value.localNumber : '');
    expect(entry).toMatchObject({
      state: 'delivered',
      caseNumber: 'YQJQ-20260115-00001',
      ack: {
        duplicate: true,
        memberCases: [
          { itemCode: 'SCJG-GTGSHSL', caseNumber: 'YQJQ-20260115-00001' },
          { itemCode: 'SCJG-SPXJYDBA', caseNumber: 'YQJQ-20260115-00002' },
        ],
      },
    });
    expect(await restarted.deliverDue()).toBe(0);
    expect(platform.stats().cases).toBe(2);
  });

  it('drops personal data once delivered and the receipt printed, and keeps an undelivered application past the retention period', async () => {
    const outbox = makeOutbox();
    const a = outbox.save(draft());
    const b = outbox.save(draft());
    if (!a.ok || !b.ok) throw new Error('save failed');
    outbox.markReceiptPrinted(a.value.localNumber); // printed while still queued: kept until delivered
    expect(outbox.get(a.value.localNumber)?.personalDataHeld).toBe(true);
    await outbox.deliverDue();
    expect(outbox.get(a.value.localNumber)?.personalDataHeld).toBe(false);
    expect(outbox.readSubmission(a.value.localNumber)).toBeUndefined();
    expect(outbox.get(b.value.localNumber)?.personalDataHeld).toBe(true);
    down = true;
    const c = outbox.save(draft());
    if (!c.ok) throw new Error('save failed');
    clock.advance(7 * DAY + 1);
    // Eight days of outage (Spring Festival): b was delivered, c still waits and must survive.
    expect(outbox.purge()).toEqual({ purged: 1, overdue: 1 });
    expect(outbox.get(b.value.localNumber)?.personalDataHeld).toBe(false);
    expect(outbox.get(c.value.localNumber)).toMatchObject({ state: 'pending', personalDataHeld: true });
    expect(outbox.readSubmission(c.value.localNumber)).toBeDefined();
    down = false;
    await outbox.deliverDue();
    expect(outbox.get(c.value.localNumber)).toMatchObject({ state: 'delivered' });
    outbox.markReceiptPrinted(c.value.localNumber);
    const blobs = store.db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE payload IS NOT NULL').get() as { n: number };
    expect(blobs.n).toBe(0);
  });

  it('submit() waits briefly for the case number online, and returns the local number offline', async () => {
    const outbox = makeOutbox({ clock: undefined });
    outbox.start();
    const online = await outbox.submit(draft(), 2000);
    expect(online).toMatchObject({
      ok: true,
      value: { entry: { state: 'delivered', caseNumber: expect.stringMatching(/^YQJQ-/) } },
    });
    down = true;
    const offline = await outbox.submit(draft(), 200);
    expect(offline).toMatchObject({ ok: true, value: { entry: { state: 'pending' } } });
    await outbox.stop();
  });
});
