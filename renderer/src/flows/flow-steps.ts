import type { Screen } from '../../../shared/catalog/flow-kinds.js';
import type { Answers, FieldValue, FormField, Situation } from '../../../shared/catalog/schema.js';
import type { FlowTarget } from './flow-target.js';

/**
 * One page of a flow. The form is one question per page (GOV.UK); situation questions are one per page or two
 * short related ones together (see `situationPages`); the rest one page per screen.
 */
export type Step =
  | { readonly key: string; readonly screen: Exclude<Screen, 'situations' | 'form'> }
  | { readonly key: string; readonly screen: 'situations'; readonly questions: readonly [Situation, ...Situation[]] }
  | {
      readonly key: string;
      readonly screen: 'form';
      readonly field: FormField;
      /** A page opened from the check page's 修改 for a value that otherwise has none (known, or optional in 长辈模式). */
      readonly revisit?: boolean;
    };

export interface StepInputs {
  readonly answers: Answers;
  /** Values the kiosk already knows without asking (ID card, earlier answers, records); such fields get no page. */
  readonly known: Readonly<Record<string, FieldValue>>;
  /** Answers the kiosk knows without asking (catalog `answeredBy`); such questions get no page. */
  readonly knownAnswers?: Readonly<Record<string, string>>;
  /** 长辈模式: optional fields get no page; the check page offers them. */
  readonly skipOptional?: boolean;
  /** The page shown now: it keeps its place even when it would otherwise have none (修改 of a known value). */
  readonly current?: string;
}

/**
 * The pages of a flow for the answers so far. Questions appear as earlier answers make them apply, except
 * those the kiosk can answer itself; the form's pages are the applicable fields the kiosk does not already
 * know (and, in 长辈模式, that are not optional). Recomputed on every change, so a changed answer reshapes what
 * follows without any page keeping stale state.
 */
export function stepsFor(target: FlowTarget, inputs: StepInputs): Step[] {
  const resolution = target.resolve(inputs.answers);
  const steps: Step[] = [];
  for (const screen of target.screens) {
    if (screen === 'situations') {
      const asked = resolution.questions.filter(
        (q) => !(inputs.knownAnswers && Object.hasOwn(inputs.knownAnswers, q.id)),
      );
      for (const questions of situationPages(target.questions, asked)) {
        steps.push({ key: situationKey(questions[0]), screen, questions });
      }
    } else if (screen === 'form') {
      for (const field of resolution.fields) {
        const key = `field:${field.id}`;
        const skipped = Object.hasOwn(inputs.known, field.id) || (inputs.skipOptional === true && field.optional);
        if (!skipped) steps.push({ key, screen, field });
        else if (key === inputs.current) steps.push({ key, screen, field, revisit: true });
      }
    } else {
      steps.push({ key: screen, screen });
    }
  }
  return steps;
}

/** The page of a situation question: the key of its first question, so a page keeps its key as answers come. */
const situationKey = (question: Situation) => `situation:${question.id}`;

/** Two questions share a page only while the page stays short enough to read at arm's length. */
const MAX_OPTIONS_ON_A_SHARED_PAGE = 5;

/**
 * The situation questions to ask, on pages. A question joins the one before it on its page when both are short
 * (five choices together) and neither depends on an answer (`when`), and no question that may still appear
 * stands between them in the item's own order — so the pages do not reshuffle when an answer brings in a
 * question. The questions the kiosk answers itself (`answeredBy`) are not asked and do not separate.
 */
export function situationPages(
  all: readonly Situation[],
  asked: readonly Situation[],
): (readonly [Situation, ...Situation[]])[] {
  const pages: [Situation, ...Situation[]][] = [];
  const position = (q: Situation) => all.findIndex((a) => a.id === q.id);
  for (const question of asked) {
    const page = pages.at(-1);
    const previous = page?.at(-1);
    const between = previous ? all.slice(position(previous) + 1, position(question)) : [];
    const joins =
      page !== undefined &&
      previous !== undefined &&
      page.length === 1 &&
      previous.when === undefined &&
      question.when === undefined &&
      between.every((q) => q.answeredBy !== undefined && q.when === undefined) &&
      previous.options.length + question.options.length <= MAX_OPTIONS_ON_A_SHARED_PAGE;
    if (joins) page.push(question);
    else pages.push([question]);
  }
  return pages;
}

/** The key of the page that asks `questionId` (修改 on the check page opens it). */
export function situationPageKey(steps: readonly Step[], questionId: string): string {
  const page = steps.find((s) => s.screen === 'situations' && s.questions.some((q) => q.id === questionId));
  return page?.key ?? `situation:${questionId}`;
}

/** The page after `key`; a key that no longer exists (its question stopped applying) continues from the start. */
export function nextStep(steps: readonly Step[], key: string): Step | undefined {
  const index = steps.findIndex((s) => s.key === key);
  return index < 0 ? steps[0] : steps[index + 1];
}

/**
 * Where a step sits among the steps a citizen counts (1-based), for "第 3 步，共 8 步". A page opened from the
 * check page for a value that has no page of its own is a detour from the check page and counts as it.
 */
export function stepNumber(steps: readonly Step[], key: string): { index: number; total: number } {
  const counted = steps.filter((s) => s.screen !== 'takeCard' && !(s.screen === 'form' && s.revisit === true));
  const revisit = steps.find((s) => s.key === key && s.screen === 'form' && s.revisit === true);
  const index = counted.findIndex((s) => s.key === (revisit ? 'check' : key));
  return { index: index + 1, total: counted.length };
}
