import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalogSource } from '../shared/catalog/default-catalog-source.js';
import { type CliIo, runCatalogCli } from './catalog-cli.js';

const files = new Map<string, string>();
function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (path) => {
      const content = files.get(path);
      if (content === undefined) throw new Error('ENOENT');
      return content;
    },
  };
  return { code: runCatalogCli(args, io), out, err };
}

// biome-ignore lint/suspicious/noExplicitAny: a JSON copy to break
const fresh = (): any => JSON.parse(JSON.stringify(defaultCatalogSource));

describe('npm run catalog', () => {
  it('prints the validated bundled catalog as JSON', () => {
    const { code, out } = run([]);
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed.items).toHaveLength(59);
    expect(printed.packages.length).toBeGreaterThanOrEqual(5);
    // Defaults are applied: every field says whether it is optional.
    expect(printed.items[0].fields.every((f: { optional?: boolean }) => typeof f.optional === 'boolean')).toBe(true);
  });

  it('--check accepts a valid file, including its own output', () => {
    files.set('printed.json', run([]).out);
    expect(run(['--check', 'printed.json'])).toMatchObject({ code: 0, out: '' });
    files.set('source.json', JSON.stringify(defaultCatalogSource));
    const { code, err } = run(['--check', 'source.json']);
    expect(code).toBe(0);
    expect(err).toContain('valid — 59 items, 5 packages');
  });

  it('--check prints one line per problem naming the item code and the field, and exits 1', () => {
    const c = fresh();
    const food = c.items.find((i: { code: string }) => i.code === 'SC-005');
    food.fields.find((f: { id: string }) => f.id === 'floorArea').type = 'area';
    delete food.summary.en;
    c.items.find((i: { code: string }) => i.code === 'RS-002').code = 'RS-001';
    files.set('broken.json', JSON.stringify(c));
    const { code, out } = run(['--check', 'broken.json']);
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([
      'SC-005 summary.en: missing translation (en)',
      'SC-005 fields[floorArea].type: bad field type: must be one of text, name, idNumber, phone, date, choice, address, amount, number, creditCode, account',
      'RS-001 code: duplicate code "RS-001": another item has it',
    ]);
  });

  it('--check on a file that is not JSON or missing exits 1 with one line', () => {
    files.set('bad.json', '{ "items": [');
    expect(run(['--check', 'bad.json'])).toMatchObject({
      code: 1,
      out: expect.stringMatching(/^catalog: bad\.json not valid JSON/),
    });
    expect(run(['--check', 'missing.json'])).toMatchObject({ code: 1, out: 'catalog: missing.json cannot be read\n' });
    expect(run(['--check'])).toMatchObject({ code: 2 });
    expect(run(['--frobnicate'])).toMatchObject({ code: 2 });
  });

  describe('as a process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-cli-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 1 and prints the problems', async () => {
      const c = fresh();
      c.items[0].department = 'ministryOfMagic';
      const file = join(dir, 'broken.json');
      writeFileSync(file, JSON.stringify(c));
      const result = await promisify(execFile)(process.execPath, [
        '--import',
        'tsx',
        'scripts/catalog.ts',
        '--check',
        file,
      ]).then(
        () => ({ code: 0, stdout: '' }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('RS-001 department: unknown department "ministryOfMagic"\n');
    });
  });
});
