import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalChoices } from '../../../../../shared/platform/record-choices.js';
import { err } from '../../../../../shared/result.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { usePrintJob } from '../../../printing/use-print-job.js';
import { useSpeech } from '../../../speech/speech.js';
import {
  LoadingNotice,
  PrintActions,
  PrintStatus,
  RetryAction,
  ServiceProblemNotice,
} from '../service/ServiceNotices.js';
import { flowRecordChoices } from '../service/record-rows.js';
import { useCountdown } from '../steps/use-countdown.js';
import { outcomeAction, readOutcomeFor } from '../service/service-outcome.js';
import { useServiceLoad } from '../service/use-service-load.js';
import '../service/ServiceScreens.css';

/**
 * Prints the printout (from the preview page, or fetched here for a query item that prints its result) as soon
 * as the page opens, and waits for the printer. Out of paper or jammed: plain words, 请联系工作人员, and
 * 重新打印 of the same document; the citizen may also go on without it.
 */
/** Seconds the 打印完成 page stays before it moves on by itself. */
export const PRINT_DONE_SECONDS = 20;

export function PrintScreen({ flow }: { flow: FlowController }) {
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
  const document = load.phase === 'ready' ? load.value : undefined;
  const job = usePrintJob();
  const started = useRef(false);
  const { dispatch } = flow;
  const { print } = job;

  useEffect(() => {
    if (!document || started.current) return;
    started.current = true;
    dispatch(outcomeAction('printout', document));
    dispatch(outcomeAction('printoutChoices', choicesKey));
    void print(document);
  }, [document, dispatch, print, choicesKey]);

  const phase = job.state.phase;
  // Printed: the preview and a reprint are gone (no 返回), and the page moves on by itself, so a citizen who
  // walks away at 打印完成 leaves nothing of theirs to see or print for the next person.
  const [doneSeconds] = useCountdown(PRINT_DONE_SECONDS, phase === 'done');
  const { next } = flow;
  useEffect(() => {
    if (phase === 'done' && doneSeconds === 0) next();
  }, [phase, doneSeconds, next]);
  useEffect(() => {
    if (phase === 'printing') speech.speak(t('service.print.spokenPrinting'), { interrupt: true });
    if (phase === 'done') speech.speak(t('service.print.spokenDone'), { interrupt: true });
    if (phase === 'failed') speech.speak(t('service.print.spokenFailed'), { interrupt: true });
  }, [phase, speech, t]);

  const title =
    phase === 'done'
      ? t('service.print.doneTitle')
      : phase === 'failed'
        ? t('service.print.failedTitle')
        : t('service.print.title');
  // Documents are printed in Chinese (official texts); in English the kiosk names them in its own words.
  const what = locale === 'en' ? t('service.print.document') : (document?.title ?? t('service.print.document'));
  return (
    <ScreenLayout
      screenId="print"
      title={title}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={phase === 'printing' || phase === 'done' ? undefined : flow.back}
      onHome={phase === 'printing' || phase === 'done' ? undefined : flow.home}
      actions={
        load.phase === 'failed' ? (
          <RetryAction context="printout" code={load.code} onRetry={retry} />
        ) : (
          <PrintActions state={job.state} onRetry={() => document && void print(document)} onContinue={flow.next} />
        )
      }
    >
      {load.phase === 'loading' ? <LoadingNotice text={t('service.preview.loading')} /> : null}
      {load.phase === 'failed' ? <ServiceProblemNotice context="printout" code={load.code} /> : null}
      <PrintStatus state={job.state} what={what} />
      {phase === 'done' ? (
        <p className="k-svc-print__countdown" role="timer" aria-live="off" data-seconds={doneSeconds}>
          {t('service.print.doneCountdown', { seconds: doneSeconds })}
        </p>
      ) : null}
    </ScreenLayout>
  );
}
