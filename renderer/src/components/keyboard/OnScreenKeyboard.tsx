import chinese from 'simple-keyboard-layouts/build/layouts/chinese';
import { SimpleKeyboard as Keyboard } from 'simple-keyboard';
import 'simple-keyboard/build/css/index.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button.js';
import { deleteBefore, deleteWordBefore, type Edit, insertAt, moveCaret } from './caret-editing.js';
import { afterChoosing, compose, type PinyinDictionary } from './pinyin-composer.js';
import './OnScreenKeyboard.css';

export type KeyboardMode = 'pinyin' | 'letters' | 'symbols';

const dictionary: PinyinDictionary = (chinese as unknown as { layoutCandidates: PinyinDictionary }).layoutCandidates;
const CANDIDATES_PER_PAGE = 7;

/** Letters for pinyin and English; a symbols page with digits and the characters Chinese addresses need. */
/** Both pages carry the caret keys (◀ ▶), delete a character (⌫) and delete a word (删词). */
const layouts = {
  letters: [
    'q w e r t y u i o p',
    'a s d f g h j k l',
    'z x c v b n m {bkspword} {bksp}',
    '{symbols} {mode} {left} {space} {right} {clear}',
  ],
  symbols: [
    '1 2 3 4 5 6 7 8 9 0',
    '号 楼 单元 室 栋 层',
    '村 路 街 巷 镇 乡 区',
    '- · ( ) # / , {bkspword} {bksp}',
    '{letters} {left} {space} {right} {clear}',
  ],
};

export interface OnScreenKeyboardProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  readonly initialMode?: KeyboardMode;
  /** Id of the text box the keyboard writes into. */
  readonly controls: string;
}

/**
 * The kiosk's keyboard (there is no physical one): simple-keyboard for the keys, and a candidate bar of big
 * buttons for pinyin. Typing is a last resort — screens prefill from the ID card and platform data first.
 * Text goes in at a caret the citizen moves with ◀ ▶ (or a tap in the text box), so a mistake is mended where
 * it is, with ⌫ for a character and 删词 for a word, instead of clearing and typing everything again.
 */
export function OnScreenKeyboard({
  value,
  onChange,
  maxLength,
  initialMode = 'pinyin',
  controls,
}: OnScreenKeyboardProps) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const keyboard = useRef<Keyboard | null>(null);
  const [mode, setMode] = useState<KeyboardMode>(initialMode);
  const [letters, setLetters] = useState('');
  const [page, setPage] = useState(0);
  /** Where text goes in (UTF-16 offset); undefined = at the end. */
  const [caret, setCaret] = useState<number | undefined>(undefined);
  /** After a press the text box gets the focus back, so its caret shows where the next character goes. */
  const pressed = useRef(false);
  const state = useRef({ value, letters, mode, caret });
  /** Pinyin or plain letters: where the "abc" key of the symbols page returns to. */
  const lettersMode = useRef<Exclude<KeyboardMode, 'symbols'>>(initialMode === 'symbols' ? 'pinyin' : initialMode);
  state.current = { value, letters, mode, caret };

  const { syllable, candidates } =
    mode === 'pinyin' ? compose(letters, dictionary) : { syllable: '', candidates: [] as string[] };
  const pages = Math.max(1, Math.ceil(candidates.length / CANDIDATES_PER_PAGE));
  const shown = candidates.slice(page * CANDIDATES_PER_PAGE, (page + 1) * CANDIDATES_PER_PAGE);

  const at = () => state.current.caret ?? state.current.value.length;
  const apply = (edit: Edit) => {
    // At the end stays "at the end" (undefined), so text set from elsewhere still goes on at its end.
    setCaret(edit.caret >= edit.text.length ? undefined : edit.caret);
    if (edit.text !== state.current.value) onChange(edit.text);
  };
  const append = (text: string) => apply(insertAt({ text: state.current.value, caret: at() }, text, maxLength));

  // The caret in the text box: set after each press (with the focus), and taken from a tap in the box.
  useEffect(() => {
    const input = document.getElementById(controls);
    if (!(input instanceof HTMLInputElement)) return undefined;
    const refocus = pressed.current;
    pressed.current = false;
    // After the touch has ended: the key (or candidate) takes the focus as the touch's own default action.
    const timer = window.setTimeout(() => {
      if (refocus) input.focus({ preventScroll: true });
      const position = Math.min(caret ?? input.value.length, input.value.length);
      if (document.activeElement === input) input.setSelectionRange(position, position);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [controls, caret, value]);
  useEffect(() => {
    const input = document.getElementById(controls);
    if (!(input instanceof HTMLInputElement)) return undefined;
    const placed = () => {
      const position = input.selectionStart ?? input.value.length;
      setCaret(position >= input.value.length ? undefined : position);
    };
    input.addEventListener('click', placed);
    input.addEventListener('keyup', placed);
    return () => {
      input.removeEventListener('click', placed);
      input.removeEventListener('keyup', placed);
    };
  }, [controls]);

  const choose = (candidate: string) => {
    pressed.current = true;
    append(candidate);
    setLetters((current) => afterChoosing(current, syllable));
    setPage(0);
  };

  useEffect(() => {
    if (!host.current) return undefined;
    const instance = new Keyboard(host.current, {
      layout: { default: layouts.letters, symbols: layouts.symbols },
      layoutName: 'default',
      useButtonTag: true,
      disableCaretPositioning: true,
      display: {
        '{bksp}': '⌫',
        '{bkspword}': '',
        '{left}': '◀',
        '{right}': '▶',
        '{space}': ' ',
        '{clear}': '',
        '{symbols}': '123',
        '{letters}': 'abc',
        '{mode}': '',
      },
      onKeyPress: (button: string) => press(button),
    });
    keyboard.current = instance;
    return () => instance.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- The keyboard is built once; presses read the latest state through the ref.
  }, []);

  // Localized labels and the mode key's text change with language and mode.
  useEffect(() => {
    keyboard.current?.setOptions({
      display: {
        '{bksp}': '⌫',
        '{bkspword}': t('keyboard.deleteWord'),
        '{left}': '◀',
        '{right}': '▶',
        '{space}': mode === 'pinyin' ? t('keyboard.spaceChoose') : t('keyboard.space'),
        '{clear}': t('keypad.clear'),
        '{symbols}': t('keyboard.symbols'),
        '{letters}': t('keyboard.letters'),
        '{mode}': mode === 'pinyin' ? t('keyboard.toEnglish') : t('keyboard.toPinyin'),
      },
      layoutName: mode === 'symbols' ? 'symbols' : 'default',
      buttonAttributes: [
        { attribute: 'aria-label', value: t('keyboard.caretLeft'), buttons: '{left}' },
        { attribute: 'aria-label', value: t('keyboard.caretRight'), buttons: '{right}' },
        { attribute: 'aria-label', value: t('keyboard.deleteWord'), buttons: '{bkspword}' },
      ],
    });
  }, [mode, t]);

  function press(button: string) {
    const { letters: typed, mode: current, value: text } = state.current;
    pressed.current = true;
    switch (button) {
      case '{bksp}':
        if (typed) setLetters(typed.slice(0, -1));
        else apply(deleteBefore({ text, caret: at() }));
        break;
      case '{bkspword}':
        // While composing, the pinyin letters are the word being typed.
        if (typed) setLetters('');
        else apply(deleteWordBefore({ text, caret: at() }));
        break;
      case '{left}':
      case '{right}':
        apply(moveCaret({ text, caret: at() }, button === '{left}' ? -1 : 1));
        break;
      case '{clear}':
        setLetters('');
        setCaret(undefined);
        onChange('');
        break;
      case '{space}':
        if (current === 'pinyin' && typed) {
          const first = compose(typed, dictionary);
          if (first.candidates[0]) {
            append(first.candidates[0]);
            setLetters(afterChoosing(typed, first.syllable));
          } else setLetters('');
        } else append(' ');
        break;
      case '{mode}':
        setLetters('');
        setMode(current === 'pinyin' ? 'letters' : 'pinyin');
        break;
      case '{symbols}':
        setLetters('');
        lettersMode.current = current === 'symbols' ? lettersMode.current : current;
        setMode('symbols');
        break;
      case '{letters}':
        // Back to the letters the citizen was using (English letters for codes stay English letters).
        setMode(lettersMode.current);
        break;
      default:
        if (current === 'pinyin' && /^[a-z]$/.test(button)) {
          setLetters(typed.length < 24 ? typed + button : typed);
          setPage(0);
        } else append(button);
    }
  }

  return (
    <div className="k-keyboard" data-mode={mode}>
      <div
        className="k-keyboard__candidates"
        role="group"
        aria-label={t('keyboard.candidates')}
        aria-controls={controls}
      >
        <span className="k-keyboard__composing" aria-live="polite">
          {letters}
        </span>
        {shown.map((candidate) => (
          <button
            key={candidate}
            type="button"
            className="k-keyboard__candidate"
            onClick={() => choose(candidate)}
            data-candidate={candidate}
          >
            {candidate}
          </button>
        ))}
        {pages > 1 ? (
          <span className="k-keyboard__candidate-pages">
            <Button
              onClick={() => setPage((p) => Math.max(0, p - 1))}
              disabled={page === 0}
              aria-label={t('pager.previous')}
            >
              ‹
            </Button>
            <Button
              onClick={() => setPage((p) => Math.min(pages - 1, p + 1))}
              disabled={page >= pages - 1}
              aria-label={t('pager.next')}
            >
              ›
            </Button>
          </span>
        ) : null}
      </div>
      <div ref={host} className="k-keyboard__keys" />
    </div>
  );
}
