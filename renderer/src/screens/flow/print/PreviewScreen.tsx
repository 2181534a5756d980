import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalChoices } from '../../../../../shared/platform/record-choices.js';
import { err } from '../../../../../shared/result.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { usePreferences } from '../../../context/preferences-context.js';
import { Button } from '../../../components/Button.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { useSpeech } from '../../../speech/speech.js';
import { PdfPreview } from './PdfPreview.js';
import { flowRecordChoices } from '../service/record-rows.js';
import { LoadingNotice, RetryAction, ServiceProblemNotice } from '../service/ServiceNotices.js';
import { outcomeAction, readOutcomeFor } from '../service/service-outcome.js';
import { serviceProblem } from '../service/service-problems.js';
import { useServiceLoad } from '../service/use-service-load.js';
import '../service/ServiceScreens.css';

/**
 * Print items: the certified printout the platform issues for the identified person, shown page by page as it
 * will come out of the printer; 打印 goes on to the print page.
 */
export function PreviewScreen({ flow }: { flow: FlowController }) {
  const { senior } = usePreferences().preferences;
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  const speech = useSpeech();
  const idNumber = flow.state.idCard?.idNumber;
  // The certificate covers what was chosen (kind, period); a printout held for other choices is not reused.
  const choices = flowRecordChoices(flow);
  const choicesKey = canonicalChoices(choices);
  const { load, retry } = useServiceLoad(
    () =>
      idNumber
        ? client.call('documents.printout', { itemCode: flow.target.code, idNumber, choices })
        : Promise.resolve(err('notAllowed', 'no identified person')),
    readOutcomeFor(flow.state, 'printout', choicesKey),
  );
  const ready = load.phase === 'ready' ? load.value : undefined;
  const { dispatch } = flow;
  useEffect(() => {
    if (!ready) return;
    dispatch(outcomeAction('printout', ready));
    dispatch(outcomeAction('printoutChoices', choicesKey));
  }, [ready, dispatch, choicesKey]);
  useEffect(() => {
    speech.speak(t('service.preview.spoken'), { interrupt: true });
  }, [speech, t]);

  return (
    <ScreenLayout
      screenId="preview"
      title={t('service.preview.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        load.phase === 'failed' ? (
          serviceProblem('printout', load.code).reenter ? (
            // The chosen period does not fit (an end month before the start): the way on is to change it.
            <Button variant="primary" onClick={flow.back} data-action="reenter">
              {t('service.preview.change')}
            </Button>
          ) : (
            <RetryAction context="printout" code={load.code} onRetry={retry} />
          )
        ) : (
          <Button variant="primary" onClick={flow.next} disabled={!ready} data-action="print">
            {t('service.preview.print')}
          </Button>
        )
      }
    >
      {load.phase === 'loading' ? <LoadingNotice text={t('service.preview.loading')} /> : null}
      {load.phase === 'failed' ? <ServiceProblemNotice context="printout" code={load.code} /> : null}
      {ready ? (
        <>
          <p className="k-svc-lead">
            <span className="k-svc-strong">{ready.title}</span>
            {ready.sample ? <span className="k-svc-tag">{t('service.sample')}</span> : null}
          </p>
          {/* An official document stays Chinese: say so to an English reader. */}
          {locale === 'en' ? (
            <p className="k-svc-note" data-platform-chinese>
              {t('service.preview.chineseDocument')}
            </p>
          ) : null}
          <PdfPreview pdfBase64={ready.pdfBase64} label={ready.title} enlarged={senior} />
        </>
      ) : null}
    </ScreenLayout>
  );
}
