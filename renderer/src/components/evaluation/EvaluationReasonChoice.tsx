import { CheckSquare, Square } from 'lucide-react';
import './evaluation.css';

export interface ReasonOption<C extends string> {
  readonly code: C;
  readonly label: string;
}

export interface EvaluationReasonChoiceProps<C extends string> {
  readonly options: readonly ReasonOption<C>[];
  readonly selected: readonly C[];
  readonly onToggle: (code: C) => void;
  readonly labelledBy: string;
  readonly invalid?: boolean;
  readonly id: string;
}

/** Reasons for a low rating, several at once (checkboxes as big rows, two columns when there is room). */
export function EvaluationReasonChoice<C extends string>({
  options,
  selected,
  onToggle,
  labelledBy,
  invalid,
  id,
}: EvaluationReasonChoiceProps<C>) {
  return (
    <div className="k-reasons" role="group" aria-labelledby={labelledBy} aria-invalid={invalid || undefined} id={id}>
      {options.map((option) => {
        const on = selected.includes(option.code);
        return (
          <button
            key={option.code}
            type="button"
            role="checkbox"
            aria-checked={on}
            className={on ? 'k-choice k-choice--selected' : 'k-choice'}
            data-reason={option.code}
            data-value={option.code}
            onClick={() => onToggle(option.code)}
          >
            {on ? (
              <CheckSquare className="k-icon k-choice__mark" aria-hidden="true" />
            ) : (
              <Square className="k-icon k-choice__mark" aria-hidden="true" />
            )}
            <span className="k-choice__label">{option.label}</span>
          </button>
        );
      })}
    </div>
  );
}
