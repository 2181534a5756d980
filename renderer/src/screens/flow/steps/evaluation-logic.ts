import { type EvaluationLevel, evaluationLevels } from '../../../../../shared/platform/services.js';
import { isMainlandMobile } from '../../../../../shared/validation/phone.js';

export { evaluationLevels };

/** Preset reasons for 不满意 / 非常不满意 (codes; the words are in the locales under apply.evaluation.reasons). */
export const evaluationReasonCodes = [
  'tooSlow',
  'tooComplex',
  'hardToUnderstand',
  'deviceProblem',
  'resultWrong',
  'other',
] as const;
export type EvaluationReasonCode = (typeof evaluationReasonCodes)[number];

export function isLowLevel(level: EvaluationLevel | undefined): boolean {
  return level === 'dissatisfied' || level === 'veryDissatisfied';
}

export interface EvaluationDraft {
  readonly level?: EvaluationLevel;
  readonly reasonCodes: readonly EvaluationReasonCode[];
  readonly reasonText: string;
  readonly phone: string;
}

export type EvaluationProblem = 'level' | 'reason' | 'phone';

/**
 * What stops an evaluation being sent: no level; a low level without a reason (a preset one other than
 * "other", or the citizen's own words); a follow-up phone number that is not a mobile number.
 */
export function evaluationProblems(draft: EvaluationDraft): EvaluationProblem[] {
  const problems: EvaluationProblem[] = [];
  if (!draft.level) problems.push('level');
  if (isLowLevel(draft.level) && !hasReason(draft)) problems.push('reason');
  if (draft.phone !== '' && !isMainlandMobile(draft.phone)) problems.push('phone');
  return problems;
}

export function hasReason(draft: Pick<EvaluationDraft, 'reasonCodes' | 'reasonText'>): boolean {
  return draft.reasonCodes.some((c) => c !== 'other') || draft.reasonText.trim() !== '';
}

/** The pages of the evaluation: the level; for a low level, the reason, the citizen's words if "other", the phone. */
export type EvaluationPage = 'level' | 'reason' | 'reasonText' | 'phone';

export function evaluationPages(draft: EvaluationDraft): EvaluationPage[] {
  if (!isLowLevel(draft.level)) return ['level'];
  return draft.reasonCodes.includes('other')
    ? ['level', 'reason', 'reasonText', 'phone']
    : ['level', 'reason', 'phone'];
}

/** The request for evaluation.submit (without the kiosk id and time, which main adds). */
export function evaluationRequest(
  draft: EvaluationDraft & { readonly level: EvaluationLevel },
  ids: { readonly idempotencyKey: string; readonly caseNumber?: string; readonly itemCode?: string },
) {
  const low = isLowLevel(draft.level);
  const reason = draft.reasonText.trim().slice(0, 500);
  return {
    idempotencyKey: ids.idempotencyKey,
    ...(ids.caseNumber ? { caseNumber: ids.caseNumber } : {}),
    ...(ids.itemCode ? { itemCode: ids.itemCode } : {}),
    level: draft.level,
    reasonCodes: low ? [...draft.reasonCodes] : [],
    ...(low && reason ? { reason } : {}),
    ...(low && draft.phone ? { phone: draft.phone } : {}),
  };
}
