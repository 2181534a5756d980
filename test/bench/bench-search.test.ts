import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../shared/catalog/search/build-index.js';
import { searchIndex } from '../../shared/catalog/search/query.js';
import { benchCatalogSearch, generateCatalog } from './bench-search.js';

describe('bench helpers', () => {
  it('generates a valid-looking large catalog whose index answers queries', () => {
    const big = generateCatalog(300);
    expect(big.items).toHaveLength(300);
    expect(new Set(big.items.map((i) => i.code)).size).toBe(300);
    const bigIndex = buildSearchIndex(big);
    expect(searchIndex(bigIndex, 'shipin', { limit: 5 }).length).toBeGreaterThan(0);
  });

  it('benchCatalogSearch reports medians and p95 (numbers only, no timing assertion)', () => {
    const result = benchCatalogSearch({ items: 500, rounds: 2 });
    for (const value of [
      result.queryMs59.median,
      result.queryMs59.p95,
      result.queryMs5000.median,
      result.queryMs5000.p95,
      result.indexBuildMs5000,
    ]) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
  });
});
