import type { FlowController } from '../../flows/flow-controller.js';
import { CheckScreen } from './CheckScreen.js';
import { FieldScreen } from './FieldScreen.js';
import { GuideScreen } from './GuideScreen.js';
import { SituationScreen } from './SituationScreen.js';
import { UnavailableScreen } from './UnavailableScreen.js';

/** Shows the current page of a flow. */
export function FlowScreen({ flow }: { flow: FlowController }) {
  const { step } = flow;
  switch (step.screen) {
    case 'guide':
      return <GuideScreen flow={flow} />;
    case 'situations':
      return <SituationScreen key={step.key} flow={flow} question={step.question} />;
    case 'form':
      return <FieldScreen key={step.key} flow={flow} field={step.field} />;
    case 'check':
      return <CheckScreen flow={flow} />;
    default:
      return <UnavailableScreen flow={flow} />;
  }
}
