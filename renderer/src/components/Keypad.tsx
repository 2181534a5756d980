import { Delete } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './Keypad.css';

export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'X' | '.' | 'backspace' | 'clear';

export interface KeypadProps {
  readonly onKey: (key: KeypadKey) => void;
  /** The key left of 0: "X" for ID numbers, "." for amounts, none for phones and case numbers. */
  readonly extraKey?: 'X' | '.';
  /** Id of the input the keypad types into (announced to assistive technology). */
  readonly controls: string;
}

const rows: KeypadKey[][] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/** A telephone-style number pad with keys far larger than a touch target; typing is a last resort. */
export function Keypad({ onKey, extraKey, controls }: KeypadProps) {
  const { t } = useTranslation();
  const key = (k: KeypadKey, label?: string, className?: string) => (
    <button
      type="button"
      key={k}
      className={['k-keypad__key', className].filter(Boolean).join(' ')}
      aria-controls={controls}
      onClick={() => onKey(k)}
      data-key={k}
      aria-label={label}
    >
      {k === 'backspace' ? <Delete className="k-icon" aria-hidden="true" /> : (label ?? k)}
    </button>
  );
  return (
    <div className="k-keypad" role="group" aria-label={t('keypad.label')}>
      {rows.flat().map((k) => key(k))}
      {extraKey ? key(extraKey) : key('clear', t('keypad.clear'), 'k-keypad__key--word')}
      {key('0')}
      {key('backspace', t('keypad.backspace'))}
      {extraKey ? key('clear', t('keypad.clear'), 'k-keypad__key--word k-keypad__key--wide') : null}
    </div>
  );
}

/** Applies a key to a value, with a maximum length. */
export function applyKey(value: string, key: KeypadKey, maxLength: number): string {
  if (key === 'backspace') return value.slice(0, -1);
  if (key === 'clear') return '';
  if (value.length >= maxLength) return value;
  if (key === '.' && value.includes('.')) return value;
  return value + key;
}
