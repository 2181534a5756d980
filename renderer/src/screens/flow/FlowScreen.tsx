import type { FlowController } from '../../flows/flow-controller.js';
import { CheckScreen } from './CheckScreen.js';
import { CommitmentScreen } from './CommitmentScreen.js';
import { ConfirmationScreen } from './ConfirmationScreen.js';
import { EvaluationScreen } from './EvaluationScreen.js';
import { FieldScreen } from './FieldScreen.js';
import { GuideScreen } from './GuideScreen.js';
import { IdentifyScreen } from './IdentifyScreen.js';
import { MaterialsScreen } from './MaterialsScreen.js';
import { SignScreen } from './SignScreen.js';
import { SituationScreen } from './SituationScreen.js';
import { SubmitScreen } from './SubmitScreen.js';
import { TakeCardScreen } from './TakeCardScreen.js';
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
    case 'identify':
      return <IdentifyScreen flow={flow} />;
    case 'materials':
      return <MaterialsScreen flow={flow} />;
    case 'commitment':
      return <CommitmentScreen flow={flow} />;
    case 'sign':
      return <SignScreen flow={flow} />;
    case 'submit':
      return <SubmitScreen flow={flow} />;
    case 'confirmation':
      return <ConfirmationScreen flow={flow} />;
    case 'evaluation':
      return <EvaluationScreen flow={flow} />;
    case 'takeCard':
      return <TakeCardScreen flow={flow} />;
    default:
      return <UnavailableScreen flow={flow} />;
  }
}
