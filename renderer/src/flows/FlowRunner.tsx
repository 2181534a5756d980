import { useEffect, useMemo, useReducer, useState } from 'react';
import { FlowScreen } from '../screens/flow/FlowScreen.js';
import { useReleaseReceiptOnLeave } from '../screens/flow/apply/use-release-receipt.js';
import { ratedOnConfirmation } from '../screens/flow/steps/apply-outcome.js';
import { useUsageReport } from '../session/usage-report.js';
import type { FlowController } from './flow-controller.js';
import { firstIncompleteStep } from './incomplete-step.js';
import { flowReducer, initialFlowState } from './flow-state.js';
import { nextStep, type Step } from './flow-steps.js';
import type { FlowTarget } from './flow-target.js';
import { knownAnswers } from './known-answers.js';
import { pathSteps } from './path-steps.js';
import { knownValues } from './prefill.js';
import { usePreferences } from '../context/preferences-context.js';

export interface FlowRunnerProps {
  readonly target: FlowTarget;
  readonly onHome: () => void;
  readonly onFinish: () => void;
}

/** Runs one item or package: keeps its state, derives its pages, and shows the current one. */
export function FlowRunner({ target, onHome, onFinish }: FlowRunnerProps) {
  const [reduced, dispatch] = useReducer(flowReducer, target.screens[0] ?? 'guide', initialFlowState);
  const { senior } = usePreferences().preferences;
  // Answers the records give (the business picked at identification) count as given; their questions get no page.
  const answered = useMemo(() => knownAnswers(target, reduced.records), [target, reduced.records]);
  const state = useMemo(() => ({ ...reduced, answers: { ...reduced.answers, ...answered } }), [reduced, answered]);
  const resolution = useMemo(() => target.resolve(state.answers), [target, state.answers]);
  useReleaseReceiptOnLeave(state);
  const known = useMemo(
    () =>
      knownValues(resolution.fields, {
        idCard: state.idCard,
        answers: state.answers,
        values: state.values,
        records: state.records,
      }),
    [resolution, state.idCard, state.answers, state.values, state.records],
  );
  // The confirmation page asks the rating: once sent or skipped there, the evaluation page is left out.
  const steps = useMemo(
    () => pathSteps(target, state, senior).filter((s) => !(s.screen === 'evaluation' && ratedOnConfirmation(state))),
    [target, state, senior],
  );
  const step: Step = steps.find((s) => s.key === state.stepKey) ?? (steps[0] as Step);
  // Usage statistics: started after the guide, completed on the result page, abandoned if it ends between.
  useUsageReport(target, step.screen, step.key === steps[0]?.key);

  // 继续 moves on once the screen's own dispatches (the answer just given, the value just entered) are in the
  // state: the pages after a question depend on its answer, so they are worked out on the next render, not
  // from this render's steps (which would skip a field or question the answer has just opened).
  const [pendingNext, setPendingNext] = useState<{ readonly from: string } | undefined>();
  useEffect(() => {
    if (!pendingNext) return;
    setPendingNext(undefined);
    if (pendingNext.from !== step.key) return;
    if (state.returnToCheck && step.key !== 'check') {
      // A changed answer may open new questions, materials and fields: ask them before the check page.
      const open = firstIncompleteStep(steps, state, resolution, known);
      dispatch({ type: 'goTo', key: open, returnToCheck: open !== 'check' });
      return;
    }
    const next = nextStep(steps, step.key);
    if (next) dispatch({ type: 'goTo', key: next.key });
    else onFinish();
  }, [pendingNext, step.key, state, resolution, steps, known, onFinish]);

  const controller: FlowController = {
    target,
    state,
    steps,
    step,
    resolution,
    known,
    knownAnswers: answered,
    dispatch,
    next() {
      setPendingNext({ from: step.key });
    },
    back() {
      if (state.history.length === 0) onHome();
      else dispatch({ type: 'back' });
    },
    change(key) {
      dispatch({ type: 'goTo', key, returnToCheck: true });
    },
    home: onHome,
    finish: onFinish,
  };
  return <FlowScreen flow={controller} />;
}
