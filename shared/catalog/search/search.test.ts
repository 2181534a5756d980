import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../default-catalog.js';
import { browseCatalog, forAudience, forLifeEvent, itemsByDepartment } from './browse.js';
import { buildSearchIndex } from './build-index.js';
import { pinyinQuality, searchIndex } from './query.js';

const index = buildSearchIndex(defaultCatalog);
const codes = (query: string, limit = 5) => searchIndex(index, query, { limit }).map((h) => h.code);
const top = (query: string) => codes(query, 1)[0];
const FOOD_SHOP = 'SC-005';

describe('catalog search', () => {
  it('finds 食品小经营店备案 by pinyin initials, full pinyin and a mix', () => {
    expect(top('spbz')).toBe(FOOD_SHOP); // 食品办证, a keyword
    expect(top('shipin')).toBe(FOOD_SHOP);
    expect(top('spxjyd')).toBe(FOOD_SHOP);
    expect(top('shipinxiaojingyingdianbeian')).toBe(FOOD_SHOP);
    expect(top('shipxjy')).toBe(FOOD_SHOP);
    expect(top('SPXJYDBA')).toBe(FOOD_SHOP);
  });

  it('is tolerant of tone marks, tone numbers, spaces and ü', () => {
    expect(top('shí pǐn')).toBe(FOOD_SHOP);
    expect(top('shi2 pin3')).toBe(FOOD_SHOP);
    expect(top('shi pin bei an')).toBe(FOOD_SHOP);
    expect(codes('lü you', 10)).toEqual(codes('lv you', 10));
  });

  it('accepts fuzzy pinyin (flat/retroflex, front/back nasals) as a weaker match', () => {
    const hits = searchIndex(index, 'sipin', { limit: 3 });
    expect(hits[0]).toMatchObject({ code: FOOD_SHOP, match: 'fuzzyPinyin' });
    expect(hits[0]?.score).toBeLessThan(searchIndex(index, 'shipin', { limit: 1 })[0]?.score ?? 0);
  });

  it('finds by Chinese name, part of a name and keyword', () => {
    expect(top('食品小经营店备案')).toBe(FOOD_SHOP);
    expect(top('小经营店')).toBe(FOOD_SHOP);
    expect(top('社保证明')).toBe('RS-001'); // keyword
    expect(top('失业登记')).toBe('RS-005');
    expect(codes('公积金', 10)).toEqual(expect.arrayContaining(['GJJ-001', 'GJJ-002', 'GJJ-003', 'GJJ-004']));
  });

  it('finds by English name and keyword, word prefixes included', () => {
    expect(top('food shop')).toBe(FOOD_SHOP);
    expect(top('small food')).toBe(FOOD_SHOP);
    expect(codes('social security card', 3)).toEqual(expect.arrayContaining(['RS-007', 'RS-008']));
    expect(top('pension')).toBe('RS-003');
    expect(top('unemploy')).toBe('RS-005');
  });

  it('ranks a name match above a keyword or summary match', () => {
    const hits = searchIndex(index, '养老', { limit: 10 });
    const roles = hits.map((h) => h.role);
    expect(roles[0]).toBe('name');
    const firstNonName = roles.findIndex((r) => r !== 'name');
    if (firstNonName >= 0) expect(roles.slice(firstNonName).every((r) => r !== 'name')).toBe(true);
    for (let i = 1; i < hits.length; i += 1) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('finds packages, codes, and nothing for nonsense', () => {
    expect(top('开餐饮店')).toBe('YJS-001');
    expect(codes('一件事', 10)).toEqual(
      expect.arrayContaining(['YJS-001', 'YJS-002', 'YJS-003', 'YJS-004', 'YJS-005']),
    );
    expect(top('sc-005')).toBe(FOOD_SHOP);
    expect(codes('qqqxxzz')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(searchIndex(index, '一件事', { kinds: ['item'] }).every((h) => h.kind === 'item')).toBe(true);
  });

  it('matches pinyin only at syllable boundaries', () => {
    expect(pinyinQuality(['shi', 'pin'], 'hipin')).toBe(0);
    expect(pinyinQuality(['shi', 'pin'], 'pin')).toBeGreaterThan(0);
    expect(pinyinQuality(['xi', 'an'], 'xian')).toBe(1);
    expect(pinyinQuality(['xian'], 'xa')).toBe(0);
  });

  it('the index is plain data that survives JSON', () => {
    const copy = JSON.parse(JSON.stringify(index));
    expect(searchIndex(copy, 'spbz', { limit: 1 })[0]?.code).toBe(FOOD_SHOP);
  });
});

describe('browse', () => {
  it('by department, in catalog order', () => {
    const groups = itemsByDepartment(defaultCatalog);
    expect(groups).toHaveLength(16);
    expect(groups[0]?.department.id).toBe('humanResources');
    expect(groups[0]?.items.map((i) => i.code)).toEqual([
      'RS-001',
      'RS-002',
      'RS-003',
      'RS-004',
      'RS-005',
      'RS-006',
      'RS-007',
      'RS-008',
    ]);
  });

  it('by life event and audience', () => {
    const death = forLifeEvent(defaultCatalog, 'death');
    expect(death.packages.map((p) => p.code)).toEqual(['YJS-005']);
    expect(death.items.map((i) => i.code)).toEqual(expect.arrayContaining(['RS-007', 'MZ-005']));
    const business = forAudience(defaultCatalog, 'business');
    expect(business.items.every((i) => i.audience !== 'citizen')).toBe(true);
    expect(business.items.map((i) => i.code)).toContain(FOOD_SHOP);
    expect(browseCatalog(defaultCatalog, { by: 'department', department: 'marketRegulation' }).packages).toEqual([
      'YJS-001',
      'YJS-002',
    ]);
  });
});
