import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './ErrorSummary.css';

export interface FieldError {
  /** Id of the input the message belongs to; tapping the message moves focus there. */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * GOV.UK's error summary: shown after "继续" only, at the top, focused so screen readers and speech read it
 * first; the same words stand at the field.
 */
export function ErrorSummary({
  errors,
  onSelect,
}: {
  errors: readonly FieldError[];
  /** Where the field may not be on screen (a paged list), the screen brings it there; otherwise focus moves. */
  onSelect?: (fieldId: string) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="k-error-summary" role="alert" aria-labelledby="k-error-summary-title" tabIndex={-1} ref={ref}>
      <h3 id="k-error-summary-title">{t('errors.summaryTitle')}</h3>
      <ul role="list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <button
              type="button"
              className="k-error-summary__link"
              onClick={() => (onSelect ? onSelect(error.fieldId) : document.getElementById(error.fieldId)?.focus())}
            >
              {error.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
