import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { type KeypadRun, runByKeypad } from './keypad/keypad-flow.js';
import { type KioskUnderTest, outputDir, startKiosk } from './support/kiosk-harness.js';

/**
 * Issue 14: a citizen with a USB keypad — keyboard events only — completes one item of each flow kind and a
 * package, in Chinese, in English and in 长辈模式, from the attract screen to the checked wipe. On every page:
 * focus on the new heading, a spoken text (data-spoken) that names the heading and every action and holds no
 * personal value, axe with no serious or critical finding, and a focus ring ≥ 3:1 against its background.
 * After the wipe: voice, volume, speed and language back to their defaults. Not keys: the card placed and
 * lifted, the phone paying, and the one signature stroke (a keypad cannot sign) — listed per run.
 *
 * KEYPAD_ONLY=GJJ-001 and KEYPAD_VARIANTS=zh run a selection; KEYPAD_SHOTS=1 photographs every page.
 */
const byKind: Readonly<Record<string, string>> = {
  print: 'GJJ-001',
  query: 'GA-004',
  certify: 'RS-003',
  pay: 'SW-004',
  book: 'MZ-001',
  apply: 'WJ-002',
  package: 'YJS-003',
};
const variants = [
  { variant: 'zh', language: 'zh-CN', senior: false },
  { variant: 'en', language: 'en', senior: false },
  { variant: 'senior', language: 'zh-CN', senior: true },
] as const;

const only = process.env.KEYPAD_ONLY?.split(',');
const onlyVariants = process.env.KEYPAD_VARIANTS?.split(',');
const cases = variants
  .filter((v) => !onlyVariants || onlyVariants.includes(v.variant))
  .flatMap((v) =>
    Object.entries(byKind)
      .filter(([, code]) => !only || only.includes(code))
      .map(([kind, code]) => ({ ...v, kind, code })),
  );

let kiosk: KioskUnderTest;
const runs: KeypadRun[] = [];

beforeAll(async () => {
  kiosk = await startKiosk({ developerMode: true });
}, 60_000);

afterAll(async () => {
  writeFileSync(resolve(outputDir, 'keypad-robot-summary.json'), JSON.stringify(runs, null, 2));
  await kiosk?.close();
});

describe('keypad robot (keyboard events only)', () => {
  it.for(cases)('$variant $kind $code', { timeout: 240_000 }, async ({ variant, language, senior, kind, code }) => {
    const run = await runByKeypad(kiosk, defaultCatalog, code, { variant, language, senior });
    runs.push(run);
    console.log(
      `[keypad ${variant}] ${kind} ${code}: ${run.completed ? 'done' : 'NOT DONE'} · ${run.presses} keys · ${run.pages.length} pages checked · ring ≥ ${run.worstRing.ratio.toFixed(2)} · not keys: ${run.otherActions.join(', ') || 'none'}${run.reason ? ` · ${run.reason}` : ''}`,
    );
    expect(run.reason ?? 'completed').toBe('completed');
  });
});
