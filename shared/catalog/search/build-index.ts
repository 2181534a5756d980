import { pinyin } from 'pinyin-pro';
import type { Catalog, LocalizedText } from '../schema.js';
import {
  englishWords,
  foldPinyin,
  type IndexedEntry,
  type IndexedText,
  letterMaskOf,
  normalizeChinese,
  type PinyinForm,
  pinyinForm,
  type SearchIndex,
  type TextRole,
} from './search-index.js';

/**
 * Builds the search index of a catalog: Chinese names and keywords with their tone-less pinyin (full
 * syllables; initials and mixed forms are matched from these at query time), English names and keywords,
 * department names and summaries. pinyin-pro is used here only, never per query.
 */
export function buildSearchIndex(
  catalog: Pick<Catalog, 'version' | 'items' | 'packages' | 'departments'>,
): SearchIndex {
  const departmentNames = new Map(catalog.departments.map((d) => [d.id, d.shortName]));
  const entries: IndexedEntry[] = [];
  for (const item of catalog.items) {
    entries.push(
      entry('item', item.code, item.department, item.flow, item.audience, item.lifeEvents, [
        text('name', item.name),
        ...keywordTexts(item.keywords),
        ...optional('department', departmentNames.get(item.department)),
        text('summary', item.summary),
      ]),
    );
  }
  for (const pkg of catalog.packages) {
    entries.push(
      entry('package', pkg.code, pkg.leadDepartment, 'package', pkg.audience, pkg.lifeEvents, [
        text('name', pkg.name),
        ...keywordTexts(pkg.keywords),
        text('keyword', { 'zh-CN': '一件事', en: 'one thing package' }),
        text('summary', pkg.summary),
      ]),
    );
  }
  return { catalogVersion: catalog.version, entries };
}

function entry(
  kind: IndexedEntry['kind'],
  code: string,
  department: string,
  flow: IndexedEntry['flow'],
  audience: IndexedEntry['audience'],
  lifeEvents: IndexedEntry['lifeEvents'],
  texts: IndexedText[],
): IndexedEntry {
  const letters = texts.map((t) => t.pinyin?.joined ?? '').join('');
  const allWords = texts.flatMap((t) => t.words.map((w) => ` ${w}`)).join('');
  const allZh = texts
    .map((t) => t.zh)
    .filter(Boolean)
    .join('|');
  return {
    kind,
    code,
    department,
    flow,
    audience,
    lifeEvents,
    texts,
    letterMask: letterMaskOf(letters),
    allWords,
    allZh,
  };
}

function optional(role: TextRole, value: LocalizedText | undefined): IndexedText[] {
  return value ? [text(role, value)] : [];
}

function keywordTexts(keywords: { 'zh-CN': readonly string[]; en: readonly string[] }): IndexedText[] {
  return [...keywords['zh-CN'].map((k) => chinese('keyword', k)), ...keywords.en.map((k) => english('keyword', k))];
}

function text(role: TextRole, value: LocalizedText): IndexedText {
  const zh = chinese(role, value['zh-CN']);
  const en = english(role, value.en);
  return { ...zh, words: en.words, phrase: en.phrase };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Pinyin of texts seen before (department names and keywords repeat across items and catalog versions). */
const formCache = new Map<string, { pinyin: PinyinForm; fuzzy: PinyinForm }>();

/** Forgets cached pinyin (benchmarks measure cold builds). */
export function clearPinyinCache(): void {
  formCache.clear();
}

function chinese(role: TextRole, value: string): IndexedText {
  const zh = normalizeChinese(value);
  // Summaries are matched as Chinese substrings and English words only: their pinyin matches too much.
  if (role === 'summary' || !HAN.test(zh)) return { role, zh, words: [], phrase: '' };
  let forms = formCache.get(zh);
  if (!forms) {
    const syllables = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
      .map((s) => s.toLowerCase().replace(/v/g, 'u'))
      .filter((s) => /^[a-z]+$/.test(s));
    forms = { pinyin: pinyinForm(syllables), fuzzy: pinyinForm(syllables.map(foldPinyin)) };
    if (formCache.size > 50_000) formCache.clear();
    formCache.set(zh, forms);
  }
  return { role, zh, ...forms, words: [], phrase: '' };
}

function english(role: TextRole, value: string): IndexedText {
  return { role, zh: '', words: englishWords(value), phrase: value.toLowerCase().replace(/\s+/g, ' ').trim() };
}
