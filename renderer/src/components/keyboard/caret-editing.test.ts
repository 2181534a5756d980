import { describe, expect, it } from 'vitest';
import { deleteBefore, deleteWordBefore, insertAt, moveCaret } from './caret-editing.js';

describe('editing at the caret', () => {
  it('inserts where the caret is and moves it past the insertion, within the length', () => {
    expect(insertAt({ text: '郊区镇1号', caret: 2 }, '义井', 50)).toEqual({ text: '郊区义井镇1号', caret: 4 });
    expect(insertAt({ text: 'abc', caret: 3 }, 'de', 4)).toEqual({ text: 'abcd', caret: 4 });
    expect(insertAt({ text: 'abcd', caret: 1 }, 'x', 4)).toEqual({ text: 'abcd', caret: 1 });
  });

  it('deletes the character before the caret, a surrogate pair whole', () => {
    expect(deleteBefore({ text: '郊区义井镇', caret: 3 })).toEqual({ text: '郊区井镇', caret: 2 });
    expect(deleteBefore({ text: 'a𠀀b', caret: 3 })).toEqual({ text: 'ab', caret: 1 });
    expect(deleteBefore({ text: 'ab', caret: 0 })).toEqual({ text: 'ab', caret: 0 });
  });

  it('deletes the word before the caret: a run of one kind, spaces before it with it', () => {
    expect(deleteWordBefore({ text: '郊区河底镇12号', caret: 8 })).toEqual({ text: '郊区河底镇12', caret: 7 });
    expect(deleteWordBefore({ text: '郊区河底镇12', caret: 7 })).toEqual({ text: '郊区河底镇', caret: 5 });
    expect(deleteWordBefore({ text: '郊区河底镇12', caret: 5 })).toEqual({ text: '12', caret: 0 });
    expect(deleteWordBefore({ text: 'Hedi Town  ', caret: 11 })).toEqual({ text: 'Hedi ', caret: 5 });
    expect(deleteWordBefore({ text: 'A-1', caret: 2 })).toEqual({ text: 'A1', caret: 1 });
  });

  it('moves the caret by one character, not past either end', () => {
    expect(moveCaret({ text: '郊区', caret: 2 }, -1)).toEqual({ text: '郊区', caret: 1 });
    expect(moveCaret({ text: '郊区', caret: 0 }, -1)).toEqual({ text: '郊区', caret: 0 });
    expect(moveCaret({ text: 'a𠀀', caret: 1 }, 1)).toEqual({ text: 'a𠀀', caret: 3 });
    expect(moveCaret({ text: '郊区', caret: 2 }, 1)).toEqual({ text: '郊区', caret: 2 });
  });
});
