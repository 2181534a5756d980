import type { Audience, FlowKind, LifeEvent } from '../schema.js';

/**
 * The search index is plain data (JSON-serializable): built once per catalog by buildSearchIndex() in
 * build-index.ts (which uses pinyin-pro), queried by searchIndex() in query.ts (which does not). A
 * renderer or a test can therefore query a prebuilt index without loading the pinyin dictionary.
 */

/** What a piece of text is, for ranking: the record's name counts most, its summary least. */
export type TextRole = 'name' | 'keyword' | 'department' | 'summary';

/**
 * Pinyin of one text, laid out for matching without allocation: the syllables, their concatenation, where
 * each syllable starts in it, their initials, and a letter mask for a quick "cannot match" test.
 */
export interface PinyinForm {
  readonly syllables: readonly string[];
  readonly joined: string;
  readonly offsets: readonly number[];
  readonly initials: string;
  readonly mask: number;
}

export interface IndexedText {
  readonly role: TextRole;
  /** Chinese text, normalized (no spaces or punctuation). Empty for English-only texts. */
  readonly zh: string;
  /** Tone-less pinyin of `zh` ("ü" written "u"); absent for English texts and summaries (too noisy to match by pinyin). */
  readonly pinyin?: PinyinForm;
  /** The same with fuzzy pinyin folded (zh→z, ch→c, sh→s, -ng→-n), see foldPinyin(). */
  readonly fuzzy?: PinyinForm;
  /** Lower-case English words. */
  readonly words: readonly string[];
  /** Lower-case English phrase as written, single-spaced. */
  readonly phrase: string;
}

export function pinyinForm(syllables: readonly string[]): PinyinForm {
  const offsets: number[] = [];
  let joined = '';
  for (const syllable of syllables) {
    offsets.push(joined.length);
    joined += syllable;
  }
  return {
    syllables,
    joined,
    offsets,
    initials: syllables.map((x) => x[0] ?? '').join(''),
    mask: letterMaskOf(joined),
  };
}

export interface IndexedEntry {
  readonly kind: 'item' | 'package';
  readonly code: string;
  readonly department: string;
  readonly flow: FlowKind | 'package';
  readonly audience: Audience;
  readonly lifeEvents: readonly LifeEvent[];
  readonly texts: readonly IndexedText[];
  /** Bit i set when letter i (a–z) occurs in any syllable: a cheap filter before pinyin matching. */
  readonly letterMask: number;
  /** Every English word of every text, each preceded by a space: a cheap filter before English matching. */
  readonly allWords: string;
  /** Every Chinese text joined by "|": a cheap filter before Chinese matching. */
  readonly allZh: string;
}

export interface SearchIndex {
  readonly catalogVersion: string;
  readonly entries: readonly IndexedEntry[];
}

export function letterMaskOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

/** Folds the pinyin distinctions many speakers blur (flat/retroflex initials, front/back nasals). */
export function foldPinyin(value: string): string {
  return value.replace(/zh/g, 'z').replace(/ch/g, 'c').replace(/sh/g, 's').replace(/ng/g, 'n');
}

/** Keeps Han characters, letters and digits; drops spaces and punctuation (《》（）、，…). */
export function normalizeChinese(value: string): string {
  return value.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '').toLowerCase();
}

/** Lower-case words; a trailing plural "s" is kept in `phrase` but dropped from words longer than 3 letters. */
export function englishWords(value: string): string[] {
  return (value.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) =>
    w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w,
  );
}
