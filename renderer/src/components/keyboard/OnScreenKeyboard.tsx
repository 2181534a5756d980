import chinese from 'simple-keyboard-layouts/build/layouts/chinese';
import { SimpleKeyboard as Keyboard } from 'simple-keyboard';
import 'simple-keyboard/build/css/index.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button.js';
import { afterChoosing, compose, type PinyinDictionary } from './pinyin-composer.js';
import './OnScreenKeyboard.css';

export type KeyboardMode = 'pinyin' | 'letters' | 'symbols';

const dictionary: PinyinDictionary = (chinese as unknown as { layoutCandidates: PinyinDictionary }).layoutCandidates;
const CANDIDATES_PER_PAGE = 7;

/** Letters for pinyin and English; a symbols page with digits and the characters Chinese addresses need. */
const layouts = {
  letters: ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m {bksp}', '{symbols} {mode} {space} {clear}'],
  symbols: [
    '1 2 3 4 5 6 7 8 9 0',
    '号 楼 单元 室 栋 层',
    '村 路 街 巷 镇 乡 区',
    '- · ( ) # / , {bksp}',
    '{letters} {space} {clear}',
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
  const state = useRef({ value, letters, mode });
  /** Pinyin or plain letters: where the "abc" key of the symbols page returns to. */
  const lettersMode = useRef<Exclude<KeyboardMode, 'symbols'>>(initialMode === 'symbols' ? 'pinyin' : initialMode);
  state.current = { value, letters, mode };

  const { syllable, candidates } =
    mode === 'pinyin' ? compose(letters, dictionary) : { syllable: '', candidates: [] as string[] };
  const pages = Math.max(1, Math.ceil(candidates.length / CANDIDATES_PER_PAGE));
  const shown = candidates.slice(page * CANDIDATES_PER_PAGE, (page + 1) * CANDIDATES_PER_PAGE);

  const append = (text: string) => {
    const next = (state.current.value + text).slice(0, maxLength);
    onChange(next);
  };

  const choose = (candidate: string) => {
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
        '{space}': mode === 'pinyin' ? t('keyboard.spaceChoose') : t('keyboard.space'),
        '{clear}': t('keypad.clear'),
        '{symbols}': t('keyboard.symbols'),
        '{letters}': t('keyboard.letters'),
        '{mode}': mode === 'pinyin' ? t('keyboard.toEnglish') : t('keyboard.toPinyin'),
      },
      layoutName: mode === 'symbols' ? 'symbols' : 'default',
    });
  }, [mode, t]);

  function press(button: string) {
    const { letters: typed, mode: current, value: text } = state.current;
    switch (button) {
      case '{bksp}':
        if (typed) setLetters(typed.slice(0, -1));
        else onChange([...text].slice(0, -1).join(''));
        break;
      case '{clear}':
        setLetters('');
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
