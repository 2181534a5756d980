import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/chromium.js';
import { type KioskUnderTest, startKiosk } from '../support/kiosk-harness.js';

/**
 * Several kiosks (each its own backend, simulated devices and embedded platform) sharing one browser, so
 * robot citizens can queue at more than one machine: a run takes a free kiosk and gives it back. Each kiosk
 * still serves one citizen at a time, as a real one does.
 */
export class KioskPool {
  private readonly free: KioskUnderTest[] = [];
  private readonly waiting: Array<(kiosk: KioskUnderTest) => void> = [];
  private readonly all: KioskUnderTest[] = [];

  private constructor(private readonly browser: Browser) {}

  static async start(size: number, config: Record<string, unknown>): Promise<KioskPool> {
    const pool = new KioskPool(await launchChromium());
    for (let i = 0; i < size; i += 1) {
      const kiosk = await startKiosk(config, { browser: pool.browser });
      pool.all.push(kiosk);
      pool.free.push(kiosk);
    }
    return pool;
  }

  async use<T>(work: (kiosk: KioskUnderTest) => Promise<T>): Promise<T> {
    const kiosk = this.free.pop() ?? (await new Promise<KioskUnderTest>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(kiosk);
    } finally {
      const next = this.waiting.shift();
      if (next) next(kiosk);
      else this.free.push(kiosk);
    }
  }

  /** Each kiosk's data folder (its kiosk.db, platform.db, logs and documents). */
  dataDirs(): string[] {
    return this.all.map((kiosk) => kiosk.dataDir);
  }

  async close(): Promise<void> {
    for (const kiosk of this.all) await kiosk.close();
    await this.browser.close();
  }
}
