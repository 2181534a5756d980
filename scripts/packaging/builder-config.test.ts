import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The packaging configuration, checked without building (building needs the Electron binary, which this
 * machine cannot download): it is valid for electron-builder's own schema and keeps the kiosk's hardening.
 */
const root = resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = createRequire(import.meta.url)('app-builder-lib/scheme.json') as object;

describe('electron-builder.yml', () => {
  it("is valid for electron-builder's schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS or inspector, only its own integrity-checked asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('packs the built app only: no sources, tests or developer data', () => {
    const files = config.files as string[];
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/renderer/**']),
    );
    for (const f of files.filter((p) => !p.startsWith('!')))
      expect(f).not.toMatch(/^(electron|renderer|shared|server|test|scripts)\//);
  });

  it('builds the same Electron the project depends on', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies.electron?.replace(/^[\^~]/, '')).toBe(config.electronVersion);
  });
});
