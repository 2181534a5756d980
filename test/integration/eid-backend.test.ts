import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskBackend, type KioskBackend } from '../../electron/backend/create-backend.js';
import type { CallContext } from '../../electron/rpc/handlers.js';
import { createMemoryLogger } from '../../electron/services/log/logger.js';
import { findDemoCitizen } from '../../shared/demo/demo-citizens.js';

/**
 * The e-ID through the real backend and its contract: the simulated scanner shows a demo citizen's code as the
 * scan event, identity.verifyEId gives the person once, and a platform that cannot be reached says so. Nothing
 * of the person or the code reaches the log or the audit trail.
 */
const context: CallContext = { transport: 'web', sender: 'test' };
const citizen = findDemoCitizen('chen-siyu');
if (!citizen) throw new Error('demo citizen missing');

let dataDir: string | undefined;
let backend: KioskBackend | undefined;

async function start(config: Record<string, unknown>) {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-eid-'));
  writeFileSync(
    join(dataDir, 'kiosk.config.json'),
    JSON.stringify({ devices: { faceCamera: { driver: 'none' } }, ...config }),
  );
  const logger = createMemoryLogger();
  backend = await createKioskBackend({ host: 'web', dataDir, version: '0.0.0-test', logger, developerApi: true });
  const b = backend;
  return { logger, call: (method: string, payload: unknown = {}) => b.dispatch(method, payload, context), backend: b };
}

afterEach(async () => {
  await backend?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  backend = undefined;
  dataDir = undefined;
});

describe('e-ID through the backend', () => {
  it('the simulated scanner shows a fresh code; verified once, then refused as used; nothing personal logged', async () => {
    const { call, logger, backend: b } = await start({ developerMode: true });
    const scans: string[] = [];
    const off = b.events.connect((event, payload) => {
      if (event === 'devices.scan') scans.push((payload as { code: string }).code);
    });
    expect((await call('devices.scanner.setEnabled', { enabled: true })).ok).toBe(true);
    const shown = await call('devices.sim.showEId', { citizenKey: citizen.key });
    expect(shown.ok).toBe(true);
    const code = (shown as { value: { code: string } }).value.code;
    await expect.poll(() => scans).toEqual([code]);
    off();

    const first = await call('identity.verifyEId', { code });
    expect(first).toMatchObject({ ok: true, value: { person: { idNumber: citizen.idNumber, name: citizen.name } } });
    expect(await call('identity.verifyEId', { code })).toMatchObject({ ok: false, error: { code: 'alreadyUsed' } });
    expect(await call('identity.verifyEId', { code: 'GKR1:YQJQ-20260115-00001:7K3Q-M2XD-94PA' })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    expect(await call('devices.sim.showEId', { citizenKey: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'invalidData' },
    });

    const logged = logger.lines.join('\n');
    for (const secret of [citizen.name, citizen.idNumber, code]) expect(logged.includes(secret)).toBe(false);
  });

  it('with a platform that cannot be reached: verification says unavailable, and no demo codes are shown', async () => {
    const { call } = await start({
      developerMode: true,
      platform: { kind: 'http', baseUrl: 'http://127.0.0.1:9', token: 'x'.repeat(16), timeoutMs: 500 },
    });
    const code = `GKEID1.${'A'.repeat(27)}.${'A'.repeat(86)}`;
    expect(await call('identity.verifyEId', { code })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await call('devices.sim.showEId', { citizenKey: citizen.key })).toMatchObject({
      ok: false,
      error: { code: 'unsupportedCommand' },
    });
  });
});
