import { describe, expect, it } from 'vitest';
import { adminTexts } from './texts.js';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('console texts', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(keys(adminTexts.en).sort()).toEqual(keys(adminTexts['zh-CN']).sort());
    for (const key of keys(adminTexts.en)) {
      const get = (obj: unknown) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
      expect(String(get(adminTexts.en)).trim(), `en ${key}`).not.toBe('');
      expect(String(get(adminTexts['zh-CN'])).trim(), `zh-CN ${key}`).not.toBe('');
    }
  });
});
