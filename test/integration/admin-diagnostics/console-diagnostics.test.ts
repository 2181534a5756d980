import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskBackend, type KioskBackend } from '../../../electron/backend/create-backend.js';
import { MASKED } from '../../../electron/services/admin/diagnostics/mask.js';
import { createLogger } from '../../../electron/services/log/logger.js';
import { adminConfigForTests, technician } from '../../fixtures/technicians.js';
import { makeFakeUsb } from './fake-usb.js';

/**
 * The status, diagnostics and system calls on the real backend (store, devices, embedded platform), with a
 * fake USB stick (a temp folder in a fake mount table: KIOSK_TEST_REMOVABLE_ROOT, read only under vitest).
 */
const context = { transport: 'web', sender: 'test' } as const;
const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-console-diag-'));
const usb = makeFakeUsb();
const restarts: number[] = [];
let backend: KioskBackend;
let token = '';
const call = (method: string, payload: Record<string, unknown> = {}) =>
  backend.dispatch(method, { token, ...payload }, context) as Promise<
    { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string; message: string } }
  >;
const value = async <T = Record<string, unknown>>(method: string, payload: Record<string, unknown> = {}) => {
  const reply = await call(method, payload);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
};

beforeAll(async () => {
  process.env.KIOSK_TEST_REMOVABLE_ROOT = usb.root;
  const admin = await adminConfigForTests({ machineCommands: { reboot: ['true'], shutdown: ['false'] } });
  writeFileSync(
    join(dataDir, 'kiosk.config.json'),
    JSON.stringify({ kioskId: 'YQ-TEST-0042', admin, retentionDays: 7 }),
  );
  backend = await createKioskBackend({
    host: 'web',
    dataDir,
    configPath: join(dataDir, 'kiosk.config.json'),
    version: '9.8.7-test',
    logger: createLogger({ file: join(dataDir, 'logs', 'kiosk.log') }),
    developerApi: true,
    restartApp: () => restarts.push(Date.now()),
  });
  // The simulated devices come up a moment after the backend.
  for (let n = 0; n < 100; n += 1) {
    const status = await backend.dispatch('devices.status', {}, context);
    const snapshots = status.ok ? (status.value as { devices: Array<{ device: string; status: string }> }).devices : [];
    if (snapshots.length > 0 && snapshots.every((s) => s.status !== 'noDevice' && s.status !== 'offline')) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const sim = async (method: string, payload: unknown) => {
    const reply = await backend.dispatch(method, payload, context);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}`);
  };
  await sim('devices.sim.placeCard', { citizenKey: technician.citizenKey });
  await sim('admin.identifyCard', {});
  const signed = await backend.dispatch('admin.signIn', { via: 'card', pin: technician.pin }, context);
  if (!signed.ok || !('session' in (signed.value as object)))
    throw new Error(`not signed in: ${JSON.stringify(signed)}`);
  token = (signed.value as { session: { token: string } }).session.token;
  await sim('devices.sim.removeCard', {});
});
afterAll(async () => {
  delete process.env.KIOSK_TEST_REMOVABLE_ROOT;
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(usb.root, { recursive: true, force: true });
});

describe('status', () => {
  it('gives devices, the platform with a measured round trip, outbox, disk, version and uptime', async () => {
    const status = await value<{
      devices: Array<{ snapshot: { device: string }; code?: string; lastFault?: { code: string } }>;
      platform: { kind: string; latencyMs?: number; online?: boolean };
      outbox: { pending: number };
      disk: { freeBytes: number; totalBytes: number };
      software: { version: string; kioskId: string; uptimeSeconds: number };
    }>('admin.status');
    expect(status.devices.map((d) => d.snapshot.device)).toContain('idCardReader');
    expect(status.platform.kind).toBe('embedded');
    expect(status.platform.latencyMs).toBeGreaterThanOrEqual(0);
    expect(status.platform.online).toBe(true);
    expect(status.outbox.pending).toBe(0);
    expect(status.disk.totalBytes).toBeGreaterThan(status.disk.freeBytes);
    expect(status.software).toMatchObject({ version: '9.8.7-test', kioskId: 'YQ-TEST-0042' });
  });

  it('keeps a device fault with its code after the device recovers', async () => {
    type Row = { snapshot: { device: string }; code?: string; lastFault?: { at: string; code: string } };
    const printer = async (until: (row: Row | undefined) => boolean) => {
      for (let n = 0; ; n += 1) {
        const status = await value<{ devices: Row[] }>('admin.status');
        const row = status.devices.find((d) => d.snapshot.device === 'receiptPrinter');
        if (until(row) || n === 60) return row;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    expect((await printer(() => true))?.lastFault).toBeUndefined();
    expect(
      await backend.dispatch('devices.sim.fault', { device: 'receiptPrinter', fault: 'paperOut' }, context),
    ).toEqual({
      ok: true,
      value: {},
    });
    const faulty = await printer((row) => row?.code !== undefined);
    expect(faulty?.code).toBe('deviceNotReady.paperOut');
    expect(faulty?.lastFault).toMatchObject({ code: 'deviceNotReady.paperOut' });
    expect(Date.now() - Date.parse(faulty?.lastFault?.at ?? '')).toBeLessThan(10_000);
    expect(await backend.dispatch('devices.sim.fault', { device: 'receiptPrinter', fault: 'reset' }, context)).toEqual({
      ok: true,
      value: {},
    });
    const fixed = await printer((row) => row?.code === undefined);
    expect(fixed?.code).toBeUndefined();
    expect(fixed?.lastFault).toEqual(faulty?.lastFault);
  });
});

describe('diagnostic bundle', () => {
  it('lists the fake stick by device name, not the internal disk, and offers a download under the web host', async () => {
    const drives = await value<{ drives: Array<{ id: string; writable: boolean }>; canDownload: boolean }>(
      'admin.diagnostics.drives',
    );
    expect(drives.canDownload).toBe(true);
    expect(drives.drives.map((d) => [d.id, d.writable]).sort()).toEqual([
      ['mmcblk0p1', false],
      ['sdb1', true],
    ]);
    expect(JSON.stringify(drives)).not.toContain(usb.root);
  });

  it('saves the bundle to the stick, synced, with its size and sha256, and audits the device name only', async () => {
    const saved = await value<{ fileName: string; bytes: number; sha256: string }>('admin.diagnostics.saveToDrive', {
      driveId: 'sdb1',
    });
    expect(saved.fileName).toMatch(/^gov-kiosk-diagnostics-YQ-TEST-0042-\d{8}T\d{6}Z\.zip$/);
    expect(readdirSync(usb.stick)).toEqual([saved.fileName]);
    const bytes = readFileSync(join(usb.stick, saved.fileName));
    expect(bytes.length).toBe(saved.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(saved.sha256);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'health.json',
        'devices.json',
        'settings.json',
        'logs/kiosk.log',
        'audit.json',
        'versions.json',
        'outbox.json',
      ]),
    );
    const settings = JSON.parse(strFromU8(files['settings.json'] ?? new Uint8Array())) as {
      effective: {
        admin: { identityKey: string; totpSecret: string; technicians: Array<{ idHash: string; pinHash: string }> };
      };
    };
    expect(settings.effective.admin.identityKey).toBe(MASKED);
    expect(settings.effective.admin.totpSecret).toBe(MASKED);
    expect(settings.effective.admin.technicians[0]).toMatchObject({ idHash: MASKED, pinHash: MASKED });
    const versions = JSON.parse(strFromU8(files['versions.json'] ?? new Uint8Array())) as Record<string, unknown>;
    expect(versions).toMatchObject({
      app: '9.8.7-test',
      node: process.versions.node,
      schemaVersion: expect.any(Number),
    });
    expect(strFromU8(files['logs/kiosk.log'] ?? new Uint8Array())).toContain('"level"');

    const audit = backend.dispatch('admin.status', { token }, context).then(() => readAudit('admin.diagnosticsSaved'));
    const entry = (await audit)[0];
    expect(entry).toMatchObject({
      by: technician.enrolmentId,
      destination: 'drive',
      drive: 'sdb1',
      bytes: saved.bytes,
    });
    expect(JSON.stringify(await audit)).not.toContain('KIOSK USB');
  });

  it('refuses a read-only drive, a drive that is not there and a made-up id, changing nothing', async () => {
    expect(await call('admin.diagnostics.saveToDrive', { driveId: 'mmcblk0p1' })).toMatchObject({
      ok: false,
      error: { code: 'driveReadOnly' },
    });
    expect(await call('admin.diagnostics.saveToDrive', { driveId: 'sdz9' })).toMatchObject({
      ok: false,
      error: { code: 'noSuchDrive' },
    });
    expect(await call('admin.diagnostics.saveToDrive', { driveId: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    expect(readdirSync(usb.stick)).toHaveLength(1);
  });

  it('downloads the same bundle as base64 under the web host', async () => {
    const file = await value<{ fileName: string; bytes: number; sha256: string; base64: string }>(
      'admin.diagnostics.download',
    );
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.length).toBe(file.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    expect(Object.keys(unzipSync(bytes))).toContain('outbox.json');
    expect((await readAudit('admin.diagnosticsSaved'))[0]).toMatchObject({ destination: 'download' });
  });
});

describe('system', () => {
  it('tells version, runtimes and what it offers', async () => {
    expect(await value('admin.system.info')).toMatchObject({
      version: '9.8.7-test',
      node: process.versions.node,
      kioskId: 'YQ-TEST-0042',
      host: 'web',
      canRestartApp: true,
      machineCommands: { reboot: true, shutdown: true },
    });
  });

  it('runs the configured machine command (argv, no shell) and reports its failure, audited', async () => {
    expect(await call('admin.system.machine', { action: 'reboot' })).toEqual({ ok: true, value: { started: true } });
    expect(await call('admin.system.machine', { action: 'shutdown' })).toMatchObject({
      ok: false,
      error: { code: 'commandFailed' },
    });
    expect(await call('admin.system.machine', { action: 'format' })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    const commands = await readAudit('admin.machineCommand');
    expect(commands.map((d) => d.command).sort()).toEqual(['reboot', 'shutdown']);
    expect((await readAudit('admin.machineCommandFailed'))[0]).toMatchObject({ command: 'shutdown', error: 'exit:1' });
  });

  it('restarts the application through the host hook, after replying', async () => {
    expect(await call('admin.system.restartApp')).toEqual({ ok: true, value: { restarting: true } });
    expect(restarts).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(restarts).toHaveLength(1);
    expect((await readAudit('admin.appRestart'))[0]).toMatchObject({ by: technician.enrolmentId, ok: true });
  });
});

/** The audit details of one action, newest first, read from kiosk.db through the store the backend opened. */
async function readAudit(action: string): Promise<Array<Record<string, unknown>>> {
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(join(dataDir, 'kiosk.db'), { readOnly: true });
  try {
    const rows = db.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY id DESC').all(action) as Array<{
      detail: string | null;
    }>;
    return rows.map((r) => (r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {}));
  } finally {
    db.close();
  }
}
