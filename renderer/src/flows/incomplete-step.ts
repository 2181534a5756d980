import type { FieldValue } from '../../../shared/catalog/schema.js';
import { missingMaterials } from '../screens/flow/apply/materials-logic.js';
import type { FlowState } from './flow-state.js';
import type { Step } from './flow-steps.js';
import type { TargetResolution } from './flow-target.js';

const empty = (value: FieldValue | undefined) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * After 修改 on the check page, where 继续 goes: the first page before the check page that the answers as they
 * are now leave incomplete — a question that applies now and has no answer, a material now required with no
 * way chosen, a required field now asked with no value, a commitment not yet accepted, a signature not yet
 * given — or the check page when there is none. So a changed
 * branching answer (租用 → 自有房产) asks for what it newly requires before the check page and submit see it.
 */
export function firstIncompleteStep(
  steps: readonly Step[],
  state: Pick<FlowState, 'answers' | 'values' | 'materials' | 'committed' | 'signatureId'>,
  resolution: Pick<TargetResolution, 'materials'>,
  known: Readonly<Record<string, FieldValue>>,
): string {
  for (const step of steps) {
    if (step.key === 'check') return 'check';
    if (step.screen === 'situations' && step.questions.some((q) => state.answers[q.id] === undefined)) return step.key;
    if (step.screen === 'materials' && missingMaterials(resolution.materials, state.materials).length > 0)
      return step.key;
    // A commitment chosen now needs the 我承诺 and the signature that go with it (both on the commitment page).
    const commits = Object.values(state.materials).some((choice) => choice.kind === 'commitment');
    if (step.screen === 'commitment' && ((commits && !state.committed) || !state.signatureId)) return step.key;
    if (step.screen === 'sign' && !state.signatureId) return step.key;
    if (
      step.screen === 'form' &&
      !step.field.optional &&
      empty(state.values[step.field.id]) &&
      empty(known[step.field.id])
    )
      return step.key;
  }
  return 'check';
}
