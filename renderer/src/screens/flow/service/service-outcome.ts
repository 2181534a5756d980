import type { ServiceOutcomes } from '../../../flows/flow-outcomes.js';
import type { FlowAction, FlowState } from '../../../flows/flow-state.js';

export type { ServiceOutcomes } from '../../../flows/flow-outcomes.js';

export type ServiceOutcomeKey = keyof ServiceOutcomes;

export function readOutcome<K extends ServiceOutcomeKey>(
  state: Pick<FlowState, 'outcome'>,
  key: K,
): ServiceOutcomes[K] | undefined {
  return state.outcome[key];
}

export function outcomeAction<K extends ServiceOutcomeKey>(key: K, value: ServiceOutcomes[K] | undefined): FlowAction {
  // One key and its own type: TypeScript cannot follow K through the union of actions, the signature does.
  return { type: 'outcome', key, value } as FlowAction;
}

/** The printout or record the flow holds, if it was made for these choices (canonicalChoices); else none. */
export function readOutcomeFor<K extends 'printout' | 'record'>(
  state: Pick<FlowState, 'outcome'>,
  key: K,
  choicesKey: string,
): ServiceOutcomes[K] | undefined {
  return readOutcome(state, key === 'printout' ? 'printoutChoices' : 'recordChoices') === choicesKey
    ? readOutcome(state, key)
    : undefined;
}
