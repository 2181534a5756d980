import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingKeyFromSeed } from '../../electron/services/platform/certificate-codec.js';
import { demoCitizen, fixtureCatalog } from '../../server/platform/fixtures.js';
import { createHttpPlatformClient, type HttpPlatformClient } from '../../electron/services/platform/http-client.js';
import { createLocalPlatform, type LocalPlatform } from '../../server/platform/local-platform.js';
import { type PlatformServer, startPlatformServer } from '../../server/platform/platform-server.js';
import { ManualClock } from '../../electron/services/store/clock.js';
import { StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import { EID_CODE_VALID_MS, platformApi } from '../../shared/platform/index.js';
import { openPlatformStore, type PlatformStore } from '../../server/platform/platform-store.js';

/** e-ID verification through the HTTP platform client against the reference server over a real socket. */
const TOKEN = 'eid-http-test-token';
const T0 = Date.parse('2026-01-15T02:30:00Z');
const key = signingKeyFromSeed(Buffer.alloc(32, 12), '参考平台', true);

let store: PlatformStore;
let clock: ManualClock;
let platform: LocalPlatform;
let server: PlatformServer;
let client: HttpPlatformClient;
/** Answers to hold back longer than the client waits (an answer lost on the way). */
let holdNextVerify = 0;

beforeAll(async () => {
  clock = new ManualClock(T0);
  store = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
  platform = createLocalPlatform({ store, catalog: fixtureCatalog, signingKey: key });
  server = await startPlatformServer({
    gateway: platform,
    token: TOKEN,
    port: 0,
    beforeReply: async (op) => {
      if (op !== 'verifyEId' || holdNextVerify === 0) return;
      const ms = holdNextVerify;
      holdNextVerify = 0;
      await new Promise((r) => setTimeout(r, ms));
    },
  });
  client = createHttpPlatformClient({ baseUrl: server.url, token: TOKEN, timeoutMs: 300, backoffBaseMs: 10 });
});

afterAll(async () => {
  await server.close();
  store.close();
});

const citizen = demoCitizen('li-xiuying');

function issue(): string {
  const issued = platform.issueDemoEId(citizen.idNumber);
  if (!issued.ok) throw new Error(issued.error.code);
  return issued.value.code;
}

const verify = (code: string, idempotencyKey = randomUUID()) =>
  client.verifyEId({ code, kioskId: 'K-1', idempotencyKey });

async function rawStatus(code: string): Promise<number> {
  const response = await fetch(`${server.url}${platformApi.verifyEId.path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ code, kioskId: 'K-1', idempotencyKey: randomUUID() }),
  });
  return response.status;
}

describe('e-ID over HTTP (client ↔ reference server on 127.0.0.1)', () => {
  it('verifies a fresh code: the person, validated against the API on the way back', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const result = await verify(issue());
    expect(result).toMatchObject({
      ok: true,
      value: { person: { idNumber: citizen.idNumber, name: citizen.name, cardType: 'resident' }, sample: true },
    });
    expect(result.ok && 'photo' in result.value.person).toBe(false);
  });

  it('refuses a reused code (409 alreadyUsed), an expired one (410 expired) and a forged one (404 notFound)', async () => {
    const code = issue();
    expect((await verify(code)).ok).toBe(true);
    expect(await verify(code)).toMatchObject({ ok: false, error: { code: 'alreadyUsed' } });
    expect(await rawStatus(code)).toBe(409);

    const old = issue();
    clock.advance(EID_CODE_VALID_MS);
    expect(await verify(old)).toMatchObject({ ok: false, error: { code: 'expired' } });
    expect(await rawStatus(old)).toBe(410);

    const fresh = issue();
    const forged = `${fresh.slice(0, -3)}${fresh.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect(await verify(forged)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await rawStatus(forged)).toBe(404);
    expect((await verify(fresh)).ok, 'the forged copy did not use up the real code').toBe(true);
  });

  it('a malformed code never leaves the kiosk', async () => {
    expect(await verify('GKR1:YQJQ-20260115-00001:7K3Q-M2XD-94PA')).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
  });

  it('an answer lost on the way: the retry with the same key gets the same person, not "already used"', async () => {
    const code = issue();
    holdNextVerify = 600;
    const result = await verify(code);
    expect(result).toMatchObject({ ok: true, value: { person: { idNumber: citizen.idNumber } } });
    // Only the kiosk that used it gets it again: another key is refused.
    expect(await verify(code)).toMatchObject({ ok: false, error: { code: 'alreadyUsed' } });
  });

  it('says unavailable when the platform cannot be reached', async () => {
    const nowhere = createHttpPlatformClient({
      baseUrl: 'http://127.0.0.1:9',
      token: TOKEN,
      timeoutMs: 300,
      retries: 1,
      backoffBaseMs: 5,
    });
    expect(await nowhere.verifyEId({ code: issue(), kioskId: 'K-1', idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
