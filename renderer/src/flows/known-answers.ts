import type { Answers, Situation } from '../../../shared/catalog/schema.js';
import type { FlowTarget } from './flow-target.js';

/** Every situation question of the target, applicable or not (an item's own, or a package's). */
export function allQuestions(target: FlowTarget): readonly Situation[] {
  return target.item?.situations ?? target.package?.situations ?? [];
}

/**
 * Answers the kiosk knows without asking (catalog `answeredBy`): a record of the person or of the business
 * picked at identification, mapped to an option. Such questions get no page; their answers show on the
 * check page and go into the application like any other.
 */
export function knownAnswers(target: FlowTarget, records: Readonly<Record<string, string>>): Record<string, string> {
  const known: Record<string, string> = {};
  for (const question of allQuestions(target)) {
    const by = question.answeredBy;
    const value = by ? records[by.record] : undefined;
    const option = by && value !== undefined ? by.map[value] : undefined;
    if (option !== undefined && question.options.some((o) => o.value === option)) known[question.id] = option;
  }
  return known;
}

/**
 * The answers as they will most likely end: the given ones, and for each question still open its first
 * option. Only for counting the steps ("第 3 步，共 12 步"), so the total follows the path the answers lead to
 * instead of growing as each question opens the pages after it.
 */
export function projectedAnswers(target: FlowTarget, answers: Answers): Answers {
  const projected: Record<string, string> = { ...answers };
  for (let i = 0; i <= allQuestions(target).length; i += 1) {
    const open = target.resolve(projected).unanswered[0];
    const first = open?.options[0]?.value;
    if (!open || first === undefined) break;
    projected[open.id] = first;
  }
  return projected;
}
