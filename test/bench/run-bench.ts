import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { createKioskBackend } from '../../electron/backend/create-backend.js';
import { createLogger } from '../../electron/services/log/logger.js';
import { startWebHost } from '../../electron/web-host/web-host.js';
import { launchChromium } from '../support/chromium.js';
import { catalogSearchReport } from './catalog-search-bench.js';
import { initialJsGzipBytes, measurePage, median, round } from './page-metrics.js';
import { runSessionBench } from './session-bench.js';
import { runSpeechBench } from './speech-bench.js';

/**
 * `npm run bench`: prints one JSON object. Every figure of the kiosk stands beside the same figure for a
 * baseline measured in the same Chromium in the same run (a blank React page built by the same Vite), so the
 * ratio is comparable across machines. Runs each page several times and reports medians.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const viewport = { width: 1080, height: 1920 };
const root = resolve(import.meta.dirname, '../..');
const silent = createLogger({ level: 'error' });

async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-blank-'));
  await build({
    configFile: false,
    root: resolve(root, 'test/bench/blank-page'),
    base: './',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'chrome130' },
  });
  return outDir;
}

async function main() {
  const baselineDir = await buildBaseline();
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-'));
  writeFileSync(join(dataDir, 'kiosk.config.json'), '{}');

  const startedAt = performance.now();
  const backend = await createKioskBackend({ host: 'web', dataDir, version: 'bench', logger: silent });
  const host = await startWebHost({ backend, logger: silent, rendererDir: resolve(root, 'dist/renderer') });
  const backendStartMs = performance.now() - startedAt;

  const baselineBackend = await createKioskBackend({ host: 'web', dataDir, version: 'bench', logger: silent });
  const baselineHost = await startWebHost({ backend: baselineBackend, logger: silent, rendererDir: baselineDir });

  const browser = await launchChromium();
  try {
    const kioskRuns = [];
    const blankRuns = [];
    for (let i = 0; i < RUNS; i += 1) {
      // Alternate so that warm-up and background noise fall on both alike.
      blankRuns.push(await measurePage(browser, baselineHost.url, viewport));
      kioskRuns.push(await measurePage(browser, host.url, viewport));
    }
    const kioskInteractive = median(kioskRuns.map((r) => r.interactiveMs));
    const blankInteractive = median(blankRuns.map((r) => r.interactiveMs));
    const kioskHeap = median(kioskRuns.map((r) => r.heapUsedBytes));
    const blankHeap = median(blankRuns.map((r) => r.heapUsedBytes));
    const kioskJs = initialJsGzipBytes(resolve(root, 'dist/renderer'));
    const sessions = await runSessionBench(browser, host.url, Number(process.env.BENCH_SESSIONS ?? 200), {
      warn: backend.loaded.config.idle.warnAfterSeconds,
      countdown: backend.loaded.config.idle.countdownSeconds,
    });
    const blankJs = initialJsGzipBytes(baselineDir);
    const speech = await runSpeechBench(browser, resolve(root, 'dist/renderer'), silent);

    const report = {
      benchmark: 'gov-kiosk',
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, chromium: browser.version() },
      runs: RUNS,
      viewport,
      baseline: 'a blank React page built by the same Vite, served by the same web host, in the same Chromium',
      launchToInteractive: {
        unit: 'ms',
        kiosk: round(backendStartMs + kioskInteractive),
        baseline: round(blankInteractive),
        ratio: round((backendStartMs + kioskInteractive) / blankInteractive),
        kioskBackendStartMs: round(backendStartMs),
        kioskPageInteractiveMs: round(kioskInteractive),
        // The boot screen takes a tap at once; this is when the app behind it has loaded and taken over.
        kioskAppReadyMs: round(backendStartMs + median(kioskRuns.map((r) => r.appReadyMs))),
      },
      rendererHeapAfterLoad: {
        unit: 'bytes',
        kiosk: kioskHeap,
        baseline: blankHeap,
        ratio: round(kioskHeap / blankHeap),
      },
      initialJsGzip: { unit: 'bytes', kiosk: kioskJs, baseline: blankJs, ratio: round(kioskJs / blankJs) },
      tapToNextScreenPainted: sessions.tapToPaint,
      rendererHeapAfterSessions: sessions.heapAfterSessions,
      speech,
      catalogSearch: catalogSearchReport(),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await host.close();
    await baselineHost.close();
    await backend.close();
    await baselineBackend.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

await main();
