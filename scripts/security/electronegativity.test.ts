import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runElectronegativity } from './electronegativity.js';

interface Accepted {
  accepted: Array<{ check: string; file: string; reason: string }>;
}

const accepted = (
  JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-accepted.json'), 'utf8')) as Accepted
).accepted;
const key = (f: { check: string; file: string }) => `${f.check} ${f.file}`;

describe('Electronegativity on the Electron shell', () => {
  it('finds nothing that is not reviewed and documented, and every documented finding still occurs', () => {
    const findings = runElectronegativity();
    const known = new Set(accepted.map(key));
    const unexplained = findings.filter((f) => !known.has(key(f))).map((f) => `${key(f)}:${f.line}`);
    expect(unexplained).toEqual([]);
    const seen = new Set(findings.map(key));
    expect(accepted.filter((a) => !seen.has(key(a))).map(key)).toEqual([]);
    for (const a of accepted) expect(a.reason.length, key(a)).toBeGreaterThan(40);
  }, 300_000);

  it('does flag a window that turns Node on in the page (so a clean run means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'electronegativity-bad-'));
    try {
      writeFileSync(
        join(dir, 'window.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
      );
      const checks = runElectronegativity(dir).map((f) => f.check);
      expect(checks).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
