import { applyKey, Keypad } from '../Keypad.js';
import './evaluation.css';

export interface PhoneEntryProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly id: string;
  /** Id of the error text shown at the field, when there is one. */
  readonly errorId?: string;
  readonly hintId?: string;
}

/** An optional mobile number typed on the kiosk's number pad (11 digits; checked by the screen on 继续). */
export function PhoneEntry({ value, onChange, id, errorId, hintId }: PhoneEntryProps) {
  return (
    <>
      <input
        id={id}
        className="k-entry k-entry--phone"
        type="text"
        inputMode="none"
        autoComplete="off"
        readOnly
        aria-labelledby="k-screen-title"
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={errorId ? true : undefined}
        value={value.replace(/^(\d{3})(\d{1,4})?(\d{1,4})?$/, (_m, a: string, b?: string, c?: string) =>
          [a, b, c].filter(Boolean).join(' '),
        )}
      />
      <Keypad controls={id} onKey={(key) => onChange(applyKey(value, key, 11))} />
    </>
  );
}
