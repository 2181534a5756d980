import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EID_CODE_VALID_MS, looksLikeEIdCode } from '../../../shared/platform/eid.js';
import { ManualClock } from '../store/clock.js';
import { StaticKeyProvider } from '../store/key-provider.js';
import { signingKeyFromSeed } from './certificate-codec.js';
import { decodeEIdCode, encodeEIdCode } from '../../../server/platform/eid-code.js';
import { demoCitizen, fixtureCatalog } from '../../../server/platform/fixtures.js';
import { createLocalPlatform, type LocalPlatform } from '../../../server/platform/local-platform.js';
import { openPlatformStore, type PlatformStore } from '../../../server/platform/platform-store.js';

const T0 = Date.parse('2026-01-15T02:30:00Z');
const key = signingKeyFromSeed(Buffer.alloc(32, 7), '阳泉市郊区政务服务平台（演示）', true);
const otherKey = signingKeyFromSeed(Buffer.alloc(32, 8), '别的平台', true);

/** Swaps one character of the part at `index` (0 prefix, 1 body, 2 signature) for another base64url character. */
function tamper(code: string, index: 1 | 2): string {
  const parts = code.split('.');
  const part = parts[index] as string;
  const at = Math.floor(part.length / 2);
  parts[index] = part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
  return parts.join('.');
}

describe('e-ID code format', () => {
  it('is opaque: prefix, random part with expiry, Ed25519 signature; no personal data in it', () => {
    const { code, content } = encodeEIdCode(Buffer.alloc(16, 1), T0 + EID_CODE_VALID_MS, key);
    expect(code).toMatch(/^GKEID1\.[A-Za-z0-9_-]{27}\.[A-Za-z0-9_-]{86}$/);
    expect(code).not.toMatch(/\d{15,}/);
    expect(decodeEIdCode(code, key)).toEqual({ ok: true, value: content });
    expect(content.expiresAtMs).toBe(T0 + EID_CODE_VALID_MS);
    expect(looksLikeEIdCode(code)).toBe(true);
    expect(looksLikeEIdCode('GKR1:YQJQ-20260115-00001:7K3Q-M2XD-94PA')).toBe(false);
  });

  it('refuses a changed body or signature, and a code signed by another key, as forged', () => {
    const { code } = encodeEIdCode(randomBytes(16), T0 + EID_CODE_VALID_MS, key);
    expect(decodeEIdCode(tamper(code, 1), key)).toMatchObject({ ok: false, error: { code: 'forged' } });
    expect(decodeEIdCode(tamper(code, 2), key)).toMatchObject({ ok: false, error: { code: 'forged' } });
    expect(decodeEIdCode(encodeEIdCode(randomBytes(16), T0 + EID_CODE_VALID_MS, otherKey).code, key)).toMatchObject({
      ok: false,
      error: { code: 'forged' },
    });
  });

  it('refuses malformed text', () => {
    for (const text of [
      '',
      'GKEID1',
      'GKEID1..',
      `GKEID1.${'A'.repeat(27)}`,
      'GKC1.abc.def',
      `gkeid1.${'A'.repeat(27)}.${'A'.repeat(86)}`,
      `GKEID1.${'A'.repeat(27)}.${'A'.repeat(86)}x`,
    ]) {
      expect(decodeEIdCode(text, key), JSON.stringify(text)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    }
  });
});

describe('e-ID verification on the embedded platform', () => {
  let store: PlatformStore;
  let clock: ManualClock;
  let platform: LocalPlatform;
  const citizen = demoCitizen('zhang-xiaoming');
  const verify = (code: string, idempotencyKey: string = randomUUID(), kioskId = 'K-1') =>
    platform.verifyEId({ code, kioskId, idempotencyKey });

  beforeEach(() => {
    clock = new ManualClock(T0);
    store = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    platform = createLocalPlatform({ store, catalog: fixtureCatalog, signingKey: key });
  });
  afterEach(() => store.close());

  function issue(idNumber = citizen.idNumber): string {
    const issued = platform.issueDemoEId(idNumber);
    if (!issued.ok) throw new Error(issued.error.code);
    expect(Date.parse(issued.value.expiresAt)).toBe(T0 + EID_CODE_VALID_MS);
    return issued.value.code;
  }

  it('gives the person behind a fresh code: what the card reader gives, without a photo', async () => {
    const code = issue();
    expect(code.includes(citizen.idNumber)).toBe(false);
    const result = await verify(code);
    expect(result).toMatchObject({ ok: true, value: { sample: true, verifiedAt: new Date(T0).toISOString() } });
    if (!result.ok) return;
    expect(result.value.person).toEqual({
      cardType: 'resident',
      name: citizen.name,
      gender: citizen.gender,
      nation: citizen.nation,
      birthDate: citizen.birthDate,
      address: citizen.address,
      idNumber: citizen.idNumber,
      issuingAuthority: citizen.issuingAuthority,
      validFrom: citizen.validFrom,
      validTo: citizen.validTo,
    });
  });

  it('issues codes to demo citizens only', () => {
    expect(platform.issueDemoEId('11010519491231002X')).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('refuses a reused code; a retry with the same key from the same kiosk gets the same answer', async () => {
    const code = issue();
    const key1 = randomUUID();
    const first = await verify(code, key1);
    expect(first.ok).toBe(true);
    expect(await verify(code, key1)).toEqual(first);
    expect(await verify(code)).toMatchObject({ ok: false, error: { code: 'alreadyUsed' } });
    expect(await verify(code, key1, 'K-2')).toMatchObject({ ok: false, error: { code: 'alreadyUsed' } });
  });

  it('refuses an expired code, and a refused expired code stays unused', async () => {
    const code = issue();
    clock.advance(EID_CODE_VALID_MS);
    expect(await verify(code)).toMatchObject({ ok: false, error: { code: 'expired' } });
    clock.advance(10 * 60_000);
    expect(await verify(code)).toMatchObject({ ok: false, error: { code: 'expired' } });
  });

  it('accepts a code just before it runs out', async () => {
    const code = issue();
    clock.advance(EID_CODE_VALID_MS - 1000);
    expect((await verify(code)).ok).toBe(true);
  });

  it('refuses forged and unknown codes as notFound, and they change nothing: the real code still works once', async () => {
    const code = issue();
    const forged = [
      tamper(code, 1),
      tamper(code, 2),
      encodeEIdCode(randomBytes(16), T0 + EID_CODE_VALID_MS, otherKey).code,
    ];
    for (const f of forged) expect(await verify(f)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    // Signed by this platform's key but never issued (or issued before a restart): unknown.
    expect(await verify(encodeEIdCode(randomBytes(16), T0 + EID_CODE_VALID_MS, key).code)).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    const stats = platform.stats();
    expect((await verify(code)).ok).toBe(true);
    expect(platform.stats()).toEqual(stats);
  });

  it('refuses malformed codes before anything runs', async () => {
    for (const text of ['', 'GKR1:YQJQ-20260115-00001:7K3Q-M2XD-94PA', `GKEID1.${'A'.repeat(27)}`, 'x'.repeat(5000)]) {
      expect(await verify(text), JSON.stringify(text.slice(0, 20))).toMatchObject({
        ok: false,
        error: { code: 'invalidRequest' },
      });
    }
  });

  it('forgets every code on reset: an earlier code is then unknown', async () => {
    const code = issue();
    platform.reset();
    expect(await verify(code)).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it("a second platform (another process) does not know the first one's codes", async () => {
    const code = issue();
    const other = createLocalPlatform({ store, catalog: fixtureCatalog, signingKey: key });
    expect(await other.verifyEId({ code, kioskId: 'K-1', idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect((await verify(code)).ok).toBe(true);
  });
});
