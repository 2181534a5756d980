import type { Page } from 'playwright-core';

/** The page's JavaScript heap in use after a full garbage collection (Chromium's DevTools protocol). */
export async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return heap.usedSize;
}
