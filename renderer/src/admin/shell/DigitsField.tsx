import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { applyKey, Keypad } from '../../components/Keypad.js';
import './DigitsField.css';

/**
 * A 6-digit entry for a PIN, a one-time code or a staff number: shown as dots when secret, typed on the
 * kiosk's own keypad (or a USB keypad: digits and Backspace). Screen readers hear how many digits, never which.
 */
export function DigitsField({
  label,
  value,
  onChange,
  secret,
  length = 6,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  secret: boolean;
  length?: number;
  name: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const cells = Array.from({ length }, (_, i) => (i < value.length ? (secret ? '●' : value[i]) : ''));
  return (
    <div className="k-digits">
      <label className="k-digits__label" htmlFor={id}>
        {label}
      </label>
      <output
        id={id}
        className="k-digits__cells"
        data-digits={name}
        tabIndex={0}
        aria-label={`${label}: ${t('admin.signIn.digitsEntered', { count: value.length })}`}
        onKeyDown={(event) => {
          if (/^\d$/.test(event.key)) onChange(applyKey(value, event.key as '0', length));
          else if (event.key === 'Backspace') onChange(applyKey(value, 'backspace', length));
          else return;
          event.preventDefault();
        }}
      >
        {cells.map((c, i) => (
          <span key={i} className="k-digits__cell" aria-hidden="true">
            {c}
          </span>
        ))}
      </output>
      <Keypad controls={id} onKey={(key) => onChange(applyKey(value, key, length))} />
    </div>
  );
}
