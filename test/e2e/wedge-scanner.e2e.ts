import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrScannerConfigSchema } from '../../shared/devices/device-config.js';
import { WEDGE_DEFAULTS } from '../../renderer/src/devices/wedge-scanner.js';
import { typeOnKeyboard } from './robot/field-filling.js';
import { KioskApi } from './robot/kiosk-api.js';
import { CitizenHands } from './robot/page-actions.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';

/**
 * A kiosk whose QR scanner is a keyboard-wedge (HID keyboard) scanner (devices.qrScanner.driver "hidWedge"):
 * the scanner types its code into the page, fast and ending with Enter. On 办件进度查询, which reads the scanner
 * while it shows, such a burst must reach the flow through devices.scanner.wedgeScan; taps on the on-screen
 * keyboard (no key events at all) and a person's typing must never be taken for a scan.
 */

/** A certificate's QR code: the progress query names it as not a receipt's, which the citizen sees. */
const CERTIFICATE_CODE = 'GKC1.not-a-real-certificate';

type Status = { devices: Array<{ device: string; driver: string; simulated: boolean; state: { scanner?: string } }> };

async function qrScanner(api: KioskApi) {
  return (await api.must<Status>('devices.status')).devices.find((d) => d.device === 'qrScanner');
}

/** The codes the page handed to main as wedge scans, in order. */
function recordWedgeScans(page: Page): string[] {
  const codes: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/invoke/devices.scanner.wedgeScan'))
      codes.push((JSON.parse(request.postData() ?? '{}') as { code: string }).code);
  });
  return codes;
}

/** Counts every keydown the page sees from now on (before anything else can stop it). */
async function countKeydowns(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { keydowns: number; keyStamps: number[] };
    w.keydowns = 0;
    w.keyStamps = [];
    // On the window itself: the wedge listener's stopPropagation there does not keep other window listeners out.
    window.addEventListener(
      'keydown',
      (e) => {
        w.keydowns += 1;
        w.keyStamps.push(e.timeStamp);
      },
      { capture: true },
    );
  });
  return () => page.evaluate(() => (window as unknown as { keydowns: number }).keydowns);
}

/** Home → 办件进度查询, and waits until the screen has turned reads on. */
async function openProgress(page: Page, api: KioskApi) {
  await page.locator('[data-screen="attract"]').click();
  await page.locator('[data-screen="home"]').waitFor();
  await page.locator('[data-action="progress"]').click();
  await page.locator('[data-screen="progress"]').waitFor();
  await expect.poll(async () => (await qrScanner(api))?.state.scanner, { timeout: 5_000 }).toBe('on');
}

const SCANNER_KEY_GAP_MS = 5;
/** The decoder's thresholds as the renderer uses them. */
const WEDGE = WEDGE_DEFAULTS;

/**
 * What a wedge scanner sends: the code's keys 5 ms apart, then Enter. The keys go through Chromium's input
 * pipeline as real key events (keydown, keypress, input, keyup), each stamped with the time the scanner sent
 * it, as the operating system stamps a HID report when it arrives. page.keyboard.type(code, { delay: 5 }) leaves
 * the stamps to when each key reaches the browser, which on a loaded two-core test machine stretches gaps past
 * 35 ms (measured: 38–125 ms inside one burst), so the decoder would rightly call it typing.
 */
async function wedgeType(page: Page, code: string) {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const keys = [...code, 'Enter'];
  for (const [i, key] of keys.entries()) {
    const enter = key === 'Enter';
    const at = start + (i * SCANNER_KEY_GAP_MS) / 1000;
    const base = {
      key,
      code: enter ? 'Enter' : '',
      windowsVirtualKeyCode: enter ? 13 : key.toUpperCase().charCodeAt(0),
    };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, text: enter ? '\r' : key, timestamp: at });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base, timestamp: at + 0.001 });
  }
  await cdp.detach();
}

/** The gaps between the keydowns the page saw, in ms (from the moment countKeydowns began). */
async function keyGaps(page: Page): Promise<number[]> {
  const stamps = await page.evaluate(() => (window as unknown as { keyStamps: number[] }).keyStamps);
  return stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
}

describe('keyboard-wedge QR scanner', () => {
  let kiosk: KioskUnderTest;
  let api: KioskApi;
  beforeAll(async () => {
    kiosk = await startKiosk({ devices: { qrScanner: { driver: 'hidWedge' } } });
    api = new KioskApi(kiosk);
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('runs the hidWedge driver (no simulator stands in), decoded with its default thresholds', async () => {
    expect(await qrScanner(api)).toMatchObject({ driver: 'hidWedge', simulated: false });
    expect(qrScannerConfigSchema.parse({ driver: 'hidWedge' })).toMatchObject(WEDGE);
  });

  it("a scanner's burst reaches the progress query, which says what was scanned", async () => {
    const page = await kiosk.newPage(viewports.portrait);
    const scans = recordWedgeScans(page);
    await openProgress(page, api);
    expect(await page.locator('.k-notice').count()).toBe(0);

    const keydowns = await countKeydowns(page);
    await wedgeType(page, CERTIFICATE_CODE);
    await expect.poll(() => page.locator('.k-notice').innerText()).toContain('这是证照上的二维码');
    expect(scans).toEqual([CERTIFICATE_CODE]);
    expect(await keydowns()).toBe(CERTIFICATE_CODE.length + 1);
    expect(Math.max(...(await keyGaps(page)))).toBeLessThanOrEqual(WEDGE.maxKeyGapMs); // the page saw a scanner's pace
    expect(await page.locator('[data-screen="progress"]').count()).toBe(1);
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, 'wedge-scanner-after-scan');
  });

  it('taps on the on-screen keyboard fill the field and are never a scan', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    const scans = recordWedgeScans(page);
    await openProgress(page, api);
    await page.locator('[data-action="type-number"]').click();
    await page.locator('[data-screen="progress-number"]').waitFor();
    const keydowns = await countKeydowns(page);

    // As fast as a finger can go (no pause between taps), letters then digits on the symbols page.
    await typeOnKeyboard(new CitizenHands(page, api), 'wedge2026');
    expect(await page.locator('#progress-number').inputValue()).toBe('WEDGE2026');
    expect(await keydowns()).toBe(0); // the on-screen keyboard writes through state, not key events
    await page.waitForTimeout(300);
    expect(scans).toEqual([]);
    expect(await page.locator('[data-screen="progress-number"]').count()).toBe(1);
    expect(await page.locator('.k-notice, .k-error-summary').count()).toBe(0);

    // A scan while the number is half typed still reaches the query, and none of its keys get into the number.
    await wedgeType(page, CERTIFICATE_CODE);
    await expect.poll(() => page.locator('.k-notice').innerText()).toContain('这是证照上的二维码');
    expect(scans).toEqual([CERTIFICATE_CODE]);
    await page.locator('[data-action="type-number"]').click();
    await page.locator('[data-screen="progress-number"]').waitFor();
    expect(await page.locator('#progress-number').inputValue()).toBe('WEDGE2026');

    // A keypad's keys at a person's pace still type (each waits out a scanner's key gap, then goes in).
    await page.locator('#progress-number').focus();
    await page.keyboard.type('78', { delay: 150 });
    await expect.poll(() => page.locator('#progress-number').inputValue()).toBe('WEDGE202678');
  });

  it("a person's typing on a keyboard (a technician's) is left to the page", async () => {
    const page = await kiosk.newPage(viewports.portrait);
    const scans = recordWedgeScans(page);
    await openProgress(page, api);
    const keydowns = await countKeydowns(page);
    await page.keyboard.type(CERTIFICATE_CODE.slice(0, 8), { delay: 120 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await keydowns()).toBe(9);
    expect(Math.min(...(await keyGaps(page)))).toBeGreaterThan(WEDGE.maxKeyGapMs);
    expect(scans).toEqual([]);
    expect(await page.locator('.k-notice').count()).toBe(0);
  });

  it('is not attached when the kiosk runs another scanner driver', async () => {
    const other = await startKiosk({}, { browser: kiosk.browser });
    try {
      const page = await other.newPage(viewports.portrait);
      const scans = recordWedgeScans(page);
      await openProgress(page, new KioskApi(other));
      await wedgeType(page, CERTIFICATE_CODE);
      await page.waitForTimeout(300);
      expect(scans).toEqual([]);
      expect(await page.locator('.k-notice').count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
