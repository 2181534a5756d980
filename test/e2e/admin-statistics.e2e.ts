import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { demoCitizens } from '../../shared/demo/demo-citizens.js';
import { SqliteDatabase } from '../../electron/services/store/sqlite.js';
import { adminConfigForTests, technician } from '../fixtures/technicians.js';
import { makeFakeUsb } from '../integration/admin-diagnostics/fake-usb.js';
import { Inspector } from './robot/inspection.js';
import type { RunRecord } from './robot/report.js';
import { RobotCitizen, runCitizen } from './robot/run-flow.js';
import { flowScreenOf } from './robot/screen-handlers.js';
import { expectConsolePageFits, openSection, signInWithCard } from './support/admin.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectAccessible } from './support/page-checks.js';

/**
 * The console's statistics page (issue 11, "Must show"): after the robot citizen does five items of different
 * flow kinds and a package (each to the end), and one more citizen starts an item and leaves it with 首页, the
 * statistics screen's completed counts equal the robot's per item — read from the page, across its pages —
 * the abandoned item shows with the step it stopped on, and the CSV (downloaded, and saved to a USB stick)
 * has the same numbers. Nothing of any demo citizen is in usage_events or the CSV.
 */
const ROBOT_CODES = ['RS-001', 'YB-002', 'GA-002', 'MZ-001', 'RS-003', 'YJS-003'];
const ABANDONED_CODE = 'GJJ-003';

const usb = makeFakeUsb('kiosk-e2e-stats-usb-');
let kiosk: KioskUnderTest;
let page: Page;
const runs: RunRecord[] = [];
let abandonedAt = '';

beforeAll(async () => {
  // Read only under vitest by the diagnostics' drive finder, which the statistics page's 保存到U盘 uses.
  process.env.KIOSK_TEST_REMOVABLE_ROOT = usb.root;
  kiosk = await startKiosk({ kioskId: 'YQ-E2E-0012', admin: await adminConfigForTests() });
});
afterAll(async () => {
  await kiosk?.close();
  delete process.env.KIOSK_TEST_REMOVABLE_ROOT;
  rmSync(usb.root, { recursive: true, force: true });
});

const env = {
  catalog: defaultCatalog,
  inspector: new Inspector({ axeVariants: [], screenshotVariants: [] }),
  coverage: new Set<string>(),
};

/** The console page's box holds its content: nothing to scroll. */
async function expectConsoleFits(what: string) {
  await expectConsolePageFits(page, what);
  // Nothing inside overlaps or is cut off: the per-item table (with its pager) ends above the export buttons.
  const boxes = await page.evaluate(() => {
    const items = document.querySelector<HTMLElement>('.k-stats__items');
    const actions = document.querySelector('.k-stats__actions')?.getBoundingClientRect();
    const last = document.querySelector('.k-stats__pager, [data-stats-items]')?.getBoundingClientRect();
    return {
      clipped: items ? items.scrollHeight - items.clientHeight : -1,
      overlap:
        actions && last && actions.left < last.right && last.left < actions.right ? last.bottom - actions.top : 0,
    };
  });
  expect(boxes.clipped, `${what}: the per-item table is cut off`).toBeLessThanOrEqual(0);
  expect(boxes.overlap, `${what}: the per-item table runs into the buttons`).toBeLessThanOrEqual(0);
}

interface PageRow {
  readonly code: string;
  readonly started: number;
  readonly completed: number;
  readonly abandoned: number;
  readonly steps: string;
}

/** Every row of the per-item table, turning its pages with 下一页 (and back to the first). */
async function readItemTable(): Promise<PageRow[]> {
  const rows: PageRow[] = [];
  for (let turns = 0; turns < 20; turns += 1) {
    // One look at the whole page of rows (the table may re-page itself when the window changes size).
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[data-stats-items] tbody tr')].map((row) => {
        const cell = (col: string) => Number(row.querySelector(`[data-col="${col}"]`)?.textContent);
        return {
          code: row.getAttribute('data-stats-item') ?? '',
          started: cell('started'),
          completed: cell('completed'),
          abandoned: cell('abandoned'),
          steps: row.querySelector('[data-col="abandonedAt"]')?.getAttribute('data-steps') ?? '',
        };
      }),
    );
    rows.push(...shown);
    const next = page.locator('[data-action="next-page"]');
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    await next.click();
  }
  while ((await page.locator('[data-action="previous-page"]').count()) > 0) {
    const previous = page.locator('[data-action="previous-page"]');
    if (await previous.isDisabled()) break;
    await previous.click();
  }
  return rows;
}

/** The CSV's blocks, each a list of rows of fields (the file's fields hold no comma or quote here). */
function csvBlocks(text: string): string[][][] {
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n\r\n')
    .map((block) => block.split('\r\n').map((line) => line.split(',')));
}

/** Each demo citizen's name, ID number, phone and address found in a text. */
function personalDataIn(what: string, text: string): string[] {
  const found: string[] = [];
  for (const citizen of demoCitizens)
    for (const [field, value] of [
      ['name', citizen.name],
      ['idNumber', citizen.idNumber],
      ['phone', citizen.phone],
      ['address', citizen.address],
    ] as const)
      if (value && text.includes(value)) found.push(`${what}: ${citizen.key} ${field}`);
  return found;
}

describe('console: statistics', () => {
  it(
    `the robot citizen does ${ROBOT_CODES.join(', ')}; another starts ${ABANDONED_CODE} and leaves`,
    {
      timeout: 900_000,
    },
    async () => {
      for (const code of ROBOT_CODES) {
        const run = await runCitizen(env, kiosk, code, { variant: 'zh-portrait', viewport: viewports.portrait });
        expect(run.reason ?? 'completed', code).toBe('completed');
        runs.push(run);
      }
      // 开始办理 on the guide, one more page, then 首页.
      const robot = await RobotCitizen.begin(env, kiosk, ABANDONED_CODE, {
        variant: 'zh-portrait',
        viewport: viewports.portrait,
      });
      try {
        await robot.step();
        const state = await robot.step();
        const screen = state?.screen ?? '';
        abandonedAt = flowScreenOf[screen] ?? screen;
        expect(abandonedAt).not.toBe('guide');
        await robot.hands.page.locator('[data-action="home"]').click();
        await robot.hands.page.locator('[data-screen="home"]').waitFor();
      } finally {
        await robot.close();
      }
    },
  );

  it(
    'the statistics screen shows the robot’s completed counts per item, and the abandoned one with its step',
    {
      timeout: 120_000,
    },
    async () => {
      page = await kiosk.newPage(viewports.portrait);
      await signInWithCard(page, kiosk, technician);
      await openSection(page, 'statistics');
      await page.locator('[data-range="today"]').click();
      await expect.poll(() => page.locator('[data-range="today"]').getAttribute('aria-pressed')).toBe('true');
      await page.locator('[data-stats-items] tbody tr').first().waitFor();

      // As many rows a page as fit (the page measures them): reading them turns the pages there are.
      await page.setViewportSize(viewports.landscape);
      await page.waitForTimeout(300);
      await expect.poll(() => page.locator('[data-stats-items] tbody tr').count()).toBeGreaterThan(0);
      const rows = await readItemTable();
      const byCode = new Map(rows.map((r) => [r.code, r]));
      expect(rows).toHaveLength(ROBOT_CODES.length + 1);
      for (const run of runs) {
        const row = byCode.get(run.code);
        expect(row, run.code).toBeDefined();
        // One completed run of each, as the robot counted them.
        expect(row?.completed, run.code).toBe(runs.filter((r) => r.code === run.code && r.completed).length);
        expect(row?.started, run.code).toBe(1);
        expect(row?.abandoned, run.code).toBe(0);
      }
      expect(byCode.get(ABANDONED_CODE)).toEqual({
        code: ABANDONED_CODE,
        started: 1,
        completed: 0,
        abandoned: 1,
        steps: `${abandonedAt}:1`,
      });
      // The totals on the cards and the per-day table agree with the rows.
      const sum = (k: 'started' | 'completed' | 'abandoned') => rows.reduce((n, r) => n + r[k], 0);
      expect(await page.locator('[data-stat="completed"] .k-stats__value').textContent()).toBe(
        String(sum('completed')),
      );
      expect(await page.locator('[data-stat="abandoned"] .k-stats__value').textContent()).toBe(
        String(sum('abandoned')),
      );
      const todayRow = page.locator('[data-stats-days] tbody tr').last();
      expect(await todayRow.locator('td').nth(1).textContent()).toBe(String(sum('completed')));
      // The robot rated every flow and printed papers: the page says so.
      expect(Number(await page.locator('[data-stat="rated"] .k-stats__value').textContent())).toBeGreaterThanOrEqual(1);
      expect(await page.locator('[data-stat="printed"] .k-stats__value').textContent()).toMatch(/A4 [1-9]\d* 页/);
      expect(await page.locator('[data-stat="uptime"] .k-stats__value').textContent()).toMatch(/^\d+(\.\d)?%$/);

      for (const [orientation, viewport] of [
        ['landscape', viewports.landscape],
        ['portrait', viewports.portrait],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(200);
        await screenshot(page, `admin-statistics-${orientation}`);
        await expectAccessible(page, `statistics ${orientation}`);
        await expectConsoleFits(`statistics ${orientation}`);
      }
      // The 30-day view: a chart of 30 days, still no scrolling.
      await page.locator('[data-range="30d"]').click();
      await expect.poll(() => page.locator('[data-stats-days] tbody tr').count()).toBe(30);
      await screenshot(page, 'admin-statistics-30d-portrait');
      await expectConsoleFits('statistics 30 days');
      await page.locator('[data-range="today"]').click();
      await expect.poll(() => page.locator('[data-stats-days] tbody tr').count()).toBe(1);
    },
  );

  it('the CSV download and the CSV saved to a USB stick have the same numbers', { timeout: 60_000 }, async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="download-csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gov-kiosk-statistics-YQ-E2E-0012-\d{8}-\d{8}\.csv$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const blocks = csvBlocks(text);
    expect(blocks).toHaveLength(6);
    const items = new Map((blocks[2] ?? []).slice(1).map((f) => [f[1], f]));
    for (const run of runs) expect(items.get(run.code)?.[4], run.code).toBe('1');
    expect(items.get(ABANDONED_CODE)?.slice(3, 6)).toEqual(['1', '0', '1']);
    expect(items.get(ABANDONED_CODE)?.[7]).toBe(`${abandonedAt}:1`);
    // The per-day total row matches the page's card.
    const total = blocks[1]?.at(-1);
    expect(total?.[0]).toBe('合计');
    expect(total?.[2]).toBe(await page.locator('[data-stat="completed"] .k-stats__value').textContent());
    // Ratings: the same numbers as the page's (hidden) ratings table.
    for (const [level, count] of (blocks[3] ?? []).slice(1))
      expect(await page.locator(`[data-stats-level="${level}"] td`).textContent(), level).toBe(count);
    await page.locator('[data-stats-outcome="success"]').waitFor();
    expect(personalDataIn('csv', text)).toEqual([]);

    // 保存到U盘: the stick the diagnostics page finds.
    await expect.poll(() => page.locator('[data-action="save-csv-to-drive"]').isDisabled()).toBe(false);
    await page.locator('[data-action="save-csv-to-drive"]').click();
    await expect.poll(() => page.locator('[data-stats-outcome]').textContent()).toContain('可以拔出');
    const saved = readdirSync(usb.stick).filter((f) => f.endsWith('.csv'));
    expect(saved).toEqual([download.suggestedFilename()]);
    const onStick = csvBlocks(readFileSync(join(usb.stick, saved[0] as string), 'utf8'));
    // Everything but the time it was made and the seconds of uptime counted up to then.
    expect(onStick.slice(1, -1)).toEqual(blocks.slice(1, -1));
    expect(onStick.at(-1)?.[0]).toEqual(blocks.at(-1)?.[0]);
    for (const [orientation, viewport] of [
      ['portrait', viewports.portrait],
      ['landscape', viewports.landscape],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(200);
      await screenshot(page, `admin-statistics-saved-${orientation}`);
      await expectAccessible(page, `statistics after saving ${orientation}`);
      await expectConsoleFits(`statistics after saving ${orientation}`);
    }
  });

  it('in English: the same page, the same numbers, no scrolling', { timeout: 60_000 }, async () => {
    await page.locator('.k-admin .k-language-switch').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('#k-admin-section-title').textContent()).toBe('Usage statistics');
    const rows = await readItemTable();
    for (const run of runs) expect(rows.find((r) => r.code === run.code)?.completed, run.code).toBe(1);
    for (const [orientation, viewport] of [
      ['portrait', viewports.portrait],
      ['landscape', viewports.landscape],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(200);
      await screenshot(page, `admin-statistics-en-${orientation}`);
      await expectAccessible(page, `statistics in English ${orientation}`);
      await expectConsoleFits(`statistics in English ${orientation}`);
    }
  });

  it('usage_events holds codes and numbers only: none of the demo citizens', () => {
    const db = new SqliteDatabase(join(kiosk.dataDir, 'kiosk.db'), { readonly: true });
    try {
      const rows = db.prepare('SELECT * FROM usage_events').all() as Array<Record<string, unknown>>;
      expect(rows.length).toBeGreaterThan(ROBOT_CODES.length * 2);
      expect(personalDataIn('usage_events', JSON.stringify(rows))).toEqual([]);
      for (const row of rows) {
        expect(['item', 'package', 'media', 'device', null]).toContain(row.target_kind);
        if (row.target_code !== null) expect(String(row.target_code)).toMatch(/^[A-Za-z0-9-]{2,20}$/);
        if (row.step !== null) expect(String(row.step)).toMatch(/^[A-Za-z.]{2,60}$/);
      }
      expect(rows.filter((r) => r.kind === 'abandoned').map((r) => [r.target_code, r.step])).toEqual([
        [ABANDONED_CODE, abandonedAt],
      ]);
      expect(db.prepare('SELECT COUNT(*) AS n FROM uptime').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});
