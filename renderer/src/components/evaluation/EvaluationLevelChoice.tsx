import { Angry, CheckCircle2, Circle, Frown, Laugh, Meh, Smile } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { type EvaluationLevel, evaluationLevelLabels } from '../../../../shared/platform/services.js';
import { evaluationLevels } from './evaluation-form.js';
import './evaluation.css';

const faces: Record<EvaluationLevel, typeof Smile> = {
  verySatisfied: Laugh,
  satisfied: Smile,
  basicallySatisfied: Meh,
  dissatisfied: Frown,
  veryDissatisfied: Angry,
};

export interface EvaluationLevelChoiceProps {
  readonly value: EvaluationLevel | undefined;
  readonly onChange: (level: EvaluationLevel) => void;
  /** Id of the element naming the group (usually the page heading). */
  readonly labelledBy: string;
  readonly invalid?: boolean;
  readonly id: string;
  /** 'row': five faces side by side, for a page that asks the rating beside other things (the confirmation). */
  readonly layout?: 'rows' | 'row';
}

/**
 * The five levels of 好差评 as five big rows, best first, each with a face and the national wording
 * (evaluationLevelLabels). The chosen row has a tick and a thick border as well as colour.
 */
export function EvaluationLevelChoice({
  value,
  onChange,
  labelledBy,
  invalid,
  id,
  layout = 'rows',
}: EvaluationLevelChoiceProps) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <div
      className={layout === 'row' ? 'k-levels k-levels--row' : 'k-levels'}
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-invalid={invalid || undefined}
      id={id}
    >
      {evaluationLevels.map((level) => {
        const Face = faces[level];
        const selected = level === value;
        return (
          <button
            key={level}
            type="button"
            role="radio"
            aria-checked={selected}
            className={['k-choice', 'k-level', `k-level--${level}`, selected ? 'k-choice--selected' : '']
              .filter(Boolean)
              .join(' ')}
            onClick={() => onChange(level)}
            data-level={level}
            data-value={level}
          >
            {selected ? (
              <CheckCircle2 className="k-icon k-choice__mark" aria-hidden="true" />
            ) : (
              <Circle className="k-icon k-choice__mark" aria-hidden="true" />
            )}
            <Face className="k-icon k-level__face" aria-hidden="true" />
            <span className="k-choice__label">{evaluationLevelLabels[level][locale]}</span>
          </button>
        );
      })}
    </div>
  );
}
