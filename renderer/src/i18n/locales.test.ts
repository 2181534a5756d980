import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.js';
import { adminTexts } from '../admin/texts.js';

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

/** Full-width punctuation, which English text set in a Latin font shows as wide gaps. */
const FULL_WIDTH_PUNCTUATION = /[：，。；（）！？、]/;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('have the same keys and no empty strings', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    for (const key of keys(en)) {
      const get = (obj: unknown) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
      expect(String(get(en)).trim(), `en ${key}`).not.toBe('');
      expect(String(get(zhCN)).trim(), `zh-CN ${key}`).not.toBe('');
    }
  });
  it('Chinese texts contain Chinese', () => {
    const { switchToEnglish: _ignored, ...settings } = zhCN.settings;
    for (const text of [zhCN.app.title, zhCN.home.greeting, ...strings(settings).map(([, t]) => t)])
      expect(text).toMatch(/[\u4e00-\u9fff]/);
  });
  it('English texts (citizen, console, catalog) carry no full-width punctuation', () => {
    const english = [
      ...strings(en),
      ...strings(adminTexts.en, 'console'),
      ...strings(defaultCatalog).filter(([path]) => path.endsWith('.en')),
    ];
    // A text written in Chinese on purpose (the attract screen's bilingual call, the 中文 switch) may use it.
    const found = english.filter(([, text]) => !/[\u4e00-\u9fff]/.test(text) && FULL_WIDTH_PUNCTUATION.test(text));
    expect(found).toEqual([]);
  });
  it('the query code has one name in Chinese, the one printed on the receipt (查询验证码)', () => {
    const found = strings(zhCN).filter(([, text]) => /查询码/.test(text));
    expect(found).toEqual([]);
  });
  it('screens do not glue Chinese punctuation (colon, brackets, list comma) to a text of either language (common.labelled, withNote, listSeparator do it per language)', () => {
    const root = join(import.meta.dirname, '..');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !f.includes('.test.') && !f.includes('locales'),
    );
    // Dictionaries (*-texts.ts) and a Chinese entry of a per-language pair ('zh-CN': …) are Chinese on purpose.
    const glued = sources
      .filter((f) => !f.endsWith('-texts.ts'))
      .flatMap((f) =>
        readFileSync(join(root, f), 'utf8')
          .split('\n')
          .filter((line) => /\}：|：\$\{|：\{|（\$\{|\}）|join\('、'\)/.test(line) && !/^\s*('zh-CN'|zh):/.test(line))
          .map((line) => `${f}: ${line.trim()}`),
      );
    expect(glued).toEqual([]);
  });
});
