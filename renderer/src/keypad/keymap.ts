import { DEFAULT_SPEECH_VOLUME } from '../context/preferences.js';

/**
 * The kiosk's keymap for a USB keypad (which is a keyboard: it sends ordinary key events, so the same keys work
 * in Electron and in the web host). Modelled on VotingWorks' VxMark (libs/ui keybindings: arrows move focus
 * and pages, Enter selects, R help, P pause, -/= volume, ,/. speed, L language, M audio) and on EZ-Access
 * (touch-and-hear: while the help key is held, a touch reads what is under the finger instead of pressing it).
 *
 * | key                         | command        | what it does                                                    |
 * | --------------------------- | -------------- | --------------------------------------------------------------- |
 * | ↓ / ↑ (Tab / Shift+Tab)     | next / previous| focus the next / previous choice or button, in reading order:   |
 * |                             |                | the page's choices, its forward action, 返回, 首页, the header  |
 * | → / ←                       | nextPage /     | over the keys of an on-screen keyboard: the key beside; else    |
 * |                             | previousPage   | 下一页 / 上一页 of a list, or the page's forward action / 返回  |
 * | Enter (Space)               | select         | press the focused choice or button                              |
 * | H, ?, F1 (held: touch-hear) | help           | say the keys; while held, a touch reads instead of pressing     |
 * | R, F2                       | repeat         | say the page again                                              |
 * | P, F3                       | pause          | stop speaking; again: say the page again from its start         |
 * | - / = (+)                   | volumeDown/Up  | five steps from 20 % to 100 %                                   |
 * | , / .   ([ / ])             | slower/faster  | slow, normal, fast                                              |
 * | L, F4                       | language       | 中文 ⇄ English                                                 |
 * | M, F5                       | voice          | voice on / off                                                  |
 * | B, F6                       | privateMode    | private mode: screen blanked, speech on the headphones; again: off |
 * | Escape                      | back           | 返回 (closes a dialog that may be closed)                       |
 *
 * Typing takes precedence where the page asks for it: with a number pad on the page, digits (and X or . where
 * the pad has them), Backspace and Delete press its keys — so on an amount page "." is the decimal point and
 * speed is on [ and ]; with focus on a text box or the on-screen keyboard, letters, Space and Backspace type
 * pinyin there, digits 1–7 pick a candidate (with none shown, they and 0, 8, 9 are typed), other characters go into the box as typed, and the commands are
 * on the arrows, Enter, Escape and F1–F5. Everything here resets at the end of the session.
 */
export type KeyCommand =
  | 'next'
  | 'previous'
  | 'nextPage'
  | 'previousPage'
  | 'select'
  | 'help'
  | 'repeat'
  | 'pause'
  | 'volumeDown'
  | 'volumeUp'
  | 'slower'
  | 'faster'
  | 'language'
  | 'voice'
  | 'privateMode'
  | 'back';

/** What the page offers typing into right now (decided from the DOM by the controller). */
export interface TypingContext {
  /** A number pad is on the page (and no dialog hides it): the extra key it has, if any. */
  readonly keypad: false | { readonly extraKey?: 'X' | '.' };
  /** Focus is on a text box that an on-screen keyboard writes into, or on one of that keyboard's keys. */
  readonly keyboard: boolean;
}

export interface KeyLike {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

/** A key of the on-screen number pad (Keypad.tsx's data-key). */
export type PadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'X' | '.' | 'backspace' | 'clear';

export type KeyAction =
  | { readonly kind: 'command'; readonly command: KeyCommand }
  | { readonly kind: 'pad'; readonly key: PadKey }
  | { readonly kind: 'keyboard'; readonly key: string }
  | { readonly kind: 'candidate'; readonly index: number }
  | { readonly kind: 'none' };

/** The keys that stay commands whatever the page (they never type). */
const navigation: Readonly<Record<string, KeyCommand>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  ArrowRight: 'nextPage',
  ArrowLeft: 'previousPage',
  Enter: 'select',
  F1: 'help',
  F2: 'repeat',
  F3: 'pause',
  F4: 'language',
  F5: 'voice',
  F6: 'privateMode',
  Escape: 'back',
};

/** Character keys that are commands unless the page is taking typed text. */
const characters: Readonly<Record<string, KeyCommand>> = {
  h: 'help',
  '?': 'help',
  r: 'repeat',
  p: 'pause',
  '-': 'volumeDown',
  '=': 'volumeUp',
  '+': 'volumeUp',
  ',': 'slower',
  '.': 'faster',
  '[': 'slower',
  ']': 'faster',
  l: 'language',
  m: 'voice',
  b: 'privateMode',
};

/** The command keys, for the help text and the tests. */
export const commandKeys: Readonly<Record<KeyCommand, readonly string[]>> = {
  next: ['ArrowDown', 'Tab'],
  previous: ['ArrowUp', 'Shift+Tab'],
  nextPage: ['ArrowRight'],
  previousPage: ['ArrowLeft'],
  select: ['Enter', ' '],
  help: ['h', '?', 'F1'],
  repeat: ['r', 'F2'],
  pause: ['p', 'F3'],
  volumeDown: ['-'],
  volumeUp: ['=', '+'],
  slower: [',', '['],
  faster: ['.', ']'],
  language: ['l', 'F4'],
  voice: ['m', 'F5'],
  privateMode: ['b', 'F6'],
  back: ['Escape'],
};

/** Whether a key is the help key (held for touch-and-hear). */
export function isHelpKey(key: string): boolean {
  return key === 'F1' || key === '?' || key.toLowerCase() === 'h';
}

/**
 * What a key press means on the current page. Pure, so the whole keymap is unit-tested; the controller
 * (KeypadController.tsx) reads the page into a TypingContext and carries the action out.
 */
export function actionFor(event: KeyLike, typing: TypingContext): KeyAction {
  if (event.ctrlKey || event.altKey || event.metaKey) return { kind: 'none' };
  const { key } = event;
  if (key === 'Tab') return { kind: 'command', command: event.shiftKey ? 'previous' : 'next' };
  const lower = key.length === 1 ? key.toLowerCase() : key;

  if (typing.keyboard) {
    if (/^[a-z]$/.test(lower)) return { kind: 'keyboard', key: lower };
    if (key === 'Backspace') return { kind: 'keyboard', key: '{bksp}' };
    if (key === ' ') return { kind: 'keyboard', key: '{space}' };
    if (key === 'Delete') return { kind: 'keyboard', key: '{clear}' };
    if (/^[1-7]$/.test(key)) return { kind: 'candidate', index: Number(key) - 1 };
    if (/^[089]$/.test(key)) return { kind: 'keyboard', key };
    // Any other character is typed too (a code's "-", from the symbols page; or into the box itself): the
    // character commands wait.
    if (key.length === 1) return { kind: 'keyboard', key };
  }
  if (typing.keypad) {
    if (/^[0-9]$/.test(key)) return { kind: 'pad', key: key as PadKey };
    if (lower === 'x' && typing.keypad.extraKey === 'X') return { kind: 'pad', key: 'X' };
    if (key === '.' && typing.keypad.extraKey === '.') return { kind: 'pad', key: '.' };
    if (key === 'Backspace') return { kind: 'pad', key: 'backspace' };
    if (key === 'Delete') return { kind: 'pad', key: 'clear' };
  }
  const command = navigation[key] ?? characters[lower];
  if (command) return { kind: 'command', command };
  if (key === ' ') return { kind: 'command', command: 'select' };
  return { kind: 'none' };
}

/** Volume steps (0–1): five, the middle one the default. */
export const volumeSteps = [0.2, 0.4, 0.6, 0.8, 1] as const;

export function stepVolume(current: number, direction: 1 | -1): number {
  const index = volumeSteps.findIndex((v) => v >= current - 1e-9);
  const at = index === -1 ? volumeSteps.length - 1 : index;
  return volumeSteps[Math.max(0, Math.min(volumeSteps.length - 1, at + direction))] ?? DEFAULT_SPEECH_VOLUME;
}

export const rates = ['slow', 'normal', 'fast'] as const;
export type Rate = (typeof rates)[number];

export function stepRate(current: Rate | undefined, direction: 1 | -1, configured: Rate = 'normal'): Rate {
  const at = rates.indexOf(current ?? configured);
  return rates[Math.max(0, Math.min(rates.length - 1, at + direction))] ?? configured;
}
