import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createKioskBackend } from '../../electron/backend/create-backend.js';
import type { Logger } from '../../electron/services/log/logger.js';
import { startWebHost } from '../../electron/web-host/web-host.js';
import { runBuildClips } from '../../scripts/voice/build-clips-cli.js';
import { median, percentile, round } from './page-metrics.js';

/**
 * Time from a page change to the start of its audio (issue 14), in the kiosk as deployed on Linux: espeak-ng
 * with the clip pack `npm run voice:build` makes (the simulator where espeak-ng is missing, and the report says
 * so). A page's spoken text names its heading, choices and actions, so it is synthesized live the first time;
 * fixed texts (the keypad's help) come from the pack. Baseline: the same Chromium starting an audio element on
 * an already-decoded WAV, the floor any page-to-audio path stands on.
 */
const PROBE = `
(() => {
  const changes = [];
  let last = '';
  new MutationObserver(() => {
    const main = document.querySelector('main[data-screen]');
    const now = main ? main.getAttribute('data-screen') + ':' + document.documentElement.lang : '';
    if (now && now !== last) { last = now; changes.push({ screen: now, at: Date.now() }); }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-screen', 'lang'] });
  Object.defineProperty(window, '__pageChanges', { value: changes });
})();`;

/** A 100 ms WAV made in the page, decoded, then timed from play() to playing (a string: run as written). */
const BASELINE_AUDIO_START = `
(async () => {
  const rate = 8000;
  const samples = new Int16Array(rate / 10).map((_, i) => Math.round(Math.sin(i / 4) * 8000));
  const header = new ArrayBuffer(44);
  const v = new DataView(header);
  const put = (o, s) => { for (let i = 0; i < s.length; i += 1) v.setUint8(o + i, s.charCodeAt(i)); };
  put(0, 'RIFF'); v.setUint32(4, 36 + samples.byteLength, true); put(8, 'WAVEfmt ');
  v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true); v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true); v.setUint16(32, 2, true); v.setUint16(34, 16, true);
  put(36, 'data'); v.setUint32(40, samples.byteLength, true);
  const url = URL.createObjectURL(new Blob([header, samples.buffer], { type: 'audio/wav' }));
  const audio = new Audio();
  audio.volume = 0;
  const started = performance.now();
  audio.src = url;
  await audio.play();
  const ms = performance.now() - started;
  audio.pause();
  URL.revokeObjectURL(url);
  return ms;
})()`;

interface Figures {
  readonly count: number;
  readonly median: number;
  readonly p95: number;
}

export interface SpeechBench {
  readonly unit: 'ms';
  readonly driver: string;
  /** Page change → its spoken text starts playing, synthesized live (first visit of the page in that language). */
  readonly pageChangeToLiveAudio: Figures;
  /** The same page again (the live audio is cached in main). */
  readonly pageChangeToCachedAudio: Figures;
  /** The help key → its fixed text starts playing, from the clip pack. */
  readonly keyToClipAudio: Figures;
  readonly baselineAudioStart: Figures;
}

const figures = (values: readonly number[]): Figures => ({
  count: values.length,
  median: round(median(values)),
  p95: round(percentile(values, 95)),
});

function speechLog(page: Page) {
  return page.evaluate(
    () =>
      (window as unknown as { __kioskSpeechLog?: Array<{ text: string; clip: string | null; startedAt: number }> })
        .__kioskSpeechLog ?? [],
  );
}

/** The first audio that started after `at`, waited for. */
async function audioAfter(page: Page, at: number): Promise<{ startedAt: number; clip: string | null }> {
  for (let i = 0; i < 200; i += 1) {
    const entry = (await speechLog(page)).find((e) => e.startedAt >= at);
    if (entry) return entry;
    await page.waitForTimeout(25);
  }
  throw new Error('no audio started');
}

async function lastChange(page: Page): Promise<number> {
  return page.evaluate(() => {
    const changes = (window as unknown as { __pageChanges: Array<{ at: number }> }).__pageChanges;
    return changes.at(-1)?.at ?? 0;
  });
}

export async function runSpeechBench(
  browser: Browser,
  rendererDir: string,
  logger: Logger,
  rounds = 5,
): Promise<SpeechBench> {
  let driver = 'espeak-ng';
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
  } catch {
    driver = 'simulator';
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-speech-bench-'));
  const quiet = { out: () => undefined, err: () => undefined };
  if ((await runBuildClips(['--out', join(dataDir, 'voice'), '--driver', driver], quiet)) !== 0)
    throw new Error('voice:build failed');
  writeFileSync(join(dataDir, 'kiosk.config.json'), JSON.stringify({ developerMode: true, voice: { driver } }));
  const backend = await createKioskBackend({ host: 'web', dataDir, version: 'bench', logger });
  const host = await startWebHost({ backend, logger, rendererDir });
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 1 });
  const live: number[] = [];
  const cached: number[] = [];
  const clip: number[] = [];
  const baseline: number[] = [];
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(host.url);
    await page
      .locator('[data-screen="attract"]')
      .waitFor()
      .catch(async (e: unknown) => {
        throw new Error(`${String(e)}\n${(await page.locator('body').innerText()).slice(0, 300)}`);
      });
    const seen = new Set<string>();
    const measurePageChange = async (act: () => Promise<void>, screen: string) => {
      await act();
      await page.locator(`main[data-screen="${screen}"]`).waitFor();
      const changedAt = await lastChange(page);
      const key = `${screen}:${await page.evaluate(() => document.documentElement.lang)}`;
      const audio = await audioAfter(page, changedAt);
      (seen.has(key) ? cached : live).push(audio.startedAt - changedAt);
      seen.add(key);
    };
    // Keys only from here: Enter reaches the attract screen's button, Enter again starts the session, and the
    // first key turned the voice on (EZ-Access).
    await page.keyboard.press('Enter');
    await measurePageChange(() => page.keyboard.press('Enter'), 'home');
    for (let round = 0; round < rounds; round += 1) {
      for (const language of ['zh-CN', 'en']) {
        await measurePageChange(() => page.locator('[data-action="search"]').click(), 'search');
        await measurePageChange(() => page.locator('[data-action="home"]:visible').first().click(), 'home');
        const before = Date.now();
        await page.keyboard.press('h');
        const help = await audioAfter(page, before);
        if (help.clip) clip.push(help.startedAt - before);
        await page.waitForTimeout(100);
        // L switches the language: the same pages, other texts.
        if (language === 'zh-CN') await measurePageChange(() => page.keyboard.press('l'), 'home');
      }
      await measurePageChange(() => page.keyboard.press('l'), 'home');
      baseline.push(Number(await page.evaluate(BASELINE_AUDIO_START)));
    }
  } finally {
    await context.close();
    await host.close();
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    unit: 'ms',
    driver,
    pageChangeToLiveAudio: figures(live),
    pageChangeToCachedAudio: figures(cached),
    keyToClipAudio: figures(clip),
    baselineAudioStart: figures(baseline),
  };
}
