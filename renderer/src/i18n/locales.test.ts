import { describe, expect, it } from 'vitest';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

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
    for (const text of [zhCN.app.title, zhCN.home.greeting, ...Object.values(settings)])
      expect(text).toMatch(/[\u4e00-\u9fff]/);
  });
});
