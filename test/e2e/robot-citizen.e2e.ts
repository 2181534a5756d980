import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { Inspector } from './robot/inspection.js';
import type { RunRecord } from './robot/report.js';
import { writeSummary } from './robot/report.js';
import { type RobotEnvironment, runCitizen } from './robot/run-flow.js';
import { type KioskUnderTest, outputDir, startKiosk, viewports } from './support/kiosk-harness.js';

const only = process.env.ROBOT_ONLY?.split(',').filter(Boolean);
const codes = [...defaultCatalog.items.map((i) => i.code), ...defaultCatalog.packages.map((p) => p.code)].filter((c) => !only || only.includes(c));

describe('robot citizen: every item and package end to end at 1080×1920', () => {
  let kiosk: KioskUnderTest;
  let env: RobotEnvironment;
  const runs: RunRecord[] = [];
  const started = performance.now();

  beforeAll(async () => {
    // Developer mode: the embedded platform's demo payer pays at once (payment.simulate) instead of after 20 s.
    kiosk = await startKiosk({ developerMode: true });
    env = { kiosk, catalog: defaultCatalog, inspector: new Inspector({ axeVariants: ['zh-portrait'], screenshotVariants: ['zh-portrait'] }), coverage: new Set() };
  });

  afterAll(async () => {
    if (env) {
      writeSummary(resolve(outputDir, 'robot-summary.json'), runs, { wallSeconds: Math.round((performance.now() - started) / 1000) });
      env.inspector.writeReport(resolve(outputDir, 'axe-report.json'));
    }
    await kiosk?.close();
  });

  it.each(codes)('%s', async (code) => {
    const run = await runCitizen(env, code, { variant: 'zh-portrait', viewport: viewports.portrait });
    runs.push(run);
    console.log(`${code}: ${run.completed ? 'done' : 'NOT DONE'} · ${run.taps} taps · ${run.seconds} s${run.reason ? ` · ${run.reason}` : ''}`);
    expect(run.reason ?? 'completed').toBe('completed');
  }, 120_000);
});
