import type { Page } from 'playwright-core';
import type { DemoCitizen } from '../../../shared/demo/demo-citizens.js';
import { maskIdNumber, maskName } from '../../../shared/validation/id-number.js';

export interface WipeCheck {
  readonly ok: boolean;
  /** What was left, as categories only ("name in page text", "localStorage not empty"), never the values. */
  readonly leftovers: readonly string[];
}

/**
 * After the session ends: the attract screen is back, and nothing of the citizen remains in the page text or
 * in storage — not the name or ID number, masked or not, nor anything the robot typed for other people.
 */
export async function checkWipe(page: Page, citizen: DemoCitizen, typed: ReadonlySet<string>): Promise<WipeCheck> {
  const leftovers: string[] = [];
  try {
    await page.locator('.k-app[data-session="idle"] [data-screen="attract"]').waitFor({ timeout: 20_000 });
  } catch {
    return { ok: false, leftovers: ['the attract screen did not come back'] };
  }
  const seen = await page.evaluate(async () => {
    const storage = (s: Storage) => {
      const out: string[] = [];
      for (let i = 0; i < s.length; i += 1) {
        const key = s.key(i) ?? '';
        out.push(key, s.getItem(key) ?? '');
      }
      return out;
    };
    return {
      text: document.body.innerText,
      html: document.body.innerHTML,
      local: storage(localStorage),
      session: storage(sessionStorage),
      caches: typeof caches === 'undefined' ? 0 : (await caches.keys()).length,
      lang: document.documentElement.lang,
      senior: document.documentElement.dataset.senior,
      contrast: document.documentElement.dataset.contrast,
    };
  });
  const secrets: Array<[string, string]> = [
    ['name', citizen.name],
    ['masked name', maskName(citizen.name)],
    ['ID number', citizen.idNumber],
    ['masked ID number', maskIdNumber(citizen.idNumber)],
    ['address', citizen.address],
    ...[...typed].map((v): [string, string] => ['a typed value', v]),
  ];
  for (const [what, value] of secrets) {
    if (seen.text.includes(value)) leftovers.push(`${what} in the page text`);
    else if (seen.html.includes(value)) leftovers.push(`${what} in the page markup`);
    if ([...seen.local, ...seen.session].some((s) => s.includes(value))) leftovers.push(`${what} in storage`);
  }
  if (seen.local.length > 0) leftovers.push('localStorage not empty');
  if (seen.session.length > 0) leftovers.push('sessionStorage not empty');
  if (seen.caches > 0) leftovers.push('Cache Storage not empty');
  // The next citizen starts with the defaults (ARCHITECTURE.md, 'Sessions and wiping'): Chinese, no 长辈模式,
  // normal contrast.
  if (seen.lang !== 'zh-CN') leftovers.push('language not back to Chinese');
  if (seen.senior === 'true') leftovers.push('长辈模式 still on');
  if (seen.contrast !== undefined && seen.contrast !== 'light') leftovers.push('contrast not back to the default');
  return { ok: leftovers.length === 0, leftovers: [...new Set(leftovers)] };
}
