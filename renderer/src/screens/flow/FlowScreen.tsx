import type { FlowController } from '../../flows/flow-controller.js';
import { BillScreen } from './BillScreen.js';
import { BookingScreen } from './BookingScreen.js';
import { BookSubmitScreen } from './BookSubmitScreen.js';
import { CheckScreen } from './CheckScreen.js';
import { CommitmentScreen } from './CommitmentScreen.js';
import { ConfirmationScreen } from './ConfirmationScreen.js';
import { EvaluationScreen } from './EvaluationScreen.js';
import { FaceScreen } from './FaceScreen.js';
import { FieldScreen } from './FieldScreen.js';
import { GuideScreen } from './GuideScreen.js';
import { IdentifyScreen } from './IdentifyScreen.js';
import { MaterialsScreen } from './MaterialsScreen.js';
import { PayReceiptScreen } from './PayReceiptScreen.js';
import { PayScreen } from './PayScreen.js';
import { PreviewScreen } from './PreviewScreen.js';
import { PrintScreen } from './PrintScreen.js';
import { ResultScreen } from './ResultScreen.js';
import { SignScreen } from './SignScreen.js';
import { SituationScreen } from './SituationScreen.js';
import { SlotScreen } from './SlotScreen.js';
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
      // A book item's submit books the chosen slot; its confirmation prints the appointment slip.
      return flow.target.flow === 'book' ? <BookSubmitScreen flow={flow} /> : <SubmitScreen flow={flow} />;
    case 'confirmation':
      return flow.target.flow === 'book' ? <BookingScreen flow={flow} /> : <ConfirmationScreen flow={flow} />;
    case 'preview':
      return <PreviewScreen flow={flow} />;
    case 'print':
      return <PrintScreen flow={flow} />;
    case 'result':
      return <ResultScreen flow={flow} />;
    case 'bill':
      return <BillScreen flow={flow} />;
    case 'pay':
      return <PayScreen flow={flow} />;
    case 'payReceipt':
      return <PayReceiptScreen flow={flow} />;
    case 'slot':
      return <SlotScreen flow={flow} />;
    case 'face':
      return <FaceScreen flow={flow} />;
    case 'evaluation':
      return <EvaluationScreen flow={flow} />;
    case 'takeCard':
      return <TakeCardScreen flow={flow} />;
    default:
      return <UnavailableScreen flow={flow} />;
  }
}
