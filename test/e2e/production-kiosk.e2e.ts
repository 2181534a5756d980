import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCitizens } from '../../shared/demo/demo-citizens.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { action, evaluateAndLeave, invoke, lookUpPublicRecord } from './support/steps.js';

/**
 * A kiosk as deployed (developer mode off, developer calls not mounted): the simulator and demo calls are
 * unknown to it, and the scripts it loads through a whole flow carry no simulator panel and no demo citizen.
 */
describe('a production kiosk', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk({}, { production: true });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('answers developer calls exactly as it answers a call that does not exist', async () => {
    const same = async (method: string, body: Record<string, unknown>) =>
      JSON.stringify(await invoke(kiosk, method, body)).replaceAll(method, '<name>');
    const unknown = await same('devices.nothing.here', { citizenKey: 'x' });
    expect(unknown).toContain('unknownMethod');
    for (const method of ['devices.sim.placeCard', 'devices.sim.info', 'devices.sim.showEId', 'payment.simulate'])
      expect(await same(method, { citizenKey: 'x' }), method).toBe(unknown);
  });

  it('loads no simulator panel and no demo citizen in any script through a whole flow', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    const scripts = new Map<string, Promise<string>>();
    page.on('response', (response) => {
      // A script of the first load may still arrive when the reload navigates away: its body is then fetched
      // again (the chunks load after the boot screen paints, so the first load's can overlap the reload).
      if (response.request().resourceType() === 'script')
        scripts.set(
          response.url(),
          response.text().catch(async () => (await page.request.get(response.url())).text()),
        );
    });
    await page.reload();
    await walkPublicRecordLookup(page);
    await screenshot(page, 'production-after-flow');

    expect(scripts.size).toBeGreaterThan(1);
    const names = demoCitizens.map((c) => c.name);
    for (const [url, body] of scripts) {
      const text = await body;
      const file = url.slice(url.lastIndexOf('/') + 1);
      expect(file, 'the developer dock chunk was requested').not.toMatch(/^DevDock/);
      expect(text.includes('sim-panel'), `${file} carries simulator panel code`).toBe(false);
      const found = names.filter((n) => text.includes(n));
      expect(found.length, `${file} carries ${found.length} demo citizen name(s)`).toBe(0);
    }
  });
});

describe('a deployed kiosk whose configuration has a misspelt key', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk(
      {
        kioskId: 'JQ-0007',
        platform: { kind: 'http', baseUrl: 'https://zwfw.example.cn/api', token: 'secret-token-0001' },
        devices: {},
        platfrom: { kind: 'embedded' },
      },
      { production: true, deployed: true },
    );
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('is out of service and says why, instead of running as the demo', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    const screen = page.locator('[data-screen="out-of-service"]');
    await screen.waitFor();
    expect(await screen.textContent()).toContain('本机暂停服务');
    expect(await page.locator('[data-reason]').textContent()).toContain('platfrom');
    expect(await page.locator('[data-screen="attract"]').count()).toBe(0);
    await screenshot(page, 'production-out-of-service');
    // Nothing a citizen could do is served, and no simulator answers.
    expect(await invoke(kiosk, 'devices.sim.placeCard', { citizenKey: 'x' })).toMatchObject({ ok: false });
    expect(await invoke(kiosk, 'catalog.get', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await invoke(kiosk, 'app.health', {})).toMatchObject({ ok: true, value: { level: 'down' } });
  });
});

/** 企业信息查询 without an ID card: name typed in pinyin, the register entry, a rating, back to the start. */
async function walkPublicRecordLookup(page: Page) {
  await lookUpPublicRecord(page);
  await action(page, 'continue').click();
  await evaluateAndLeave(page, false);
}
