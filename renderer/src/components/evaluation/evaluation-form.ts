import { type EvaluationLevel, evaluationLevels } from '../../../../shared/platform/services.js';
import { isMainlandMobile } from '../../../../shared/validation/phone.js';

/**
 * The part of 好差评 every evaluation screen shares (the in-flow one after an application and the kiosk's own
 * 好差评 service): five levels; for 不满意 / 非常不满意 a reason — preset reasons and/or the citizen's words — and an
 * optional mobile number for a follow-up call. Reason codes are whatever the screen offers; the code OTHER
 * means "my reason is not listed" and needs the citizen's words.
 */
export { evaluationLevels };
export type { EvaluationLevel };

export const OTHER_REASON = 'other';

/** The preset reasons of the kiosk's 好差评 service (services.evaluate.reasons.* in the locales). */
export const serviceReasonCodes = [
  'slow',
  'complex',
  'manyMaterials',
  'staffAttitude',
  'deviceFault',
  OTHER_REASON,
] as const;
export type ServiceReasonCode = (typeof serviceReasonCodes)[number];

/** Longest reason text the screens take (the platform allows 500; this fits the check and the keyboard). */
export const REASON_TEXT_MAX = 200;

export function isLowLevel(level: EvaluationLevel | undefined): boolean {
  return level === 'dissatisfied' || level === 'veryDissatisfied';
}

export interface EvaluationForm<C extends string = string> {
  readonly level?: EvaluationLevel;
  readonly reasonCodes: readonly C[];
  readonly reasonText: string;
  readonly phone: string;
}

export const emptyEvaluationForm: EvaluationForm<never> = { reasonCodes: [], reasonText: '', phone: '' };

/** The pages after the level: for a low level, the reasons; the citizen's words if "other"; the phone. */
export type EvaluationFormPage = 'level' | 'reason' | 'reasonText' | 'phone';

export function evaluationFormPages(form: EvaluationForm): EvaluationFormPage[] {
  if (!isLowLevel(form.level)) return ['level'];
  return form.reasonCodes.includes(OTHER_REASON)
    ? ['level', 'reason', 'reasonText', 'phone']
    : ['level', 'reason', 'phone'];
}

export function hasReason(form: Pick<EvaluationForm, 'reasonCodes' | 'reasonText'>): boolean {
  return form.reasonCodes.some((c) => c !== OTHER_REASON) || form.reasonText.trim() !== '';
}

/** What stops one page from going on (checked on 继续 only). */
export type EvaluationFormProblem = 'level' | 'reason' | 'reasonText' | 'phone';

export function evaluationPageProblem(
  page: EvaluationFormPage,
  form: EvaluationForm,
): EvaluationFormProblem | undefined {
  switch (page) {
    case 'level':
      return form.level ? undefined : 'level';
    case 'reason':
      return form.reasonCodes.length > 0 ? undefined : 'reason';
    case 'reasonText':
      // "Other" alone needs the words; with a preset reason too the words are optional.
      return hasReason(form) ? undefined : 'reasonText';
    case 'phone':
      return form.phone === '' || isMainlandMobile(form.phone) ? undefined : 'phone';
  }
}

/** Toggles one reason (multiple choice). Leaving "other" drops the words written for it. */
export function toggleReason<C extends string>(form: EvaluationForm<C>, code: C): EvaluationForm<C> {
  const on = form.reasonCodes.includes(code);
  const reasonCodes = on ? form.reasonCodes.filter((c) => c !== code) : [...form.reasonCodes, code];
  return { ...form, reasonCodes, reasonText: code === OTHER_REASON && on ? '' : form.reasonText };
}

/** The request for evaluation.submit (main adds the kiosk id and the time). Reasons and phone only for a low level. */
export function evaluationSubmitRequest(
  form: EvaluationForm & { readonly level: EvaluationLevel },
  ids: { readonly idempotencyKey: string; readonly caseNumber?: string; readonly itemCode?: string },
) {
  const low = isLowLevel(form.level);
  const reason = form.reasonText.trim().slice(0, REASON_TEXT_MAX);
  return {
    idempotencyKey: ids.idempotencyKey,
    ...(ids.caseNumber ? { caseNumber: ids.caseNumber } : {}),
    ...(ids.itemCode ? { itemCode: ids.itemCode } : {}),
    level: form.level,
    reasonCodes: low ? form.reasonCodes.filter((c) => c !== OTHER_REASON || reason !== '') : [],
    ...(low && reason ? { reason } : {}),
    ...(low && form.phone ? { phone: form.phone } : {}),
  };
}
