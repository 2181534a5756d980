import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createKioskBackend, type KioskBackend } from '../../../electron/backend/create-backend.js';
import { createLogger } from '../../../electron/services/log/logger.js';
import { keyDirFor } from '../../../electron/services/store/key-location.js';
import { startWebHost, type WebHost } from '../../../electron/web-host/web-host.js';
import { launchChromium } from '../../support/chromium.js';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const outputDir = resolve(repoRoot, 'test/output');

export const viewports = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
  small: { width: 768, height: 1366 },
} as const;

export interface KioskUnderTest {
  readonly backend: KioskBackend;
  readonly host: WebHost;
  readonly browser: Browser;
  readonly dataDir: string;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the real backend and web host on a free port with a throw-away data folder, and Debian's Chromium.
 * `options.browser` shares a browser already running (several kiosks, one browser); it is then not closed here.
 * `options.production` leaves the developer-only calls unmounted, as on a deployed kiosk. `options.dataDir`
 * starts on an existing data folder (a restart): its configuration is kept, and closing leaves the folder.
 */
export async function startKiosk(
  config: Record<string, unknown> = {},
  options: {
    readonly browser?: Browser;
    readonly production?: boolean;
    readonly deployed?: boolean;
    readonly dataDir?: string;
  } = {},
): Promise<KioskUnderTest> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  if (!options.dataDir) writeFileSync(join(dataDir, 'kiosk.config.json'), JSON.stringify(config));
  const logger = createLogger({ file: join(dataDir, 'logs/kiosk.log') });
  // Tests drive the simulators through the developer calls; `production` starts the kiosk as one deployed is.
  const backend = await createKioskBackend({
    host: 'web',
    dataDir,
    version: '0.0.0-test',
    logger,
    developerApi: !options.production,
    deployed: options.deployed ?? false,
  });
  // KIOSK_RENDERER_DIR: a build of one's own, so a rebuild of dist/renderer by someone else mid-run cannot break a page load.
  const host = await startWebHost({
    backend,
    logger,
    rendererDir: resolve(repoRoot, process.env.KIOSK_RENDERER_DIR ?? 'dist/renderer'),
  });
  const browser = options.browser ?? (await launchChromium());
  const contexts: BrowserContext[] = [];
  return {
    backend,
    host,
    browser,
    dataDir,
    async newPage(viewport = viewports.portrait) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: true, locale: 'zh-CN' });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(host.url);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      if (!options.browser) await browser.close();
      await host.close();
      await backend.close();
      if (options.dataDir) return;
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(keyDirFor(dataDir), { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(outputDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
