import { foodShopApplication } from './support/food-shop-application.js';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskBackend, type KioskBackend } from '../../electron/backend/create-backend.js';
import { samplePng } from '../fixtures/sample-images.js';
import { createLogger } from '../../electron/services/log/logger.js';
import { keyDirFor } from '../../electron/services/store/key-location.js';
import { demoCitizen } from '../../server/platform/fixtures.js';

/**
 * Issue 12, faults: the disk fills up. The data folder is a small tmpfs (root can mount one; CI runs as root)
 * filled to the last byte: an application is refused with an error and nothing half-written, the kiosk keeps
 * answering, and once space is back the same application (same key) is accepted once.
 */
const isRoot = process.getuid?.() === 0;
const mount = mkdtempSync(join(tmpdir(), 'kiosk-full-'));
const context = { transport: 'web', sender: 'test' } as const;
let backend: KioskBackend;
const call = (method: string, payload: unknown = {}) => backend.dispatch(method, payload, context);

function fill(path: string): void {
  // Fill the file system: big blocks, then smaller ones, until nothing more fits.
  for (const size of [1 << 20, 64 << 10, 4 << 10, 512]) {
    for (let i = 0; ; i += 1) {
      try {
        writeFileSync(join(path, `filler-${size}-${i}`), Buffer.alloc(size, 1));
      } catch {
        break;
      }
    }
  }
}

describe.skipIf(!isRoot)('a full disk', () => {
  const wang = demoCitizen('wang-jianguo');
  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mount]);
    const logger = createLogger({ file: join(mount, 'logs', 'kiosk.log') });
    backend = await createKioskBackend({
      host: 'web',
      dataDir: mount,
      keyDir: join(tmpdir(), `kiosk-full-keys-${randomUUID()}`),
      version: '0.0.0-test',
      logger,
      developerApi: true,
    });
  });
  afterAll(async () => {
    await backend?.close();
    if (isRoot) execFileSync('umount', ['-l', mount]);
    rmSync(mount, { recursive: true, force: true });
    rmSync(keyDirFor(mount), { recursive: true, force: true });
  });

  it('refuses an application cleanly, keeps answering, and takes it once when space is back', async () => {
    expect(await call('devices.sim.placeCard', { citizenKey: 'wang-jianguo' })).toMatchObject({ ok: true });
    expect(await call('devices.idCard.read', { waitMs: 2_000 })).toMatchObject({ ok: true });
    const signature = samplePng(30);
    expect(
      await call('attachments.put', {
        blobRef: signature.blobRef,
        mediaType: 'image/png',
        base64: signature.base64,
        sessionId: randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    const application = foodShopApplication(wang, signature.blobRef);
    const before = await call('outbox.status');
    fill(mount);
    expect(statfsSync(mount).bavail).toBeLessThanOrEqual(1);

    const refused = await call('submission.submit', application);
    expect(refused.ok).toBe(false);
    expect(await call('outbox.status')).toEqual(before);
    // Still serving: the catalog, the health report.
    expect(await call('catalog.get')).toMatchObject({ ok: true });
    expect(await call('app.health')).toMatchObject({ ok: true });

    for (const name of readdirSync(mount)) if (name.startsWith('filler-')) unlinkSync(join(mount, name));
    const accepted = await call('submission.submit', application);
    expect(accepted).toMatchObject({ ok: true, value: { duplicate: false } });
    const again = await call('submission.submit', application);
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
  }, 60_000);
});
