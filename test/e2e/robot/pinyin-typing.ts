import chinese from 'simple-keyboard-layouts/build/layouts/chinese';

/**
 * How a citizen types a string on the kiosk's keyboard (simple-keyboard with the pinyin candidate bar):
 * Chinese characters by their pinyin and a candidate (paging the bar when the character is further back),
 * digits and the few symbols from the symbols page, Latin letters on the letters page. The plan is a list of
 * presses; the robot performs them and counts each as a tap.
 */
export type Press =
  | { readonly kind: 'key'; readonly key: string } // a simple-keyboard button by its data-skbtn
  | { readonly kind: 'candidate'; readonly char: string; readonly pagesForward: number };

type Mode = 'pinyin' | 'letters' | 'symbols';

const CANDIDATES_PER_PAGE = 7; // as OnScreenKeyboard shows them
const dictionary = (chinese as unknown as { layoutCandidates: Record<string, string> }).layoutCandidates;

/** Keys of the symbols page (single characters only; "单元" is one key of two characters). */
const SYMBOL_KEYS = new Set('1 2 3 4 5 6 7 8 9 0 号 楼 室 栋 层 村 路 街 巷 镇 乡 区 - · ( ) # / ,'.split(' '));

/** For each character, the cheapest syllable offering it: fewest letters plus candidate-page turns. */
const bestSyllable = (() => {
  const best = new Map<string, { syllable: string; index: number; cost: number }>();
  for (const [syllable, entry] of Object.entries(dictionary)) {
    entry
      .split(' ')
      .filter(Boolean)
      .forEach((char, index) => {
        const cost = syllable.length + Math.floor(index / CANDIDATES_PER_PAGE);
        const current = best.get(char);
        if (!current || cost < current.cost) best.set(char, { syllable, index, cost });
      });
  }
  return best;
})();

const HAN = /\p{Script=Han}/u;

export function planTyping(text: string, startMode: Mode): Press[] | undefined {
  const presses: Press[] = [];
  let mode: Mode = startMode;
  const to = (wanted: Mode) => {
    if (mode === wanted) return;
    if (wanted === 'symbols') presses.push({ kind: 'key', key: '{symbols}' });
    else {
      if (mode === 'symbols') {
        presses.push({ kind: 'key', key: '{letters}' }); // back to pinyin
        mode = 'pinyin';
      }
      if (mode !== wanted) presses.push({ kind: 'key', key: '{mode}' });
    }
    mode = wanted;
  };
  for (const char of text) {
    if (SYMBOL_KEYS.has(char) && !(HAN.test(char) && mode === 'pinyin')) {
      to('symbols');
      presses.push({ kind: 'key', key: char });
    } else if (HAN.test(char)) {
      const plan = bestSyllable.get(char);
      if (!plan) return undefined;
      to('pinyin');
      for (const letter of plan.syllable) presses.push({ kind: 'key', key: letter });
      presses.push({ kind: 'candidate', char, pagesForward: Math.floor(plan.index / CANDIDATES_PER_PAGE) });
    } else if (/^[a-zA-Z]$/.test(char)) {
      to('letters');
      presses.push({ kind: 'key', key: char.toLowerCase() });
    } else if (char === ' ') {
      to('letters');
      presses.push({ kind: 'key', key: '{space}' });
    } else return undefined;
  }
  return presses;
}
