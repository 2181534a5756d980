/**
 * Editing at a caret for the on-screen keyboard, which a citizen cannot otherwise do without a mouse or a
 * physical keyboard: insert where the caret is, delete the character or the word before it, move it. Pure
 * functions over the text and a caret offset in UTF-16 units (as the text box's selectionStart counts).
 */
export interface Edit {
  readonly text: string;
  readonly caret: number;
}

const clamp = (caret: number, text: string) => Math.max(0, Math.min(caret, text.length));

/** The length of the code point that ends at `at` (2 for a surrogate pair, else 1). */
function unitsBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}

function unitsAfter(text: string, at: number): number {
  const high = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

/** Inserts at the caret, as much as `maxLength` leaves room for. */
export function insertAt(edit: Edit, insert: string, maxLength: number): Edit {
  const at = clamp(edit.caret, edit.text);
  const room = Math.max(0, maxLength - edit.text.length);
  const fits = [...insert].reduce((kept, ch) => (kept.length + ch.length <= room ? kept + ch : kept), '');
  return { text: edit.text.slice(0, at) + fits + edit.text.slice(at), caret: at + fits.length };
}

export function deleteBefore(edit: Edit): Edit {
  const at = clamp(edit.caret, edit.text);
  if (at === 0) return { text: edit.text, caret: 0 };
  const n = unitsBefore(edit.text, at);
  return { text: edit.text.slice(0, at - n) + edit.text.slice(at), caret: at - n };
}

/** What kind of character: a word is a run of one kind (汉字, Latin letters, digits), spaces before it go with it. */
function kindOf(ch: string): string {
  if (/\p{Script=Han}/u.test(ch)) return 'han';
  if (/\p{L}/u.test(ch)) return 'letter';
  if (/\p{N}/u.test(ch)) return 'digit';
  if (/\s/u.test(ch)) return 'space';
  return `mark:${ch}`;
}

/**
 * Deletes the word before the caret: spaces first, then the run of characters of the same kind ("河底镇" in
 * "郊区河底镇12号" after the digits' run is gone: "号", then "12", then "郊区河底镇"). One tap instead of one per
 * character; what remains is retyped at the caret.
 */
export function deleteWordBefore(edit: Edit): Edit {
  let at = clamp(edit.caret, edit.text);
  const end = at;
  const charBefore = (i: number) => edit.text.slice(i - unitsBefore(edit.text, i), i);
  while (at > 0 && kindOf(charBefore(at)) === 'space') at -= unitsBefore(edit.text, at);
  const kind = at > 0 ? kindOf(charBefore(at)) : '';
  while (at > 0 && kindOf(charBefore(at)) === kind) {
    at -= unitsBefore(edit.text, at);
    if (kind.startsWith('mark:')) break;
  }
  return { text: edit.text.slice(0, at) + edit.text.slice(end), caret: at };
}

export function moveCaret(edit: Edit, by: -1 | 1): Edit {
  const at = clamp(edit.caret, edit.text);
  if (by < 0) return { text: edit.text, caret: at === 0 ? 0 : at - unitsBefore(edit.text, at) };
  return { text: edit.text, caret: at >= edit.text.length ? edit.text.length : at + unitsAfter(edit.text, at) };
}
