import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageMetrics {
  /** Navigation start to the page's 'kiosk-interactive' mark (first screen rendered and tappable). */
  readonly interactiveMs: number;
  /** Navigation start to 'kiosk-app-ready' (the app has replaced the boot screen); NaN where there is none. */
  readonly appReadyMs: number;
  /** JS heap in use after load and a forced garbage collection. */
  readonly heapUsedBytes: number;
}

/** Loads a page in a fresh context and reads its own timing mark and its heap through the DevTools protocol. */
export async function measurePage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<PageMetrics> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('kiosk-interactive').length > 0, undefined, {
      timeout: 30_000,
    });
    const interactiveMs = await page.evaluate(
      () => performance.getEntriesByName('kiosk-interactive')[0]?.startTime ?? Number.NaN,
    );
    const appReadyMs = await page
      .waitForFunction(() => performance.getEntriesByName('kiosk-app-ready').length > 0, undefined, { timeout: 2_000 })
      .then(() => page.evaluate(() => performance.getEntriesByName('kiosk-app-ready')[0]?.startTime ?? Number.NaN))
      .catch(() => Number.NaN);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { interactiveMs, appReadyMs, heapUsedBytes: heap.usedSize };
  } finally {
    await context.close();
  }
}

/** Sum of the gzip sizes of the scripts a built index.html loads at start. */
export function initialJsGzipBytes(builtDir: string): number {
  const html = readFileSync(join(builtDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(builtDir, file)), { level: 9 }).length, 0);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
