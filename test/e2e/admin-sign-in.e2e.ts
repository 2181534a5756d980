import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { administrator, adminConfigForTests, DEMO_TOTP_SECRET, technician } from '../fixtures/technicians.js';
import { signInWithCard, typeDigits } from './support/admin.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectAccessible } from './support/page-checks.js';
import { invoke } from './support/steps.js';

/** Signing in to the technician's console (issue 11): card and PIN, lockout, one-time code, idle sign-out. */
describe('technician sign-in', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk({ admin: await adminConfigForTests({ idleSeconds: 30 }) });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('an enrolled card and the PIN open the console; signing out leaves nothing of it', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await signInWithCard(page, kiosk, technician);
    const who = (await page.locator('[data-admin-who]').textContent()) ?? '';
    expect(who).toContain('孙*华');
    expect(who).toContain('T01');
    expect(who).not.toContain('孙建华');
    await expectAccessible(page, 'console');
    await screenshot(page, 'admin-console-technician');
    await page.locator('[data-action="sign-out"]').click();
    await page.locator('[data-screen="attract"]').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('孙*华');
  });

  it("a citizen's card offers no sign-in, and no session starts over it", async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').waitFor();
    expect(await invoke(kiosk, 'devices.sim.placeCard', { citizenKey: 'li-xiuying' })).toMatchObject({ ok: true });
    await page.locator('[data-screen="attract"][data-card="citizen"]').waitFor();
    expect(await page.locator('[data-action="technician-sign-in"]').count()).toBe(0);
    await page.locator('[data-screen="attract"]').click();
    expect(await page.locator('[data-screen="home"]').count()).toBe(0);
    expect(await page.locator('[data-screen="attract"]').textContent()).toContain('请先取走身份证');
    // In English too, as the idle screen is: the next person may not read Chinese.
    expect(await page.locator('[data-screen="attract"] [lang="en"]').textContent()).toContain(
      'Please take your ID card first',
    );
    await expectAccessible(page, 'attract with a card');
    await screenshot(page, 'attract-card-left');
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
    await page.locator('button[data-screen="attract"]').click();
    await page.locator('[data-screen="home"]').waitFor();
  });

  it('five wrong PINs lock that technician out and say until when', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').waitFor();
    expect(await invoke(kiosk, 'devices.sim.placeCard', { citizenKey: administrator.citizenKey })).toMatchObject({
      ok: true,
    });
    await page.locator('[data-action="technician-sign-in"]').click();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await typeDigits(page, '000000');
      const problem = page.locator('[data-sign-in-problem]');
      await expect.poll(() => problem.textContent()).toContain(attempt < 5 ? `还可尝试 ${5 - attempt} 次` : '已锁定');
    }
    // The right PIN now is refused too, with the time.
    await typeDigits(page, administrator.pin);
    await expect.poll(() => page.locator('[data-sign-in-problem]').textContent()).toMatch(/已锁定.*\d{2}:\d{2}/);
    await screenshot(page, 'admin-locked');
    expect(await page.locator('[data-screen="admin"]').count()).toBe(0);
    await page.locator('[data-action="cancel"]').click();
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
  });

  it('without the reader: the corner gesture, staff number, one-time code and PIN', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').waitFor();
    const corner = page.locator('[data-gesture="code-sign-in"]');
    for (let i = 0; i < 5; i += 1) await corner.click();
    await page.locator('[data-screen="admin-sign-in"][data-via="code"]').waitFor();
    await expectAccessible(page, 'code sign-in');
    // "T01": the letter on the letters page (the page upper-cases it), the digits on the symbols page.
    for (const key of ['t', '{symbols}', '0', '1'])
      await page.locator(`.k-keyboard [data-skbtn="${key}"]`).first().click();
    expect(await page.locator('[data-field="enrolmentId"]').inputValue()).toBe(technician.enrolmentId);
    await page.locator('[data-action="next"]').click();
    const code = new TOTP({ secret: DEMO_TOTP_SECRET }).generate();
    await typeDigits(page, code);
    await page.locator('[data-action="next"]').click();
    await typeDigits(page, technician.pin);
    await page.locator('[data-screen="admin"]').waitFor();
    await page.locator('[data-action="sign-out"]').click();
    await page.locator('[data-screen="attract"]').waitFor();
  });

  it('a console left alone signs out by itself and returns to the attract screen', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await signInWithCard(page, kiosk, technician);
    await page.locator('[data-screen="attract"]').waitFor({ timeout: 45_000 });
    expect(await page.locator('[data-screen="admin"]').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('孙*华');
  }, 60_000);
});
