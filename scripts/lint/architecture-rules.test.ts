import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The architecture rules of .dependency-cruiser.cjs, run over a small tree laid out like the project with
 * one deliberately wrong import per rule (and one right one), so a rule that stops matching fails here.
 */
const config = createRequire(import.meta.url)(
  resolve(import.meta.dirname, '../../.dependency-cruiser.cjs'),
) as IConfiguration;

const files: Record<string, string> = {
  'shared/ok.ts': `export const ok = 1;\n`,
  'shared/bad-up.ts': `import { x } from '../electron/services/log/logger';\nexport const y = x;\n`,
  'shared/bad-node.ts': `import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n`,
  'electron/services/log/logger.ts': `import { ok } from '../../../shared/ok';\nexport const x = ok;\n`,
  'electron/services/store/store.ts': `export const store = 1;\n`,
  'electron/devices/good.ts': `import { x } from '../services/log/logger';\nexport const g = x;\n`,
  'electron/devices/bad.ts': `import { store } from '../services/store/store';\nexport const b = store;\n`,
  'renderer/src/app/Shell.tsx': `export const Shell = 1;\n`,
  'renderer/src/context/ctx.ts': `export const ctx = 1;\n`,
  'renderer/src/screens/Good.tsx': `import { ctx } from '../context/ctx';\nexport const G = ctx;\n`,
  'renderer/src/screens/Bad.tsx': `import { Shell } from '../app/Shell';\nexport const B = Shell;\n`,
  'renderer/src/dev-panel/Dock.tsx': `export const Dock = 1;\n`,
  'renderer/src/app/Lazy.tsx': `export const load = () => import('../dev-panel/Dock');\n`,
  'renderer/src/app/Eager.tsx': `import { Dock } from '../dev-panel/Dock';\nexport const E = Dock;\n`,
  'renderer/src/admin/Console.tsx': `export const Console = 1;\n`,
  'renderer/src/admin/texts.ts': `export const adminTexts = 1;\n`,
  'renderer/src/app/ConsoleLazy.tsx': `import { adminTexts } from '../admin/texts';\nexport const load = () => import('../admin/Console');\nexport const t = adminTexts;\n`,
  'renderer/src/app/ConsoleEager.tsx': `import { Console } from '../admin/Console';\nexport const C = Console;\n`,
  // A cycle of running code is refused; one closed by a type-only import (a schema and its checks) is not.
  'shared/loop-a.ts': `import { b } from './loop-b';\nexport const a = () => b;\n`,
  'shared/loop-b.ts': `import { a } from './loop-a';\nexport const b = () => a;\n`,
  'shared/schema-like.ts': `import { check } from './checks-like';\nexport type Shape = { id: string };\nexport const refine = check;\n`,
  'shared/checks-like.ts': `import type { Shape } from './schema-like';\nexport const check = (s: Shape) => s.id.length > 0;\n`,
};

describe('architecture rules', () => {
  let root: string;
  let result: ICruiseResult;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'layers-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const options = {
      ...config.options,
      baseDir: root,
      validate: true,
      ruleSet: { forbidden: config.forbidden ?? [] },
    };
    delete (options as { tsConfig?: unknown }).tsConfig;
    const cruised = await cruise(['shared', 'electron', 'renderer'], options);
    result = cruised.output as ICruiseResult;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const violations = () => result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

  it('fails each deliberately wrong import with the rule that forbids it, and only those', () => {
    expect(violations()).toEqual(
      [
        'devices-only-log-from-services: electron/devices/bad.ts → electron/services/store/store.ts',
        'console-loaded-lazily: renderer/src/app/ConsoleEager.tsx → renderer/src/admin/Console.tsx',
        'dev-panel-loaded-lazily: renderer/src/app/Eager.tsx → renderer/src/dev-panel/Dock.tsx',
        'developer-code-from-developer-entries: renderer/src/app/Eager.tsx → renderer/src/dev-panel/Dock.tsx',
        'no-circular: shared/loop-a.ts → shared/loop-b.ts',
        'screens-below-the-shell: renderer/src/screens/Bad.tsx → renderer/src/app/Shell.tsx',
        'shared-no-host-modules: shared/bad-node.ts → fs',
        'shared-stands-alone: shared/bad-up.ts → electron/services/log/logger.ts',
      ].sort(),
    );
  });
});
