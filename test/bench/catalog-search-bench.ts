import { performance } from 'node:perf_hooks';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { benchCatalogSearch, benchQueries } from './bench-search.js';
import { median, percentile, round } from './page-metrics.js';

/**
 * Catalog search figures (issue 3 targets: < 5 ms per query for 59 items, < 50 ms for 5,000) beside a
 * baseline measured in the same run: a plain substring scan over the same 59 names, the least a search can do.
 */
export function catalogSearchReport() {
  const search = benchCatalogSearch();
  const names = defaultCatalog.items.map((i) => [i.name['zh-CN'], i.name.en.toLowerCase()] as const);
  const times: number[] = [];
  let found = 0;
  for (let round_ = 0; round_ < 20; round_ += 1) {
    for (const query of benchQueries) {
      const q = query.toLowerCase();
      const start = performance.now();
      found += names.filter(([zh, en]) => zh.includes(q) || en.includes(q)).length;
      times.push(performance.now() - start);
    }
  }
  const baselineMedian = median(times);
  return {
    unit: 'ms per query',
    queries: benchQueries.length,
    kiosk59: { median: round(search.queryMs59.median, 3), p95: round(search.queryMs59.p95, 3) },
    kiosk5000: { median: round(search.queryMs5000.median, 3), p95: round(search.queryMs5000.p95, 3) },
    indexBuildMs5000: round(search.indexBuildMs5000, 1),
    baselineSubstringScan59: { median: round(baselineMedian, 4), p95: round(percentile(times, 95), 4), matches: found },
    ratio59: round(search.queryMs59.median / Math.max(baselineMedian, 1e-6), 1),
    targetsMet: search.queryMs59.p95 < 5 && search.queryMs5000.p95 < 50,
  };
}
