import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface Finding {
  readonly check: string;
  readonly file: string;
  readonly line: number;
}

interface Sarif {
  runs: Array<{
    results: Array<{
      ruleId: string;
      locations?: Array<{
        physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } };
      }>;
    }>;
  }>;
}

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/**
 * Runs Electronegativity (Doyensec's checker for Electron misconfigurations) over the shell's sources, offline:
 * the Electron version is the one installed, the check that needs Electron's release list from the internet
 * is left out (the deployment guide covers keeping Electron current), and the tool's network calls fail at
 * once (offline-got.cjs).
 */
export function runElectronegativity(input = join(root, 'electron')): Finding[] {
  const tool = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const electron = (require('electron/package.json') as { version: string }).version;
  const out = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    const sarif = join(out, 'result.sarif');
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        join(root, 'scripts/security/offline-got.cjs'),
        tool,
        ...['-i', input, '-e', electron, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', sarif, '-r', '-v', 'false'],
      ],
      { cwd: root, encoding: 'utf8', timeout: 240_000 },
    );
    if (run.status !== 0) throw new Error(`electronegativity exited ${run.status}: ${run.stderr.slice(-500)}`);
    const report = JSON.parse(readFileSync(sarif, 'utf8')) as Sarif;
    return report.runs.flatMap((r) =>
      r.results.map((result) => {
        const location = result.locations?.[0]?.physicalLocation;
        const uri = location?.artifactLocation?.uri ?? '';
        return {
          check: result.ruleId,
          file: uri.startsWith('file:') ? '' : uri,
          line: location?.region?.startLine ?? 0,
        };
      }),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
