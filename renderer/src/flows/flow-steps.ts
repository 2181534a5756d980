import type { Screen } from '../../../shared/catalog/flow-kinds.js';
import type { Answers, FieldValue, FormField, Situation } from '../../../shared/catalog/schema.js';
import type { FlowTarget } from './flow-target.js';

/** One page of a flow. Situations and the form are one question per page (GOV.UK); the rest one page per screen. */
export type Step =
  | { readonly key: string; readonly screen: Exclude<Screen, 'situations' | 'form'> }
  | { readonly key: string; readonly screen: 'situations'; readonly question: Situation }
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
      for (const question of resolution.questions) {
        const key = `situation:${question.id}`;
        if (inputs.knownAnswers && Object.hasOwn(inputs.knownAnswers, question.id) && key !== inputs.current) continue;
        steps.push({ key, screen, question });
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
