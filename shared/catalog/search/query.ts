import type { Locale } from '../schema.js';
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
 * Queries a prebuilt index. Chinese queries match names and keywords as substrings (and, weaker, by shared
 * characters); Latin queries match pinyin (full, initials or mixed — "shipin", "spxjyd", "shipxjy", with or
 * without tone marks or tone numbers, fuzzy zh/z ch/c sh/s -ng/-n as a weaker match) and English words.
 * Ranking: where it matched (name > keyword > department > summary) × how well (exact > prefix > inside).
 */

export interface SearchOptions {
  /** The screen language; matches in it rank slightly higher on ties. */
  readonly locale?: Locale;
  readonly limit?: number;
  readonly kinds?: readonly IndexedEntry['kind'][];
}

export type MatchKind = 'code' | 'chinese' | 'pinyin' | 'fuzzyPinyin' | 'english';

export interface SearchHit {
  readonly kind: IndexedEntry['kind'];
  readonly code: string;
  readonly score: number;
  readonly role: TextRole;
  readonly match: MatchKind;
}

const ROLE_WEIGHT: Record<TextRole, number> = { name: 100, keyword: 75, department: 35, summary: 20 };

interface Scored {
  score: number;
  role: TextRole;
  match: MatchKind;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const raw = query.trim().slice(0, 64);
  if (raw === '' || limit <= 0) return [];
  const prepared = prepare(raw);
  const hits: (SearchHit & { tie: number })[] = [];
  for (const entry of index.entries) {
    if (options.kinds && !options.kinds.includes(entry.kind)) continue;
    const best = scoreEntry(entry, prepared, options.locale ?? 'zh-CN');
    if (best)
      hits.push({
        kind: entry.kind,
        code: entry.code,
        score: Math.round(best.score * 100) / 100,
        role: best.role,
        match: best.match,
        tie: entry.texts[0]?.zh.length ?? 99,
      });
  }
  hits.sort((a, b) => b.score - a.score || a.tie - b.tie || a.code.localeCompare(b.code));
  return hits.slice(0, limit).map(({ tie: _tie, ...hit }) => hit);
}

interface Prepared {
  readonly code: string;
  /** Chinese tokens (queries with Han characters). */
  readonly zhTokens: readonly string[];
  /** The distinct characters of each Chinese token. */
  readonly zhChars: readonly (readonly string[])[];
  /** Compact pinyin of the whole query and of each space-separated token. */
  readonly pinyin: string;
  readonly pinyinTokens: readonly string[];
  readonly pinyinMask: number;
  readonly fuzzy: string;
  readonly fuzzyMask: number;
  readonly english: readonly string[];
  readonly phrase: string;
}

function prepare(raw: string): Prepared {
  const hasHan = HAN.test(raw);
  const tokens = raw.split(/\s+/).filter(Boolean);
  const toPinyin = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ü/g, 'u')
      .replace(/v/g, 'u')
      .replace(/[^a-z]/g, '');
  const pinyin = hasHan ? '' : toPinyin(raw);
  const zhTokens = hasHan ? tokens.map(normalizeChinese).filter(Boolean) : [];
  return {
    code: raw.toUpperCase(),
    zhTokens,
    zhChars: zhTokens.map((token) => [...new Set(token)]),
    pinyin,
    pinyinTokens: hasHan || tokens.length < 2 ? [] : tokens.map(toPinyin).filter(Boolean),
    pinyinMask: letterMaskOf(pinyin),
    fuzzy: foldPinyin(pinyin),
    fuzzyMask: letterMaskOf(foldPinyin(pinyin)),
    english: hasHan ? [] : englishWords(raw),
    phrase: raw.toLowerCase().replace(/\s+/g, ' '),
  };
}

function scoreEntry(entry: IndexedEntry, q: Prepared, locale: Locale): Scored | undefined {
  if (entry.code === q.code) return { score: 130, role: 'name', match: 'code' };
  let best: Scored | undefined;
  const consider = (s: Scored | undefined) => {
    if (s && (!best || s.score > best.score)) best = s;
  };

  if (q.zhTokens.length > 0) {
    // Every token must match some text; the entry scores the mean of its tokens' best scores.
    let total = 0;
    let role: TextRole = 'summary';
    for (let t = 0; t < q.zhTokens.length; t += 1) {
      const token = q.zhTokens[t] as string;
      const chars = q.zhChars[t] as readonly string[];
      if (!entry.allZh.includes(token)) {
        // Only the shared-characters match is left: most of the characters must occur somewhere.
        let present = 0;
        for (const c of chars) if (entry.allZh.includes(c)) present += 1;
        if (chars.length < 2 || present / chars.length < 0.75) return undefined;
      }
      let tokenBest: Scored | undefined;
      for (const text of entry.texts) {
        const quality = chineseQuality(text.zh, token, chars);
        const score = quality * ROLE_WEIGHT[text.role];
        if (quality > 0 && (!tokenBest || score > tokenBest.score))
          tokenBest = { score, role: text.role, match: 'chinese' };
      }
      if (!tokenBest) return undefined;
      total += tokenBest.score;
      if (ROLE_WEIGHT[tokenBest.role] > ROLE_WEIGHT[role] || role === 'summary') role = tokenBest.role;
    }
    return { score: total / q.zhTokens.length, role, match: 'chinese' };
  }

  const pinyinBias = locale === 'zh-CN' ? 1 : 0.97;
  const englishBias = locale === 'en' ? 1 : 0.97;
  const pinyinPossible = q.pinyin.length > 0 && (q.pinyinMask & ~entry.letterMask) === 0;
  let pinyinFound = false;
  // Every English query word must start some word of the entry, or English cannot match at all.
  let englishPossible = q.english.length > 0;
  for (const w of q.english) if (englishPossible && !entry.allWords.includes(` ${w}`)) englishPossible = false;
  for (const text of entry.texts) {
    const weight = ROLE_WEIGHT[text.role];
    if (pinyinPossible && text.pinyin && (q.pinyinMask & ~text.pinyin.mask) === 0) {
      const exact = pinyinQuality(text.pinyin, q.pinyin);
      if (exact > 0) {
        pinyinFound = true;
        consider({ score: exact * weight * pinyinBias, role: text.role, match: 'pinyin' });
      }
    }
    if (englishPossible && text.words.length > 0) {
      const quality = englishQuality(text, q.english, q.phrase);
      if (quality > 0) consider({ score: quality * weight * englishBias, role: text.role, match: 'english' });
    }
  }
  // Fuzzy pinyin only when nothing matched exactly: it is the slow, weak path.
  if (!pinyinFound && q.fuzzy.length >= 2 && (q.fuzzyMask & ~entry.letterMask) === 0) {
    for (const text of entry.texts) {
      if (!text.fuzzy || (q.fuzzyMask & ~text.fuzzy.mask) !== 0) continue;
      const fuzzy = pinyinQuality(text.fuzzy, q.fuzzy);
      if (fuzzy > 0)
        consider({ score: fuzzy * 0.6 * ROLE_WEIGHT[text.role] * pinyinBias, role: text.role, match: 'fuzzyPinyin' });
    }
  }
  // "shi pin bei an": each token must match some text by pinyin.
  if (!best && q.pinyinTokens.length > 1) {
    let total = 0;
    for (const token of q.pinyinTokens) {
      let tokenBest = 0;
      for (const text of entry.texts) {
        if (!text.pinyin) continue;
        tokenBest = Math.max(tokenBest, pinyinQuality(text.pinyin, token) * ROLE_WEIGHT[text.role]);
      }
      if (tokenBest === 0) return undefined;
      total += tokenBest;
    }
    best = { score: (0.85 * total) / q.pinyinTokens.length, role: 'keyword', match: 'pinyin' };
  }
  return best;
}

/** 1 exact, 0.9 prefix, 0.7 inside, up to 0.35 when most of the query's characters occur. */
export function chineseQuality(text: string, query: string, distinct?: readonly string[]): number {
  if (!text || !query) return 0;
  if (text === query) return 1;
  if (text.startsWith(query)) return 0.9;
  if (text.includes(query)) return 0.7;
  const chars = distinct ?? [...new Set(query)];
  if (chars.length < 2) return 0;
  const found = chars.filter((c) => text.includes(c)).length / chars.length;
  return found >= 0.75 ? 0.35 * found : 0;
}

/**
 * How well a compact Latin query matches a run of syllables where each syllable contributes a non-empty
 * prefix of itself (full pinyin, initials and any mix). 1 = all syllables spelled out exactly; 0.9 = full
 * pinyin prefix from the start; 0.8 = initials/mixed from the start; 0.6–0.65 = from a later syllable.
 * A one-letter query matches the first syllable only.
 */
export function pinyinQuality(form: PinyinForm | readonly string[], query: string): number {
  const p = isForm(form) ? form : pinyinForm(form);
  if (query.length === 0) return 0;
  const first = query[0] as string;
  let best = 0;
  for (let start = p.initials.indexOf(first); start !== -1; start = p.initials.indexOf(first, start + 1)) {
    if (start > 0 && query.length === 1) break;
    const offset = p.offsets[start] ?? 0;
    let quality = 0;
    if (p.joined.startsWith(query, offset)) quality = start === 0 ? (p.joined.length === query.length ? 1 : 0.9) : 0.65;
    else if (prefixChain(p.syllables, start, query)) quality = start === 0 ? 0.8 : 0.6;
    if (quality > best) best = quality;
    if (best >= 0.8) break;
  }
  return best;
}

function isForm(form: PinyinForm | readonly string[]): form is PinyinForm {
  return !Array.isArray(form);
}

function prefixChain(syllables: readonly string[], start: number, query: string): boolean {
  // positions[i] = 1 when the query up to i can be consumed by the syllables so far.
  let positions: number[] = [0];
  for (let k = start; k < syllables.length && positions.length > 0; k += 1) {
    const syllable = syllables[k] ?? '';
    const next: number[] = [];
    for (const p of positions) {
      for (let l = 1; l <= syllable.length && p + l <= query.length; l += 1) {
        if (query.charCodeAt(p + l - 1) !== syllable.charCodeAt(l - 1)) break;
        if (p + l === query.length) return true;
        if (!next.includes(p + l)) next.push(p + l);
      }
    }
    positions = next;
  }
  return false;
}

/** 1 same phrase, 0.9 phrase prefix, 0.75 all words match whole words, 0.6 all words match word prefixes. */
export function englishQuality(
  text: Pick<IndexedText, 'words' | 'phrase'>,
  words: readonly string[],
  phrase: string,
): number {
  if (text.phrase === phrase) return 1;
  if (phrase.length >= 3 && text.phrase.startsWith(phrase)) return 0.9;
  let whole = true;
  for (const w of words) {
    if (text.words.includes(w)) continue;
    whole = false;
    if (w.length < 2 || !text.words.some((tw) => tw.startsWith(w))) return 0;
  }
  return whole ? 0.75 : 0.6;
}
