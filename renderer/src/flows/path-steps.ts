import type { FlowState } from './flow-state.js';
import { type Step, stepsFor } from './flow-steps.js';
import type { FlowTarget } from './flow-target.js';
import { expectedRecords, expectedFromCard } from './expected-identity.js';
import { knownAnswers, projectedAnswers } from './known-answers.js';
import { knownValues } from './prefill.js';

/**
 * The pages of a flow along the path the answers lead to: open questions take their first option, and before
 * identification the values the card and the business choice will settle count as known, as they will be.
 * So the step counter ("第 3 步，共 12 步") counts on by one per page instead of jumping as answers and
 * identification come in (19 → 17 → 18 → 19); it changes only when an answer takes another path. Questions
 * the records answer and values the kiosk knows get no page; optional fields get none in 长辈模式.
 * `state.answers` must already hold the known answers.
 */
export function pathSteps(
  target: FlowTarget,
  state: Pick<FlowState, 'stepKey' | 'answers' | 'idCard' | 'records' | 'values'>,
  senior: boolean,
): Step[] {
  const records = state.idCard ? state.records : { ...expectedRecords(target), ...state.records };
  const answered = knownAnswers(target, records);
  const answers = projectedAnswers(target, { ...state.answers, ...answered });
  const fields = target.resolve(answers).fields;
  const known = {
    ...knownValues(fields, { idCard: state.idCard, answers, values: state.values, records }),
    ...(state.idCard ? {} : expectedFromCard(target, fields)),
  };
  return stepsFor(target, { answers, known, knownAnswers: answered, skipOptional: senior, current: state.stepKey });
}
