import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../context/kiosk-context.js';
import { usePreferences } from '../context/preferences-context.js';
import { WEDGE_BURST_EVENT, WEDGE_DEFAULTS, wedgeAttached } from '../devices/wedge-scanner.js';
import { typedEcho } from '../speech/screen-speech.js';
import { type Speech, useSpeech } from '../speech/speech.js';
import { GRID, gridNeighbour, labelOf, neighbour, openDialog } from './focus-order.js';
import {
  actionFor,
  isHelpKey,
  type KeyCommand,
  type Rate,
  stepRate,
  stepVolume,
  type TypingContext,
} from './keymap.js';

/** What the page offers typing into (keymap.ts decides what a key means with it). */
function typingContext(doc: Document): TypingContext {
  const scope: ParentNode = openDialog(doc) ?? doc;
  const pad = scope.querySelector<HTMLElement>('.k-keypad');
  const padShown = pad?.checkVisibility() ? pad : undefined;
  const extra = padShown?.querySelector('[data-key="X"]')
    ? 'X'
    : padShown?.querySelector('[data-key="."]')
      ? '.'
      : undefined;
  const active = doc.activeElement;
  const board = scope.querySelector('.k-keyboard');
  const controls = board?.querySelector('[aria-controls]')?.getAttribute('aria-controls');
  // On the keyboard, on its text box, or nowhere (a focused candidate that was just chosen has gone).
  const keyboard =
    board !== null &&
    board !== undefined &&
    (active === null ||
      active === doc.body ||
      board.contains(active) ||
      (controls !== null && controls !== undefined && active.id === controls));
  return { keypad: padShown ? (extra ? { extraKey: extra } : {}) : false, keyboard };
}

function isSecret(input: Element | null): boolean {
  return (
    input instanceof HTMLInputElement &&
    (input.type === 'password' || input.dataset.secret !== undefined || input.autocomplete === 'one-time-code')
  );
}

/** The page's current spoken text (use-screen-speech.ts keeps it on the screen's root). */
function currentSpoken(doc: Document): string {
  const dialog = openDialog(doc);
  if (dialog) {
    const title = dialog.querySelector('.k-dialog__title')?.textContent ?? '';
    const body = (dialog.querySelector('.k-dialog__body') as HTMLElement | null)?.innerText ?? '';
    // Said in the page's language: English is not joined with Chinese punctuation.
    const en = doc.documentElement.lang === 'en';
    const actions = [...dialog.querySelectorAll('.k-dialog__actions button')].map(labelOf).join(en ? ', ' : '、');
    return [title, body, actions].filter(Boolean).join(en ? '. ' : '。');
  }
  return doc.querySelector<HTMLElement>('[data-spoken]')?.dataset.spoken ?? '';
}

/** Presses a control as a finger would: the on-screen keyboard's keys (simple-keyboard) answer to pointer events. */
function click(el: Element | null | undefined): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.matches('[data-skbtn]')) {
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true, pointerType: 'mouse' }));
    el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, cancelable: true, pointerType: 'mouse' }));
  } else el.click();
  return true;
}

/** Presses on the on-screen keyboard run one after another: a turn of its page takes a moment to redraw. */
let boardQueue: Promise<void> = Promise.resolve();
const pause = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

/** Whether the on-screen keyboard has the key, on this page or on the other one. */
function boardHas(board: HTMLElement, key: string): boolean {
  if (board.querySelector(`[data-skbtn="${key}"]`)) return true;
  // Letters are on the letters page; digits and symbols on the symbols page (if this is not it already).
  if (/^[a-z]$/.test(key)) return board.querySelector('[data-skbtn="{letters}"]') !== null;
  return board.dataset.mode !== 'symbols' && board.querySelector('[data-skbtn="{symbols}"]') !== null;
}

/** Presses a key's button, turning the keyboard's page first if the key is on the other one. */
async function pressOnBoard(board: HTMLElement, key: string): Promise<void> {
  let button = board.querySelector(`[data-skbtn="${key}"]`);
  if (!button) {
    click(board.querySelector(`[data-skbtn="${/^[a-z]$/.test(key) ? '{letters}' : '{symbols}'}"]`));
    for (let i = 0; i < 10 && !button; i += 1) {
      await pause(20);
      button = board.querySelector(`[data-skbtn="${key}"]`);
    }
  }
  click(button);
  await pause(0);
}

/**
 * Types one key on the on-screen keyboard by the key's own button, turning its page when the key is on the
 * other one; keys typed meanwhile wait their turn. False when the keyboard has no such key (the text box then
 * takes it itself, unless it is read-only).
 */
function typeOnBoard(scope: ParentNode, key: string): boolean {
  const board = scope.querySelector<HTMLElement>('.k-keyboard');
  if (!board || !boardHas(board, key)) return false;
  // A key on the page shown, with nothing waiting, is pressed at once (pinyin shows its candidates at once).
  const button = board.querySelector(`[data-skbtn="${key}"]`);
  if (button && boardWaiting === 0) return click(button);
  queueOnBoard(() => pressOnBoard(board, key));
  return true;
}

/** How many presses wait on a turn of the keyboard's page. */
let boardWaiting = 0;
function queueOnBoard(press: () => Promise<void>): void {
  boardWaiting += 1;
  boardQueue = boardQueue.then(press).finally(() => {
    boardWaiting -= 1;
  });
}

/** Picks the n-th candidate shown, after any keys still being typed; with none shown, types the digit. */
function pickCandidate(scope: ParentNode, index: number, digit: string): boolean {
  const board = scope.querySelector<HTMLElement>('.k-keyboard');
  if (!board) return false;
  const shown = board.querySelectorAll('[data-candidate]');
  if (boardWaiting === 0 && shown.length > 0) {
    click(shown[index]);
    refocusAfterCandidate(board);
    return true;
  }
  queueOnBoard(async () => {
    await pause(0);
    const candidates = board.querySelectorAll('[data-candidate]');
    if (candidates.length === 0) {
      if (boardHas(board, digit)) await pressOnBoard(board, digit);
      return;
    }
    click(candidates[index]);
    refocusAfterCandidate(board);
  });
  return true;
}

/** The candidate bar redraws: if the focus went with it, back to the text box. */
function refocusAfterCandidate(board: HTMLElement): void {
  window.setTimeout(() => {
    const doc = board.ownerDocument;
    if (doc.activeElement !== doc.body) return;
    const id = board.querySelector('[aria-controls]')?.getAttribute('aria-controls');
    if (id) doc.getElementById(id)?.focus();
  }, 0);
}

/** Which session the page is in (KioskApp's data-session-number): the keys' first-key rule is per session. */
function sessionOf(doc: Document): string {
  return doc.querySelector<HTMLElement>('.k-app')?.dataset.sessionNumber ?? '';
}

function enabled(doc: Document, selector: string): HTMLElement | undefined {
  return [...doc.querySelectorAll<HTMLElement>(selector)].find(
    (el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled && !el.closest('[data-dev-dock]'),
  );
}

/**
 * The keypad path through the kiosk (keymap.ts). Mounted once inside the speech and preferences providers; it
 * renders nothing and listens on the document, so every screen gets it without knowing. It also:
 * - marks the page `data-input="keys"` while keys are used (the heading then shows its focus ring too) and
 *   `"touch"` after a touch;
 * - turns the voice on at the first key of a session (a citizen who reaches for the keypad wants to hear);
 * - EZ-Access touch-and-hear: while the help key is held, a touch reads what is under the finger instead of
 *   pressing it; the help key pressed alone says the keys;
 * - echoes what is typed on a number pad or the on-screen keyboard, by key or by touch (a secret: only "已输入第3位").
 */
export function KeypadController() {
  const speech = useSpeech();
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
  const headphoneOutput = useKiosk().config.headphoneOutput;
  const latest = useRef({ speech, t, preferences, update, headphoneOutput });
  const feedback = useRef<{ text: string; always: boolean } | undefined>(undefined);
  const paused = useRef(false);
  const help = useRef<{ held: boolean; touched: boolean }>({ held: false, touched: false });
  /** The session in which a key was first pressed (the voice came on then). */
  const keysHeardIn = useRef<string | undefined>(undefined);
  /** Typing keys waiting out a wedge scanner's key gap (only while a wedge is attached). */
  const typingHeld = useRef<(() => boolean)[]>([]);
  const typingTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    latest.current = { speech, t, preferences, update, headphoneOutput };
  });

  // The session's voice settings, on the page for tests and the developer dock (no personal data).
  useEffect(() => {
    const root = document.documentElement.dataset;
    root.voice = preferences.voice ? 'on' : 'off';
    root.voiceVolume = String(preferences.volume);
    root.voiceRate = preferences.rate ?? 'configured';
    root.privateMode = preferences.privateMode ? 'on' : 'off';
  }, [preferences.voice, preferences.volume, preferences.rate, preferences.privateMode]);

  // A changed setting is confirmed in its own new voice: said once the provider has the new volume or speed.
  useEffect(() => {
    const pending = feedback.current;
    if (!pending) return;
    feedback.current = undefined;
    speech.speak(pending.text, { interrupt: true, always: pending.always });
  }, [speech]);

  useEffect(() => {
    const doc = document;
    const say = (text: string, always = false, s: Speech = latest.current.speech) =>
      text && s.speak(text, { interrupt: true, always });

    const run = (command: KeyCommand): boolean => {
      const { t: tr, preferences: prefs, update: set } = latest.current;
      const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : undefined;
      const inGrid = active?.closest(GRID) ? active : undefined;
      switch (command) {
        case 'next':
        case 'previous': {
          const target =
            (inGrid && gridNeighbour(inGrid, command === 'next' ? 'down' : 'up')) ||
            neighbour(doc, command === 'next' ? 1 : -1);
          target?.focus();
          return true;
        }
        case 'nextPage':
        case 'previousPage': {
          if (inGrid) {
            gridNeighbour(inGrid, command === 'nextPage' ? 'right' : 'left')?.focus();
            return true;
          }
          // A text box: the arrows move its caret as usual.
          if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return false;
          if (openDialog(doc)) {
            neighbour(doc, command === 'nextPage' ? 1 : -1)?.focus();
            return true;
          }
          const pager = enabled(doc, `main [data-action="${command === 'nextPage' ? 'next-page' : 'previous-page'}"]`);
          if (pager) return click(pager);
          const way =
            command === 'nextPage'
              ? enabled(doc, 'main .k-screen__actions-end button')
              : enabled(doc, 'main .k-screen__actions [data-action="back"]');
          return click(way);
        }
        case 'select': {
          if (active && active !== doc.body && active.matches('button, a[href], [role="radio"], [role="checkbox"]'))
            return click(active);
          if (active instanceof HTMLInputElement) {
            // Enter in a text box: the page's way forward, as a form would.
            return click(enabled(doc, 'main .k-screen__actions-end button'));
          }
          neighbour(doc, 1)?.focus();
          return true;
        }
        case 'help':
          return true; // said on release (keyup), unless a touch was read meanwhile
        case 'repeat':
          paused.current = false;
          say(currentSpoken(doc), true);
          return true;
        case 'pause':
          if (paused.current) {
            paused.current = false;
            say(currentSpoken(doc), true);
          } else {
            paused.current = true;
            latest.current.speech.stop();
          }
          return true;
        case 'volumeDown':
        case 'volumeUp': {
          const volume = stepVolume(prefs.volume, command === 'volumeUp' ? 1 : -1);
          feedback.current = { text: tr('keymap.volume', { percent: Math.round(volume * 100) }), always: true };
          if (volume === prefs.volume) say(feedback.current.text, true);
          else set({ volume });
          return true;
        }
        case 'slower':
        case 'faster': {
          const rate: Rate = stepRate(prefs.rate, command === 'faster' ? 1 : -1);
          feedback.current = { text: tr(`keymap.rate.${rate}`), always: true };
          if (rate === prefs.rate) say(feedback.current.text, true);
          else set({ rate });
          return true;
        }
        case 'language':
          // The page says itself again in the new language (its heading changes).
          set({ locale: prefs.locale === 'zh-CN' ? 'en' : 'zh-CN' });
          return true;
        case 'voice':
          if (prefs.voice) {
            say(tr('keymap.voiceOff'), true);
            set({ voice: false });
          } else {
            feedback.current = { text: `${tr('keymap.voiceOn')}。${currentSpoken(doc)}`, always: true };
            set({ voice: true });
          }
          return true;
        case 'privateMode': {
          const headphones = Boolean(latest.current.headphoneOutput);
          const text = tr(
            prefs.privateMode ? 'keymap.privateOff' : headphones ? 'keymap.privateOn' : 'keymap.privateOnSpeaker',
          );
          // Said once the voice is on (and, with headphones, routed there: the player waits for the output).
          if (prefs.voice) say(text, true);
          else feedback.current = { text, always: true };
          set(prefs.privateMode ? { privateMode: false } : { privateMode: true, voice: true });
          return true;
        }
        case 'back': {
          if (openDialog(doc)) return false; // the dialog's own cancel (Dialog.tsx onDismiss)
          return click(enabled(doc, 'main .k-screen__actions [data-action="back"]'));
        }
      }
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Keys the technician's console or an open admin page handle themselves.
      if (doc.querySelector('.k-admin, [data-screen="admin-sign-in"], .k-sign-in')) return;
      const typing = typingContext(doc);
      const action = actionFor(event, typing);
      if (action.kind === 'none') return;
      doc.documentElement.dataset.input = 'keys';
      if (isHelpKey(event.key) && action.kind === 'command') {
        if (!event.repeat) help.current = { held: true, touched: false };
        event.preventDefault();
        return;
      }
      const { preferences: prefs, update: set, t: tr } = latest.current;
      // The first key of a session: the citizen wants to hear (EZ-Access); the page is said with the voice on.
      if (!prefs.voice && keysHeardIn.current !== sessionOf(doc) && action.kind === 'command') {
        keysHeardIn.current = sessionOf(doc);
        if (action.command !== 'voice') {
          feedback.current = { text: `${tr('keymap.voiceOn')}。${currentSpoken(doc)}`, always: true };
          set({ voice: true });
        }
      }
      if (action.kind === 'command') {
        if (run(action.command)) event.preventDefault();
        return;
      }
      const type = () => {
        const scope = openDialog(doc) ?? doc;
        if (action.kind === 'pad') return click(scope.querySelector(`.k-keypad [data-key="${action.key}"]`));
        if (action.kind === 'keyboard') return typeOnBoard(scope, action.key);
        return pickCandidate(scope, action.index, event.key);
      };
      if (!wedgeAttached(doc)) {
        if (type()) event.preventDefault();
        return;
      }
      // A scanner types too: a key waits out the scanner's key gap, and a burst drops what waits (its first keys).
      event.preventDefault();
      typingHeld.current.push(type);
      window.clearTimeout(typingTimer.current);
      typingTimer.current = window.setTimeout(() => {
        for (const held of typingHeld.current.splice(0)) held();
      }, WEDGE_DEFAULTS.maxKeyGapMs + 15);
    };
    const onWedgeBurst = () => {
      window.clearTimeout(typingTimer.current);
      typingHeld.current = [];
    };

    const onKeyUp = (event: KeyboardEvent) => {
      if (!isHelpKey(event.key) || !help.current.held) return;
      const { touched } = help.current;
      help.current = { held: false, touched: false };
      if (!touched) say(latest.current.t('keymap.help'), true);
    };

    // Touch-and-hear: while the help key is held, a touch is read, never passed on.
    const onTouch = (event: Event) => {
      if (!event.isTrusted) return; // the keys' own presses (click() above)
      if (event.type !== 'click') doc.documentElement.dataset.input = help.current.held ? 'keys' : 'touch';
      if (!help.current.held) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.type !== 'click') return;
      help.current.touched = true;
      const target = event.target instanceof Element ? event.target : null;
      const control = target?.closest<HTMLElement>('button, a[href], input, [role="radio"], [role="checkbox"]');
      const block = control ?? target?.closest<HTMLElement>('p, h1, h2, h3, li, [data-screen]');
      const label = block ? labelOf(block) : '';
      if (label) say(latest.current.t('keymap.touchHear', { label }), true);
    };

    // What was typed, by key or by touch, said back (after the page has taken the key).
    const onPress = (event: Event) => {
      if (help.current.held) return;
      const key =
        event.target instanceof Element
          ? event.target.closest<HTMLElement>(
              event.type === 'pointerdown' ? '[data-skbtn]' : '[data-key], [data-candidate]',
            )
          : null;
      if (!key || !key.closest('.k-keypad, .k-keyboard')) return;
      window.setTimeout(() => {
        const { t: tr } = latest.current;
        const controls =
          key.getAttribute('aria-controls') ??
          key.closest('.k-keyboard')?.querySelector('[aria-controls]')?.getAttribute('aria-controls') ??
          '';
        const input = controls ? doc.getElementById(controls) : null;
        const value = input instanceof HTMLInputElement ? input.value.replace(/[^0-9A-Za-z\p{Script=Han}]/gu, '') : '';
        const pressed = key.dataset.key ?? key.dataset.skbtn ?? key.dataset.candidate ?? '';
        if (pressed.startsWith('{') && !['{bksp}', '{clear}', '{space}'].includes(pressed)) return;
        const text = typedEcho(
          { key: pressed, secret: isSecret(input), length: value.length },
          {
            typedSecret: tr('keymap.typedSecret', { n: value.length }),
            deleted: tr('keymap.deleted'),
            cleared: tr('keymap.cleared'),
            space: tr('keymap.space'),
          },
        );
        say(text);
      }, 0);
    };

    doc.addEventListener('keydown', onKeyDown);
    doc.addEventListener('keyup', onKeyUp);
    window.addEventListener(WEDGE_BURST_EVENT, onWedgeBurst);
    for (const type of ['pointerdown', 'mousedown', 'touchstart', 'click'])
      doc.addEventListener(type, onTouch, { capture: true });
    doc.addEventListener('click', onPress);
    doc.addEventListener('pointerdown', onPress);
    return () => {
      doc.removeEventListener('keydown', onKeyDown);
      doc.removeEventListener('keyup', onKeyUp);
      window.removeEventListener(WEDGE_BURST_EVENT, onWedgeBurst);
      onWedgeBurst();
      for (const type of ['pointerdown', 'mousedown', 'touchstart', 'click'])
        doc.removeEventListener(type, onTouch, { capture: true });
      doc.removeEventListener('click', onPress);
      doc.removeEventListener('pointerdown', onPress);
    };
  }, []);

  return null;
}
