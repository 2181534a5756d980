/**
 * Pinyin composition for the on-screen keyboard: the letters typed so far are split into the longest known
 * syllable at the front, whose characters are offered as candidates (most frequent first); choosing one
 * commits it and leaves the rest of the letters to compose the next character. "shipin" → 食 → 品.
 * The dictionary maps a tone-less syllable to its characters, space-separated, most frequent first.
 */
export type PinyinDictionary = Readonly<Record<string, string>>;

export interface Composition {
  /** The syllable the candidates are for ("" when nothing is being composed). */
  readonly syllable: string;
  readonly candidates: readonly string[];
}

const MAX_SYLLABLE = 6; // "zhuang", "shuang"

export function compose(letters: string, dictionary: PinyinDictionary): Composition {
  const lower = letters.toLowerCase();
  for (let length = Math.min(MAX_SYLLABLE, lower.length); length > 0; length -= 1) {
    const syllable = lower.slice(0, length);
    const entry = dictionary[syllable];
    if (entry) return { syllable, candidates: entry.split(' ').filter(Boolean) };
  }
  return { syllable: '', candidates: [] };
}

/** Letters left after a candidate for `syllable` was chosen. */
export function afterChoosing(letters: string, syllable: string): string {
  return letters.slice(syllable.length);
}
