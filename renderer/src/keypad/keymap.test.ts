import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEECH_VOLUME } from '../context/preferences.js';
import {
  actionFor,
  commandKeys,
  isHelpKey,
  type KeyCommand,
  stepRate,
  stepVolume,
  type TypingContext,
} from './keymap.js';

const plain: TypingContext = { keypad: false, keyboard: false };
const idPad: TypingContext = { keypad: { extraKey: 'X' }, keyboard: false };
const amountPad: TypingContext = { keypad: { extraKey: '.' }, keyboard: false };
const pinyin: TypingContext = { keypad: false, keyboard: true };

describe('keymap', () => {
  it('maps VxMark’s keys to the same commands on a page without typing', () => {
    const expected: Record<string, KeyCommand> = {
      ArrowDown: 'next',
      ArrowUp: 'previous',
      ArrowRight: 'nextPage',
      ArrowLeft: 'previousPage',
      Enter: 'select',
      r: 'repeat',
      p: 'pause',
      '-': 'volumeDown',
      '=': 'volumeUp',
      ',': 'slower',
      '.': 'faster',
      l: 'language',
      m: 'voice',
      h: 'help',
      Escape: 'back',
    };
    for (const [key, command] of Object.entries(expected))
      expect(actionFor({ key }, plain), key).toEqual({ kind: 'command', command });
    expect(actionFor({ key: 'R' }, plain)).toEqual({ kind: 'command', command: 'repeat' });
    expect(actionFor({ key: 'Tab', shiftKey: true }, plain)).toEqual({ kind: 'command', command: 'previous' });
  });

  it('lists every command with at least one key, and every listed key gives its command', () => {
    for (const [command, keys] of Object.entries(commandKeys)) {
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const [shift, name] = key.startsWith('Shift+') ? [true, key.slice(6)] : [false, key];
        expect(actionFor({ key: name, shiftKey: shift }, plain), key).toEqual({ kind: 'command', command });
      }
    }
  });

  it('types digits (and X or . where the pad has them) on a page with a number pad', () => {
    expect(actionFor({ key: '7' }, idPad)).toEqual({ kind: 'pad', key: '7' });
    expect(actionFor({ key: 'x' }, idPad)).toEqual({ kind: 'pad', key: 'X' });
    expect(actionFor({ key: 'Backspace' }, idPad)).toEqual({ kind: 'pad', key: 'backspace' });
    expect(actionFor({ key: 'Delete' }, idPad)).toEqual({ kind: 'pad', key: 'clear' });
    // "." is the decimal point on an amount page: speed moves to ] there; on an ID page it stays speed.
    expect(actionFor({ key: '.' }, amountPad)).toEqual({ kind: 'pad', key: '.' });
    expect(actionFor({ key: ']' }, amountPad)).toEqual({ kind: 'command', command: 'faster' });
    expect(actionFor({ key: '.' }, idPad)).toEqual({ kind: 'command', command: 'faster' });
    // The arrows and Enter still navigate.
    expect(actionFor({ key: 'ArrowDown' }, idPad)).toEqual({ kind: 'command', command: 'next' });
    expect(actionFor({ key: 'Enter' }, idPad)).toEqual({ kind: 'command', command: 'select' });
    // Digits are nothing on a page that takes none.
    expect(actionFor({ key: '5' }, plain)).toEqual({ kind: 'none' });
  });

  it('types pinyin on the on-screen keyboard: letters, Space, Backspace, and 1–7 pick a candidate', () => {
    expect(actionFor({ key: 'r' }, pinyin)).toEqual({ kind: 'keyboard', key: 'r' });
    expect(actionFor({ key: 'H' }, pinyin)).toEqual({ kind: 'keyboard', key: 'h' });
    expect(actionFor({ key: ' ' }, pinyin)).toEqual({ kind: 'keyboard', key: '{space}' });
    expect(actionFor({ key: 'Backspace' }, pinyin)).toEqual({ kind: 'keyboard', key: '{bksp}' });
    expect(actionFor({ key: '3' }, pinyin)).toEqual({ kind: 'candidate', index: 2 });
    expect(actionFor({ key: 'F2' }, pinyin)).toEqual({ kind: 'command', command: 'repeat' });
    // Other characters are typed into the box (a code's "-"), not volume.
    expect(actionFor({ key: '-' }, pinyin)).toEqual({ kind: 'keyboard', key: '-' });
    expect(actionFor({ key: '9' }, pinyin)).toEqual({ kind: 'keyboard', key: '9' });
    expect(actionFor({ key: 'ArrowDown' }, pinyin)).toEqual({ kind: 'command', command: 'next' });
  });

  it('leaves the browser’s and the system’s own shortcuts alone', () => {
    expect(actionFor({ key: 'r', ctrlKey: true }, plain)).toEqual({ kind: 'none' });
    expect(actionFor({ key: 'l', altKey: true }, plain)).toEqual({ kind: 'none' });
    expect(actionFor({ key: 'q' }, plain)).toEqual({ kind: 'none' });
  });

  it('knows the help key for touch-and-hear', () => {
    expect(['h', 'H', '?', 'F1'].every(isHelpKey)).toBe(true);
    expect(isHelpKey('r')).toBe(false);
  });

  it('steps the volume in five steps and the speed in three, stopping at the ends', () => {
    expect(stepVolume(DEFAULT_SPEECH_VOLUME, 1)).toBe(1);
    expect(stepVolume(1, 1)).toBe(1);
    expect(stepVolume(DEFAULT_SPEECH_VOLUME, -1)).toBe(0.6);
    expect(stepVolume(0.2, -1)).toBe(0.2);
    expect(stepRate(undefined, 1)).toBe('fast');
    expect(stepRate(undefined, -1)).toBe('slow');
    expect(stepRate('fast', 1)).toBe('fast');
    expect(stepRate(undefined, 1, 'slow')).toBe('normal');
  });
});
