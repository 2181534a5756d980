import { TOTP } from 'otpauth';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminConfigSchema, type AdminConfig } from '../../../shared/config/admin-config.js';
import { findDemoCitizen } from '../../../shared/demo/demo-citizens.js';
import type { IdCard } from '../../../shared/devices/id-card.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { DEMO_TOTP_SECRET, demoAdminConfig } from '../../developer/demo-admin.js';
import { AuditLog } from '../audit/audit-log.js';
import { createMemoryLogger } from '../log/logger.js';
import { ManualClock } from '../store/clock.js';
import { StaticKeyProvider } from '../store/key-provider.js';
import { KioskStore } from '../store/store.js';
import { AdminAuth, type CardSource } from './admin-auth.js';
import { hashPin, idNumberHash, maskName, verifyPin } from './credentials.js';
import { TechnicianStore } from './technician-store.js';

/** A reader with one slot: a card is placed or lifted by the test, each placement read once. */
class ReaderSlot implements CardSource {
  private card: IdCard | undefined;
  private unread = false;
  private readonly removed = new Set<() => void>();
  reads = 0;
  place(citizenKey: string) {
    const person = findDemoCitizen(citizenKey);
    if (!person) throw new Error(citizenKey);
    this.card = { cardType: 'resident', ...person, gender: person.gender } as unknown as IdCard;
    this.unread = true;
  }
  lift() {
    this.card = undefined;
    for (const listener of this.removed) listener();
  }
  readCard(): Promise<Result<IdCard>> {
    this.reads += 1;
    if (!this.card || !this.unread) return Promise.resolve(err('timeOut', 'no card'));
    this.unread = false;
    return Promise.resolve(ok(this.card));
  }
  onCardRemoved(listener: () => void) {
    this.removed.add(listener);
    return () => this.removed.delete(listener);
  }
}

describe('console sign-in', () => {
  let config: AdminConfig;
  let store: KioskStore;
  let clock: ManualClock;
  let reader: ReaderSlot;
  let audit: AuditLog;
  let ended: string[];
  let auth: AdminAuth;

  const build = (overrides: Partial<AdminConfig> = {}) => {
    const technicians = new TechnicianStore(store);
    technicians.syncDeployment(config.technicians);
    auth = new AdminAuth({
      config: { ...config, ...overrides },
      technicians,
      cards: reader,
      audit,
      clock,
      logger: createMemoryLogger(),
      onSessionEnded: (reason) => ended.push(reason),
    });
    return technicians;
  };

  beforeEach(async () => {
    config ??= await demoAdminConfig(adminConfigSchema.parse({}));
    clock = new ManualClock(Date.parse('2026-12-03T09:00:00+08:00'));
    store = KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider(), clock });
    audit = new AuditLog(store);
    reader = new ReaderSlot();
    ended = [];
    build();
  });

  it('keeps only hashes: a keyed hash of the number, a salted scrypt of the PIN', async () => {
    const a = await hashPin('246810');
    const b = await hashPin('246810');
    expect(a).not.toBe(b);
    expect(await verifyPin('246810', a)).toBe(true);
    expect(await verifyPin('246811', a)).toBe(false);
    expect(await verifyPin('246810', 'scrypt$15$8$1$AAAA$BBBB')).toBe(false);
    const key = config.identityKey ?? '';
    expect(idNumberHash('140311197906150039', key)).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(idNumberHash('140311197906150039', key)).not.toBe(
      idNumberHash('140311197906150039', Buffer.alloc(32, 1).toString('base64')),
    );
    expect(maskName('孙建华')).toBe('孙*华');
    expect(maskName('周敏')).toBe('周*');
    const dump = JSON.stringify(store.db.prepare('SELECT * FROM technicians').all());
    expect(dump).not.toContain('140311197906150039');
    expect(dump).not.toContain('孙建华');
  });

  it("an enrolled card is a technician; a citizen's card says nothing more", async () => {
    reader.place('sun-jianhua');
    expect(await auth.identifyCard()).toEqual(
      ok({ kind: 'technician', enrolmentId: 'T01', maskedName: '孙*华', role: 'technician' }),
    );
    // Asked again for the same placement (two pages, a remount): the same answer, no second read.
    const reads = reader.reads;
    expect((await auth.identifyCard()).ok && reader.reads).toBe(reads);
    reader.lift();
    reader.place('li-xiuying');
    expect(await auth.identifyCard()).toEqual(ok({ kind: 'citizen' }));
    reader.lift();
    expect(await auth.identifyCard()).toEqual(ok({ kind: 'noCard' }));
  });

  it('signs in with the identified card and the PIN, never with a PIN alone or after the card left', async () => {
    expect(await auth.signIn({ via: 'card', pin: '246810' })).toEqual({ outcome: 'refused' });
    reader.place('sun-jianhua');
    expect((await auth.identifyCard()).ok).toBe(true);
    reader.lift();
    expect(await auth.signIn({ via: 'card', pin: '246810' })).toEqual({ outcome: 'refused' });
    reader.place('sun-jianhua');
    expect((await auth.identifyCard()).ok).toBe(true);
    const signed = await auth.signIn({ via: 'card', pin: '246810' });
    expect(signed).toMatchObject({ outcome: 'signedIn', session: { enrolmentId: 'T01', role: 'technician' } });
    expect(audit.list({ action: 'admin.signIn' })[0]).toMatchObject({ subject: 'T01', detail: { via: 'card' } });
  });

  it('locks out after five wrong PINs, for longer each time, and says until when', async () => {
    reader.place('zhou-min');
    expect((await auth.identifyCard()).ok).toBe(true);
    for (let left = 4; left >= 1; left -= 1) {
      expect(await auth.signIn({ via: 'card', pin: '000000' })).toEqual({ outcome: 'wrongPin', attemptsLeft: left });
    }
    const first = await auth.signIn({ via: 'card', pin: '000000' });
    expect(first).toEqual({ outcome: 'locked', until: new Date(clock.now() + 60_000).toISOString() });
    // Locked: even the right PIN is not checked.
    expect(await auth.signIn({ via: 'card', pin: '135790' })).toMatchObject({ outcome: 'locked' });
    // The lockout survives a restart of the service (it is in the store).
    build();
    reader.lift();
    reader.place('zhou-min');
    expect(await auth.identifyCard()).toMatchObject({
      ok: true,
      value: { kind: 'technician', lockedUntil: expect.any(String) },
    });
    clock.advance(61_000);
    for (let i = 0; i < 5; i += 1) await auth.signIn({ via: 'card', pin: '111111' });
    const second = await auth.signIn({ via: 'card', pin: '135790' });
    expect(second).toEqual({ outcome: 'locked', until: new Date(clock.now() + 120_000).toISOString() });
    expect(audit.list({ action: 'admin.lockedOut' })).toHaveLength(2);
    expect(JSON.stringify(audit.list())).not.toMatch(/135790|111111|000000/);
  });

  it('accepts a one-time code once, with the staff number and the PIN', async () => {
    const code = new TOTP({ secret: DEMO_TOTP_SECRET }).generate({ timestamp: clock.now() });
    expect(await auth.signIn({ via: 'code', enrolmentId: 'T01', code, pin: '246810' })).toMatchObject({
      outcome: 'signedIn',
    });
    // The same code again is spent, and counts as a failure.
    expect(await auth.signIn({ via: 'code', enrolmentId: 'T01', code, pin: '246810' })).toEqual({ outcome: 'refused' });
    const wrong = code === '000000' ? '000001' : '000000';
    clock.advance(30_000);
    expect(await auth.signIn({ via: 'code', enrolmentId: 'T01', code: wrong, pin: '246810' })).toEqual({
      outcome: 'refused',
    });
    expect(await auth.signIn({ via: 'code', enrolmentId: 'NOBODY', code, pin: '246810' })).toEqual({
      outcome: 'refused',
    });
    // Without a secret in the configuration the path is closed.
    build({ totpSecret: undefined });
    const fresh = new TOTP({ secret: DEMO_TOTP_SECRET }).generate({ timestamp: clock.now() + 60_000 });
    clock.advance(60_000);
    expect(await auth.signIn({ via: 'code', enrolmentId: 'T01', code: fresh, pin: '246810' })).toEqual({
      outcome: 'refused',
    });
  });

  it('checks the token and the role on every call; ends an idle session and a long one', async () => {
    reader.place('sun-jianhua');
    expect((await auth.identifyCard()).ok).toBe(true);
    const signed = await auth.signIn({ via: 'card', pin: '246810' });
    if (signed.outcome !== 'signedIn') throw new Error('not signed in');
    const token = signed.session.token;
    expect(auth.check(token, 'technician').ok).toBe(true);
    expect(auth.check(token, 'administrator')).toMatchObject({ ok: false, error: { code: 'adminForbidden' } });
    expect(auth.check('x'.repeat(43), 'technician')).toMatchObject({ ok: false, error: { code: 'adminSessionEnded' } });
    // Each call is a touch: 170 s, a call, 170 s more, still signed in; then 180 s of nothing ends it.
    clock.advance(170_000);
    expect(auth.check(token, 'technician').ok).toBe(true);
    clock.advance(170_000);
    expect(auth.check(token, 'technician').ok).toBe(true);
    clock.advance(180_000);
    expect(auth.check(token, 'technician')).toMatchObject({ ok: false, error: { code: 'adminSessionEnded' } });
    expect(ended).toEqual(['idle']);

    // However busy, the cap (30 min) ends it.
    reader.lift();
    reader.place('sun-jianhua');
    expect((await auth.identifyCard()).ok).toBe(true);
    const again = await auth.signIn({ via: 'card', pin: '246810' });
    if (again.outcome !== 'signedIn') throw new Error('not signed in');
    for (let minute = 0; minute < 29; minute += 1) {
      clock.advance(60_000);
      expect(auth.check(again.session.token, 'technician').ok).toBe(true);
    }
    clock.advance(60_000);
    expect(auth.check(again.session.token, 'technician').ok).toBe(false);
    expect(ended).toEqual(['idle', 'cap']);
    expect(audit.list({ action: 'admin.signOut' }).map((e) => e.detail.reason)).toEqual(['cap', 'idle']);
  });

  it('keeps console enrolments when the deployment file changes, and drops the file’s removed ones', async () => {
    const technicians = new TechnicianStore(store);
    technicians.enrol({
      enrolmentId: 'C01',
      role: 'technician',
      idHash: idNumberHash('140311195803120022', config.identityKey ?? ''),
      pinHash: await hashPin('123456'),
      maskedName: '李*英',
    });
    technicians.syncDeployment(config.technicians.filter((t) => t.enrolmentId !== 'T01'));
    expect(technicians.all().map((t) => t.enrolmentId)).toEqual(['A01', 'C01']);
  });
});
