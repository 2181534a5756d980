import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Situation } from '../../../../../shared/catalog/schema.js';
import { Button } from '../../../components/Button.js';
import { ChoiceList } from '../../../components/ChoiceList.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';

/** One situation question (办事情形) per page; the question is the heading. Checked only on 继续. */
export function SituationScreen({ flow, question }: { flow: FlowController; question: Situation }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const [choice, setChoice] = useState<string | undefined>(flow.state.answers[question.id]);
  const [error, setError] = useState(false);
  const fieldId = `situation-${question.id}`;
  return (
    <ScreenLayout
      screenId="situation"
      title={l(question.question)}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        <Button
          variant="primary"
          data-action="continue"
          onClick={() => {
            if (!choice) return setError(true);
            flow.dispatch({ type: 'answer', question: question.id, value: choice });
            flow.next();
          }}
        >
          {t('common.continue')}
        </Button>
      }
    >
      <ErrorSummary errors={error ? [{ fieldId, message: t('flow.chooseOne') }] : []} />
      {question.help ? <p className="k-hint">{l(question.help)}</p> : null}
      {error ? <p className="k-field-error">{t('flow.chooseOne')}</p> : null}
      <ChoiceList
        id={fieldId}
        labelledBy="k-screen-title"
        invalid={error}
        value={choice}
        onChange={(value) => {
          setChoice(value);
          setError(false);
        }}
        choices={question.options.map((o) => ({
          value: o.value,
          label: l(o.label),
          hint: o.hint ? l(o.hint) : undefined,
        }))}
      />
    </ScreenLayout>
  );
}
