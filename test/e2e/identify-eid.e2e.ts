import { randomUUID } from 'node:crypto';
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findDemoCitizen } from '../../shared/demo/demo-citizens.js';
import { maskName } from '../../shared/validation/id-number.js';
import { readCardOf } from '../support/read-card.js';
import { KioskApi } from './robot/kiosk-api.js';
import { checkWipe } from './robot/wipe-check.js';
import { type KioskUnderTest, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectPageFits } from './support/page-checks.js';
import { photographFailure, shotsOf } from './support/screenshots.js';
import { action, answer, openFromSearch, rateSatisfied } from './support/steps.js';

/**
 * Identify by the e-ID code (电子身份证二维码) at 1080×1920: 社会保险个人参保证明打印 (RS-001) with no card on the
 * reader. A receipt's QR code is not an e-ID; the demo citizen's phone shows its code, the platform verifies it,
 * the masked name is confirmed; the same code shown again is refused as used; then the item is printed and the
 * last page asks for the phone and the papers, not an ID card. Names and numbers never appear in test output.
 */

const citizen = findDemoCitizen('zhang-xiaoming');
if (!citizen) throw new Error('demo citizen missing');

const shot = shotsOf('identify-eid-', [expectPageFits]);

/** Reads go on when the identify page waits again (its own call, just after the page changes): wait for that. */
async function scannerOn(hands: KioskApi) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const status = await hands.must<{ devices: Array<{ device: string; state: { scanner?: string } }> }>(
      'devices.status',
    );
    if (status.devices.find((d) => d.device === 'qrScanner')?.state.scanner === 'on') return;
    if (Date.now() > deadline) throw new Error('the scanner was not turned on');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('identify by e-ID code', () => {
  let kiosk: KioskUnderTest;
  let hands: KioskApi;
  let current: Page | undefined;
  afterEach(async (context) => {
    await photographFailure(context, current, 'identify-eid');
    current = undefined;
  });
  beforeAll(async () => {
    kiosk = await startKiosk({ developerMode: true });
    hands = new KioskApi(kiosk);
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it("the simulator panel shows the chosen demo citizen's e-ID code to the scanner, as it places a card", async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await hands.removeCard();
    await openFromSearch(page, 'cbzm', 'RS-001');
    await page.locator('[data-screen="identify"] [data-reader-status="waiting"]').waitFor();
    await scannerOn(hands);

    await page.locator('[data-dev-dock] .k-dev-dock__tab').click();
    await page.locator('.sim-panel select').selectOption('liu-zhiqiang');
    await page.locator('.sim-panel [data-sim-action="show-eid"]').click();
    await page.locator('[data-dev-dock] .k-dev-dock__tab').click();
    await page.locator('[data-identified="eId"]').waitFor({ timeout: 10_000 });
    const other = findDemoCitizen('liu-zhiqiang');
    expect(other && (await page.locator('[data-masked-name]').textContent()) === maskName(other.name)).toBe(true);
    await page.locator('[data-action="home"]').click();
    await page.locator('[data-screen="identify"]').waitFor({ state: 'detached' });
    await page.close();
  });

  it('the e-ID hint and a problem notice fit the identify page at 1920×1080 in 长辈模式 (no scrolling)', async () => {
    const page = await kiosk.newPage(viewports.landscape);
    current = page;
    await hands.removeCard();
    await openFromSearch(page, 'cbzm', 'RS-001', () => page.locator('.k-senior-toggle').click());
    await page.locator('[data-screen="identify"] [data-reader-status="waiting"]').waitFor();
    await scannerOn(hands);
    await hands.scan(`GKEID1.${'A'.repeat(27)}.${'A'.repeat(86)}`);
    await page.locator('[data-eid-problem="notRecognised"]').waitFor({ timeout: 10_000 });
    await shot(page, 'landscape-senior-not-recognised');
    await page.close();
  });

  it('prints RS-001 for a citizen identified by e-ID: not an e-ID, verifying, confirm, used code refused, take phone and papers', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await hands.removeCard();
    await openFromSearch(page, 'cbzm', 'RS-001');

    // Waiting: the card instruction, and the e-ID as the other way in.
    await page.locator('[data-screen="identify"] [data-reader-status="waiting"]').waitFor();
    expect(await page.locator('.k-identify__eid-hint').textContent()).toContain('电子身份证');
    await shot(page, '1-waiting');

    // A receipt's QR code is not an e-ID: its own plain words, the wait goes on.
    await scannerOn(hands);
    await hands.scan('GKR1:YQJQ-20260115-00001:7K3Q-M2XD-94PA');
    await page.locator('[data-eid-problem="notEId"]').waitFor();
    expect(await page.locator('[data-eid-problem="notEId"]').textContent()).toContain('这不是电子身份证二维码');
    await shot(page, '2-not-an-eid');

    // The phone's code: held back a moment on its way to the platform, so "verifying" can be seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let passed: () => void = () => undefined;
    const through = new Promise<void>((resolve) => {
      passed = resolve;
    });
    const hold = async (route: Route) => {
      await held;
      await route.continue();
      passed();
    };
    await page.route('**/api/invoke/identity.verifyEId', hold);
    await scannerOn(hands);
    const code = await hands.showEId(citizen.key);
    await page.locator('[data-eid-status="verifying"]').waitFor();
    expect(await page.locator('[data-eid-status="verifying"]').textContent()).toContain('正在核验电子身份证');
    await shot(page, '3-verifying');
    release();
    await through;
    await page.unroute('**/api/invoke/identity.verifyEId', hold);

    // Confirmed with the masked name, as for a card.
    await page.locator('[data-identified="eId"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-masked-name]').textContent()).toBe(maskName(citizen.name));
    expect(await page.locator('[data-screen="identify"]').textContent()).toContain('已核验电子身份证');
    expect(
      (await page.locator('[data-screen="identify"]').textContent())?.includes(citizen.name),
      'the full name is on screen',
    ).toBe(false);
    await shot(page, '4-confirm');

    // "Not me", and the same code shown again: a code is good once.
    await page.locator('[data-action="not-me"]').click();
    await page.locator('[data-screen="identify"] [data-reader-status="waiting"]').waitFor();
    await scannerOn(hands);
    await hands.scan(code);
    await page.locator('[data-eid-problem="used"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-eid-problem="used"]').textContent()).toContain('已经用过了');
    await shot(page, '5-code-used');

    // A forged code (signature changed) is not recognised.
    await scannerOn(hands);
    await hands.scan(`${code.slice(0, -2)}${code.endsWith('AA') ? 'BB' : 'AA'}`);
    await page.locator('[data-eid-problem="notRecognised"]').waitFor({ timeout: 10_000 });
    await shot(page, '6-not-recognised');

    // A fresh code from the phone identifies the citizen; on to the item.
    await scannerOn(hands);
    await hands.showEId(citizen.key);
    await page.locator('[data-action="confirm-identity"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-action="confirm-identity"]').click();
    await answer(page, 'allInsurances', 'last12');
    await page.locator('[data-screen="preview"] canvas[data-rendered-page="1"]').waitFor({ timeout: 20_000 });
    const before = (await hands.printed()).length;
    await action(page, 'print').click();
    await page.locator('[data-screen="print"] [data-print="done"]').waitFor({ timeout: 30_000 });
    const jobs = await hands.printed();
    expect(jobs.length).toBe(before + 1);
    expect(jobs[0]).toMatchObject({ device: 'documentPrinter', media: 'A4', title: '社会保险个人参保证明' });
    await action(page, 'continue').click();

    await rateSatisfied(page);

    // No card was placed: the last page asks for the phone and the papers, not the ID card.
    await page.locator('[data-screen="take-card"]').waitFor({ timeout: 10_000 });
    const takeCard = (await page.locator('[data-screen="take-card"]').textContent()) ?? '';
    expect(takeCard).toContain('请带好您的手机和打印件');
    expect(takeCard).not.toContain('身份证');
    await shot(page, '7-take-phone-and-papers');
    await page.locator('[data-action="finish"]').click();

    // The identity from the e-ID goes with the session, like a card's.
    const wipe = await checkWipe(page, citizen, new Set());
    expect(wipe.leftovers).toEqual([]);
  });

  it("办件进度查询 by e-ID: the holder's cases under the masked name; the same code again is refused in plain words", async () => {
    // One application of the demo citizen, so there is a case to find (made, as the backend requires, by the
    // person whose card was just read).
    await readCardOf((method, payload) => hands.call(method, payload), citizen.key);
    await hands.must('devices.sim.removeCard');
    const submitted = await hands.must<{ caseNumber?: string; state: string }>('submission.submit', {
      idempotencyKey: randomUUID(),
      target: { kind: 'item', itemCode: 'GA-002' },
      applicant: { name: citizen.name, idNumber: citizen.idNumber, phone: citizen.phone, identifiedBy: 'idCard' },
      materials: [],
      form: {},
    });
    expect(submitted.state).toBe('delivered');
    const page = await kiosk.newPage(viewports.portrait);
    current = page;
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-action="progress"]').click();
    await page.locator('[data-screen="progress"]').waitFor();
    await scannerOn(hands);
    const code = await hands.showEId(citizen.key);
    await page.locator('[data-screen="progress-results"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#k-screen-title').textContent()).toBe(`${maskName(citizen.name)} 的办件`);
    expect(await page.locator(`[data-case="${submitted.caseNumber}"]`).count()).toBe(1);
    await shot(page, 'progress-results');

    // A code is good once: shown again (a photo of the phone, say), it finds nobody.
    await page.locator('[data-action="finish"]').click();
    await page.locator('[data-screen="home"]').waitFor();
    await page.locator('[data-action="progress"]').click();
    await page.locator('[data-screen="progress"]').waitFor();
    await scannerOn(hands);
    await hands.scan(code);
    await expect
      .poll(() =>
        page
          .locator('main .k-notice')
          .first()
          .innerText()
          .catch(() => ''),
      )
      .toContain('已过期或已用过');
    await shot(page, 'progress-used-code');
  });
});
