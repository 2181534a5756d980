import { afterAll, describe, expect, it } from 'vitest';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';

describe('developer dock', () => {
  const kiosks: KioskUnderTest[] = [];
  afterAll(async () => {
    for (const k of kiosks) await k.close();
  });

  it('is absent when developer mode is off', async () => {
    const kiosk = await startKiosk({});
    kiosks.push(kiosk);
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-screen="attract"]').waitFor();
    expect(await page.locator('[data-dev-dock]').count()).toBe(0);
  });

  it('opens the simulator panel in developer mode, and its paper-out control reaches the device status', async () => {
    const kiosk = await startKiosk({ developerMode: true });
    kiosks.push(kiosk);
    const page = await kiosk.newPage(viewports.portrait);
    await page.locator('[data-dev-dock] button').first().click();
    await page.locator('.sim-panel').waitFor();
    await screenshot(page, 'dev-dock-simulator-panel');
    const before = kiosk.host.origin;
    expect(before).toContain('127.0.0.1');
    // Drive the same contract the panel uses and see the status change in the panel's own view.
    await page.evaluate(async (token) => {
      await fetch('/api/invoke/devices.sim.fault', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ device: 'documentPrinter', fault: 'paperOut' }),
      });
    }, kiosk.host.token);
    await expect.poll(() => page.locator('.sim-panel').textContent(), { timeout: 3000 }).toMatch(/缺纸|paper out/i);
  });
});
