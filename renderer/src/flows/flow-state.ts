import type { Answers, FieldValue } from '../../../shared/catalog/schema.js';
import type { IdCard } from '../../../shared/devices/id-card.js';
import type { FlowOutcomes, OutcomeAction } from './flow-outcomes.js';

/** How one material was satisfied on the materials page. */
export type MaterialChoice =
  | { readonly kind: 'eLicense'; readonly licenseId: string }
  | { readonly kind: 'commitment' }
  | { readonly kind: 'scan'; readonly attachmentIds: readonly string[] }
  | { readonly kind: 'signature' }
  | { readonly kind: 'bringLater' };

/**
 * Everything a flow knows about the citizen's application. It lives in React state only and is gone when the
 * session ends (the session tree is remounted); nothing of it is written to storage.
 */
export interface FlowState {
  readonly stepKey: string;
  /** Pages visited, for 返回. */
  readonly history: readonly string[];
  /** After 修改 on the check page, 继续 goes back there. */
  readonly returnToCheck: boolean;
  readonly idCard?: IdCard;
  readonly answers: Answers;
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly materials: Readonly<Record<string, MaterialChoice>>;
  readonly committed: boolean;
  readonly signatureId?: string;
  /** Records the platform returned for the identified person (prefills). */
  readonly records: Readonly<Record<string, string>>;
  /** What a page hands to a later one (the submission, the printout, the payment order), one type per key. */
  readonly outcome: Partial<FlowOutcomes>;
}

export function initialFlowState(firstStepKey: string): FlowState {
  return {
    stepKey: firstStepKey,
    history: [],
    returnToCheck: false,
    answers: {},
    values: {},
    materials: {},
    committed: false,
    records: {},
    outcome: {},
  };
}

export type FlowAction =
  | { readonly type: 'goTo'; readonly key: string; readonly returnToCheck?: boolean }
  | { readonly type: 'back' }
  | { readonly type: 'identified'; readonly idCard: IdCard; readonly records?: Readonly<Record<string, string>> }
  | { readonly type: 'answer'; readonly question: string; readonly value: string }
  | { readonly type: 'value'; readonly field: string; readonly value: FieldValue }
  | { readonly type: 'material'; readonly material: string; readonly choice: MaterialChoice | undefined }
  | { readonly type: 'committed'; readonly committed: boolean }
  | { readonly type: 'signed'; readonly signatureId: string | undefined }
  | OutcomeAction;

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'goTo':
      if (action.key === state.stepKey) return state;
      return {
        ...state,
        stepKey: action.key,
        history: [...state.history, state.stepKey],
        returnToCheck: action.returnToCheck ?? (action.key === 'check' ? false : state.returnToCheck),
      };
    case 'back': {
      const previous = state.history[state.history.length - 1];
      return previous === undefined ? state : { ...state, stepKey: previous, history: state.history.slice(0, -1) };
    }
    case 'identified':
      return { ...state, idCard: action.idCard, records: action.records ?? state.records };
    case 'answer':
      return { ...state, answers: { ...state.answers, [action.question]: action.value } };
    case 'value':
      return { ...state, values: { ...state.values, [action.field]: action.value } };
    case 'material': {
      const materials = { ...state.materials };
      if (action.choice) materials[action.material] = action.choice;
      else delete materials[action.material];
      return { ...state, materials };
    }
    case 'committed':
      return { ...state, committed: action.committed };
    case 'signed':
      return { ...state, signatureId: action.signatureId };
    case 'outcome':
      return { ...state, outcome: { ...state.outcome, [action.key]: action.value } };
  }
}
