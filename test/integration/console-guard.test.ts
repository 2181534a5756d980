import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionMethods } from '../../shared/contract/index.js';
import { createKioskBackend, type KioskBackend } from '../../electron/backend/create-backend.js';
import { createLogger } from '../../electron/services/log/logger.js';
import { adminConfigForTests, technician } from '../fixtures/technicians.js';

/**
 * Technician-only calls need the technician's session (issue 12 #6: devices.reset was callable from the
 * citizen page). Every call whose request carries a console token is tried without a session: none may
 * answer ok, whatever else the request says.
 */
const context = { transport: 'web', sender: 'test' } as const;
const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-console-guard-'));
let backend: KioskBackend;
const call = (method: string, payload: unknown = {}) => backend.dispatch(method, payload, context);

const consoleMethods = Object.entries(productionMethods)
  .filter(([, spec]) => 'shape' in spec.request && 'token' in (spec.request as { shape: object }).shape)
  .map(([name]) => name);

beforeAll(async () => {
  writeFileSync(join(dataDir, 'kiosk.config.json'), JSON.stringify({ admin: await adminConfigForTests() }));
  const logger = createLogger({ file: join(dataDir, 'logs', 'kiosk.log') });
  backend = await createKioskBackend({
    host: 'web',
    dataDir,
    configPath: join(dataDir, 'kiosk.config.json'),
    version: '0.0.0-test',
    logger,
    developerApi: true,
  });
});
afterAll(async () => {
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('console calls', () => {
  it('include the device reset, which the citizen contract no longer has', async () => {
    expect(consoleMethods).toContain('admin.devices.reset');
    expect(await call('devices.reset', { device: 'idCardReader' })).toMatchObject({
      ok: false,
      error: { code: 'unknownMethod' },
    });
  });

  it('answer nothing without a session, with a made-up token or with none', async () => {
    const forged = randomBytes(32).toString('base64url');
    for (const method of consoleMethods) {
      for (const payload of [{}, { token: forged }, { token: forged, device: 'idCardReader' }]) {
        const reply = await call(method, payload);
        expect(reply.ok, `${method} answered without a session`).toBe(false);
      }
    }
    expect(await call('admin.devices.reset', { token: forged, device: 'idCardReader' })).toMatchObject({
      ok: false,
      error: { code: 'adminSessionEnded' },
    });
  });

  it('a technician signed in may reset a device; the token stops working at sign-out', async () => {
    expect(await call('devices.sim.placeCard', { citizenKey: technician.citizenKey })).toMatchObject({ ok: true });
    expect(await call('admin.identifyCard')).toMatchObject({ ok: true, value: { kind: 'technician' } });
    const signed = await call('admin.signIn', { via: 'card', pin: technician.pin });
    if (!signed.ok || (signed.value as { outcome: string }).outcome !== 'signedIn') throw new Error('not signed in');
    const token = (signed.value as { session: { token: string } }).session.token;
    expect(await call('admin.devices.reset', { token, device: 'receiptPrinter' })).toEqual({ ok: true, value: {} });
    expect(await call('admin.signOut', { token })).toEqual({ ok: true, value: {} });
    expect(await call('admin.devices.reset', { token, device: 'receiptPrinter' })).toMatchObject({
      ok: false,
      error: { code: 'adminSessionEnded' },
    });
  });
});
