import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. KIOSK_CHROMIUM overrides the path. */
export const chromiumPath = process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
  // A fake camera (a moving test pattern) that pages may open without a permission prompt: the face and
  // document camera screens run their real getUserMedia path in tests.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium (or set KIOSK_CHROMIUM)`);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
