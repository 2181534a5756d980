import type { FlowController } from '../../flows/flow-controller.js';
import { BillScreen } from './pay/BillScreen.js';
import { BookingScreen } from './book/BookingScreen.js';
import { BookSubmitScreen } from './book/BookSubmitScreen.js';
import { CheckScreen } from './steps/CheckScreen.js';
import { CommitmentScreen } from './apply/CommitmentScreen.js';
import { ConfirmationScreen } from './apply/ConfirmationScreen.js';
import { EvaluationScreen } from './steps/EvaluationScreen.js';
import { FaceScreen } from './certify/FaceScreen.js';
import { FieldScreen } from './steps/FieldScreen.js';
import { GuideScreen } from './steps/GuideScreen.js';
import { IdentifyScreen } from './steps/IdentifyScreen.js';
import { MaterialsScreen } from './apply/MaterialsScreen.js';
import { PayReceiptScreen } from './pay/PayReceiptScreen.js';
import { PayScreen } from './pay/PayScreen.js';
import { PreviewScreen } from './print/PreviewScreen.js';
import { PrintScreen } from './print/PrintScreen.js';
import { ResultScreen } from './query/ResultScreen.js';
import { SignScreen } from './apply/SignScreen.js';
import { SituationScreen } from './steps/SituationScreen.js';
import { SlotScreen } from './book/SlotScreen.js';
import { SubmitScreen } from './apply/SubmitScreen.js';
import { TakeCardScreen } from './steps/TakeCardScreen.js';
import { UnavailableScreen } from './steps/UnavailableScreen.js';

/** Shows the current page of a flow. */
export function FlowScreen({ flow }: { flow: FlowController }) {
  const { step } = flow;
  switch (step.screen) {
    case 'guide':
      return <GuideScreen flow={flow} />;
    case 'situations':
      return <SituationScreen key={step.key} flow={flow} questions={step.questions} />;
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
