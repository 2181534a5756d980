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
import './SituationScreen.css';

const fieldIdOf = (question: Situation) => `situation-${question.id}`;

/**
 * Situation questions (办事情形): one per page with the question as the heading, or two short ones together
 * (flow-steps' situationPages) under one heading, each question over its own choices. Checked only on 继续,
 * which gives every answer of the page at once.
 */
export function SituationScreen({ flow, questions }: { flow: FlowController; questions: readonly Situation[] }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const [choices, setChoices] = useState<Readonly<Record<string, string | undefined>>>(() =>
    Object.fromEntries(questions.map((q) => [q.id, flow.state.answers[q.id]])),
  );
  const [tried, setTried] = useState(false);
  const missing = questions.filter((q) => choices[q.id] === undefined);
  const shown = tried ? missing : [];
  const single = questions.length === 1 ? questions[0] : undefined;

  const submit = () => {
    if (missing.length > 0) return setTried(true);
    for (const q of questions) flow.dispatch({ type: 'answer', question: q.id, value: choices[q.id] as string });
    flow.next();
  };

  const choiceList = (question: Situation, labelledBy: string) => (
    <ChoiceList
      id={fieldIdOf(question)}
      labelledBy={labelledBy}
      invalid={shown.includes(question)}
      value={choices[question.id]}
      onChange={(value) => setChoices((now) => ({ ...now, [question.id]: value }))}
      choices={question.options.map((o) => ({
        value: o.value,
        label: l(o.label),
        hint: o.hint ? l(o.hint) : undefined,
      }))}
    />
  );
  const errorFor = (question: Situation) =>
    shown.includes(question) ? <p className="k-field-error">{t('flow.chooseOne')}</p> : null;

  return (
    <ScreenLayout
      screenId="situation"
      title={single ? l(single.question) : t('flow.situationsTitle', { count: questions.length })}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        <Button variant="primary" data-action="continue" onClick={submit}>
          {t('common.continue')}
        </Button>
      }
    >
      <ErrorSummary
        errors={shown.map((q) => ({
          fieldId: fieldIdOf(q),
          message: single ? t('flow.chooseOne') : `${l(q.question)} ${t('flow.chooseOne')}`,
        }))}
      />
      {single ? (
        <>
          {single.help ? <p className="k-hint">{l(single.help)}</p> : null}
          {errorFor(single)}
          {choiceList(single, 'k-screen-title')}
        </>
      ) : (
        questions.map((question) => (
          <section key={question.id} className="k-situation" data-situation={question.id}>
            <h3 className="k-situation__question" id={`k-question-${question.id}`}>
              {l(question.question)}
            </h3>
            {question.help ? <p className="k-hint">{l(question.help)}</p> : null}
            {errorFor(question)}
            {choiceList(question, `k-question-${question.id}`)}
          </section>
        ))
      )}
    </ScreenLayout>
  );
}
