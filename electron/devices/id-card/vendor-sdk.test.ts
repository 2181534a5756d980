import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDemoCitizen } from '../../../shared/demo/demo-citizens.js';
import { createMemoryLogger } from '../../services/log/logger.js';
import { SamIdCardReader } from './id-card-reader.js';
import { encodeIdText } from './sam-text.js';
import { SdtapiConnector } from './vendor-sdk.js';
import { BMP_BYTES, loadWltDecoder } from './wlt-plugin.js';

/**
 * The vendor-SDK backend and the WLT photo plug-in against real shared libraries loaded through koffi: a
 * stand-in "sdtapi" library and a stand-in WLT decoder, compiled here with the system C compiler (skipped,
 * loudly, where there is none).
 */
let haveCc = false;
try {
  execFileSync('cc', ['--version'], { stdio: 'ignore' });
  haveCc = true;
} catch {
  console.warn(
    '\n  !!! SKIPPED: vendor SDK / WLT plug-in tests need a C compiler (cc) to build stand-in libraries !!!\n',
  );
}

const citizen = findDemoCitizen('chen-siyu')!;

function cArray(bytes: Uint8Array): string {
  return `{${[...bytes].join(',')}}`;
}

describe.skipIf(!haveCc)('vendor sdtapi library and WLT decoder plug-in (koffi)', () => {
  let dir: string;
  let sdtapi: string;
  let wlt: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-ffi-'));
    writeFileSync(
      join(dir, 'sdtapi.c'),
      `#include <stdint.h>
#include <string.h>
#include <unistd.h>
static const uint8_t TEXT[256] = ${cArray(encodeIdText(citizen))};
static int card = 1, sam = 0x90, hang_ms = 0;
void fake_set(int c, int s, int h) { card = c; sam = s; hang_ms = h; }
int SDT_OpenPort(int port) { return port == 1001 ? 0x90 : 0x01; }
int SDT_ClosePort(int port) { return 0x90; }
int SDT_GetSAMStatus(int port, int o) { return sam; }
int SDT_StartFindIDCard(int port, uint8_t *m, int o) { if (hang_ms) usleep(hang_ms * 1000); memset(m, 0, 8); return sam != 0x90 ? sam : card ? 0x9f : 0x80; }
int SDT_SelectIDCard(int port, uint8_t *m, int o) { memset(m, 1, 8); return card ? 0x90 : 0x81; }
int SDT_ReadBaseMsg(int port, uint8_t *t, uint32_t *tl, uint8_t *p, uint32_t *pl, int o) {
  if (!card) return 0x41; memcpy(t, TEXT, 256); *tl = 256; memset(p, 0x57, 1024); *pl = 1024; return 0x90; }
`,
    );
    writeFileSync(
      join(dir, 'wlt.c'),
      `#include <stdint.h>
int unpack(const uint8_t *wlt, uint8_t *out, int flag) {
  if (wlt[0] != 0x57 || flag != 1) return -1;
  for (int i = 0; i < 102 * 126 * 3; i++) out[i] = (uint8_t)(i % 251);
  return 1; }
`,
    );
    sdtapi = join(dir, 'libsdtapi.so');
    wlt = join(dir, 'libwlt.so');
    execFileSync('cc', ['-shared', '-fPIC', '-O1', '-o', sdtapi, join(dir, 'sdtapi.c')]);
    execFileSync('cc', ['-shared', '-fPIC', '-O1', '-o', wlt, join(dir, 'wlt.c')]);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function setFake(card: number, sam: number, hangMs: number) {
    const koffi = (await import('koffi')).default;
    koffi.load(sdtapi).func('void fake_set(int c, int s, int h)')(card, sam, hangMs);
  }

  function reader(photo: Awaited<ReturnType<typeof loadWltDecoder>>, onWedged?: () => void) {
    const logger = createMemoryLogger();
    const device = new SamIdCardReader({
      connector: new SdtapiConnector({ library: sdtapi, port: 1001, logger, onWedged }),
      driver: 'vendorSdk',
      simulated: false,
      logger,
      pollIntervalMs: 20,
      ioTimeoutMs: 300,
      readTimeoutMs: 1_000,
      missesBeforeOffline: 1,
      missesBeforeRemoved: 2,
      backoff: { initialMs: 50, maxMs: 200 },
      ...(photo ? { photoDecoder: photo } : {}),
    });
    return { device, logger };
  }

  const until = async (check: () => boolean, ms = 3_000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('reads a card through the vendor library with the same driver, and decodes the photo through the plug-in', async () => {
    await setFake(1, 0x90, 0);
    const decoder = await loadWltDecoder(
      { library: wlt, symbol: 'unpack', output: 'bgr', flag: 1, successCode: 1 },
      createMemoryLogger(),
    );
    expect(decoder).toBeDefined();
    const { device } = reader(decoder);
    device.start();
    try {
      await until(() => device.snapshot().status === 'online');
      const read = await device.readCard({ timeoutMs: 2_000 });
      expect(read).toMatchObject({
        ok: true,
        value: { name: citizen.name, idNumber: citizen.idNumber, photo: { mime: 'image/bmp' } },
      });
      if (read.ok) {
        const bmp = Buffer.from(read.value.photo!.base64, 'base64');
        expect(bmp.length).toBe(BMP_BYTES);
        expect(bmp.subarray(0, 2).toString('latin1')).toBe('BM');
        expect(bmp.readInt32LE(18)).toBe(102);
        expect(bmp.readInt32LE(22)).toBe(126);
      }
    } finally {
      await device.stop();
    }
  });

  it('without a decoder, or with one that fails to load, the card comes without a photo', async () => {
    expect(
      await loadWltDecoder(
        { library: join(dir, 'missing.so'), symbol: 'unpack', output: 'bmp', flag: 1, successCode: 1 },
        createMemoryLogger(),
      ),
    ).toBeUndefined();
    await setFake(1, 0x90, 0);
    const { device } = reader(undefined);
    device.start();
    try {
      await until(() => device.snapshot().status === 'online');
      const read = await device.readCard({ timeoutMs: 2_000 });
      expect(read.ok && read.value.photo).toBeUndefined();
      expect(read.ok).toBe(true);
    } finally {
      await device.stop();
    }
  });

  it("maps the library's SAM fault return code to hardwareError.samFault", async () => {
    await setFake(1, 0x60, 0);
    const { device } = reader(undefined);
    device.start();
    try {
      await until(() => device.snapshot().status === 'hardwareError');
      expect(device.snapshot().state).toMatchObject({ sam: 'fault' });
      expect(await device.readCard({ timeoutMs: 200 })).toMatchObject({
        ok: false,
        error: { code: 'hardwareError.samFault' },
      });
    } finally {
      await device.stop();
      await setFake(1, 0x90, 0);
    }
  });

  it('a vendor call that does not return in time marks the library wedged (the host would restart)', async () => {
    await setFake(0, 0x90, 0);
    let wedged = 0;
    const { device } = reader(undefined, () => {
      wedged += 1;
    });
    device.start();
    try {
      await until(() => device.snapshot().status === 'online');
      await setFake(0, 0x90, 1_500);
      await until(() => wedged > 0, 3_000);
      await until(() => device.snapshot().status !== 'online');
    } finally {
      await setFake(0, 0x90, 0);
      await device.stop();
    }
  });

  it('a library that cannot be loaded means noDevice, not a crash', async () => {
    const logger = createMemoryLogger();
    const connector = new SdtapiConnector({ library: join(dir, 'nope.so'), port: 1001, logger });
    expect(await connector.connect()).toMatchObject({ ok: false, error: { code: 'noDevice' } });
  });
});
