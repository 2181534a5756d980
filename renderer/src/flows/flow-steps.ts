import type { Screen } from '../../../shared/catalog/flow-kinds.js';
import type { Answers, FieldValue, FormField, Situation } from '../../../shared/catalog/schema.js';
import type { FlowTarget } from './flow-target.js';

/** One page of a flow. Situations and the form are one question per page (GOV.UK); the rest one page per screen. */
export type Step =
  | { readonly key: string; readonly screen: Exclude<Screen, 'situations' | 'form'> }
  | { readonly key: string; readonly screen: 'situations'; readonly question: Situation }
  | { readonly key: string; readonly screen: 'form'; readonly field: FormField };

export interface StepInputs {
  readonly answers: Answers;
  /** Values the kiosk already knows without asking (ID card, earlier answers); such fields get no page. */
  readonly known: Readonly<Record<string, FieldValue>>;
}

/**
 * The pages of a flow for the answers so far. Questions appear as earlier answers make them apply; the form's
 * pages are the applicable fields the kiosk does not already know. Recomputed on every change, so a changed
 * answer reshapes what follows without any page keeping stale state.
 */
export function stepsFor(target: FlowTarget, inputs: StepInputs): Step[] {
  const resolution = target.resolve(inputs.answers);
  const steps: Step[] = [];
  for (const screen of target.screens) {
    if (screen === 'situations') {
      for (const question of resolution.questions) steps.push({ key: `situation:${question.id}`, screen, question });
    } else if (screen === 'form') {
      for (const field of resolution.fields) {
        if (Object.hasOwn(inputs.known, field.id)) continue;
        steps.push({ key: `field:${field.id}`, screen, field });
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

/** Where a step sits among the steps a citizen counts (1-based), for "第 3 步，共 8 步". */
export function stepNumber(steps: readonly Step[], key: string): { index: number; total: number } {
  const counted = steps.filter((s) => s.screen !== 'takeCard');
  const index = counted.findIndex((s) => s.key === key);
  return { index: index + 1, total: counted.length };
}
