import { CheckCircle2, Circle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './ChoiceList.css';

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

export interface ChoiceListProps {
  readonly choices: readonly Choice[];
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  /** Id of the element naming the group (usually the page heading). */
  readonly labelledBy: string;
  readonly invalid?: boolean;
  readonly id?: string;
  /** Marks the group as a form field's input (tests and the robot citizen find fields by it). */
  readonly fieldType?: string;
}

/**
 * One answer from a few, as big rows (GOV.UK radios for touch). The chosen row gets a tick and a thicker
 * border as well as colour, so the state never depends on colour alone.
 */
export function ChoiceList({ choices, value, onChange, labelledBy, invalid, id, fieldType }: ChoiceListProps) {
  const { i18n } = useTranslation();
  return (
    <div
      className="k-choices"
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-invalid={invalid || undefined}
      id={id}
      lang={i18n.language}
      data-field-type={fieldType}
    >
      {choices.map((choice) => {
        const selected = choice.value === value;
        return (
          <button
            key={choice.value}
            type="button"
            role="radio"
            aria-checked={selected}
            className={selected ? 'k-choice k-choice--selected' : 'k-choice'}
            onClick={() => onChange(choice.value)}
            data-value={choice.value}
          >
            {selected ? (
              <CheckCircle2 className="k-icon k-choice__mark" aria-hidden="true" />
            ) : (
              <Circle className="k-icon k-choice__mark" aria-hidden="true" />
            )}
            <span className="k-choice__text">
              <span className="k-choice__label">{choice.label}</span>
              {choice.hint ? <span className="k-choice__hint">{choice.hint}</span> : null}
            </span>
          </button>
        );
      })}
    </div>
  );
}
