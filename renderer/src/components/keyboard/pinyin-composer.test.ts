import chinese from 'simple-keyboard-layouts/build/layouts/chinese';
import { describe, expect, it } from 'vitest';
import { afterChoosing, compose, type PinyinDictionary } from './pinyin-composer.js';

const dictionary: PinyinDictionary = (chinese as unknown as { layoutCandidates: PinyinDictionary }).layoutCandidates;

describe('pinyin composition', () => {
  it('offers the characters of the longest syllable at the front, most frequent first', () => {
    const first = compose('shipin', dictionary);
    expect(first.syllable).toBe('shi');
    expect(first.candidates).toContain('食');
    const second = compose(afterChoosing('shipin', first.syllable), dictionary);
    expect(second.syllable).toBe('pin');
    expect(second.candidates).toContain('品');
  });
  it('prefers zhuang over zhu + ang', () => {
    expect(compose('zhuang', dictionary).syllable).toBe('zhuang');
    expect(compose('zhuang', dictionary).candidates).toContain('装');
  });
  it('ignores case and gives nothing for letters that start no syllable', () => {
    expect(compose('YANG', dictionary).candidates).toContain('阳');
    expect(compose('v', dictionary)).toEqual({ syllable: '', candidates: [] });
    expect(compose('', dictionary)).toEqual({ syllable: '', candidates: [] });
  });
  it('can write the district name', () => {
    let letters = 'yangquanjiaoqu';
    let text = '';
    for (const wanted of ['阳', '泉', '郊', '区']) {
      const { syllable, candidates } = compose(letters, dictionary);
      expect(candidates).toContain(wanted);
      text += wanted;
      letters = afterChoosing(letters, syllable);
    }
    expect(text).toBe('阳泉郊区');
    expect(letters).toBe('');
  });
});
