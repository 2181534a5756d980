import { CheckCircle2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderedDocumentReply } from '../../../../../shared/contract/documents.js';
import { chinaDateTime } from '../../../../../shared/platform/china-time.js';
import { err } from '../../../../../shared/result.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { usePrintJob } from '../../../printing/use-print-job.js';
import { useSpeech } from '../../../speech/speech.js';
import { formatYuan } from './payment.js';
import {
  LoadingNotice,
  PrintActions,
  PrintStatus,
  RetryAction,
  ServiceProblemNotice,
} from '../service/ServiceNotices.js';
import { readOutcome } from '../service/service-outcome.js';
import { useServiceLoad } from '../service/use-service-load.js';
import '../service/ServiceScreens.css';

/**
 * Paid: says so first (the money is safe whatever the printer does), then prints the receipt. A printer fault
 * keeps the receipt for 重新打印; the order number stays on screen so it can be written down or asked about.
 */
export function PayReceiptScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  const speech = useSpeech();
  const order = readOutcome(flow.state, 'payment');
  const paid = order?.status === 'paid' ? order : undefined;
  const { load, retry } = useServiceLoad<RenderedDocumentReply>(() =>
    paid
      ? client.call('documents.paymentReceipt', { orderNumber: paid.orderNumber })
      : Promise.resolve(err('notAllowed', 'no paid order')),
  );
  const receipt = load.phase === 'ready' ? load.value : undefined;
  const job = usePrintJob();
  const started = useRef(false);
  const { print } = job;
  useEffect(() => {
    if (!receipt || started.current) return;
    started.current = true;
    void print(receipt);
  }, [receipt, print]);
  useEffect(() => {
    speech.speak(t('service.receipt.spoken'), { interrupt: true });
  }, [speech, t]);

  const phase = job.state.phase;
  return (
    <ScreenLayout
      screenId="pay-receipt"
      title={paid ? t('service.receipt.title') : t('service.problem.notAllowed.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onHome={phase === 'printing' ? undefined : flow.home}
      actions={
        load.phase === 'failed' ? (
          <>
            <Button onClick={flow.next} data-action="skip-print">
              {t('service.print.skip')}
            </Button>
            <RetryAction context="receipt" code={load.code} onRetry={retry} />
          </>
        ) : (
          <PrintActions state={job.state} onRetry={() => receipt && void print(receipt)} onContinue={flow.next} />
        )
      }
    >
      {paid ? (
        <>
          <div className="k-svc-outcome k-svc-outcome--certified" data-outcome="paid">
            <CheckCircle2 className="k-icon k-svc-outcome__icon" aria-hidden="true" />
            <p>{t('service.receipt.paid', { amount: formatYuan(paid.amountFen) })}</p>
          </div>
          <dl className="k-svc-rows">
            <div className="k-svc-row">
              <dt className="k-svc-row__label">{t('service.receipt.orderNumber')}</dt>
              <dd className="k-svc-row__value">{paid.orderNumber}</dd>
            </div>
            {paid.paidAt ? (
              <div className="k-svc-row">
                <dt className="k-svc-row__label">{t('service.receipt.paidAt')}</dt>
                <dd className="k-svc-row__value">{chinaDateTime(Date.parse(paid.paidAt))}</dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : null}
      {load.phase === 'loading' ? <LoadingNotice text={t('service.receipt.loading')} /> : null}
      {load.phase === 'failed' ? <ServiceProblemNotice context="receipt" code={load.code} /> : null}
      {/* The receipt is printed in Chinese; in English the kiosk names it in its own words. */}
      <PrintStatus
        state={job.state}
        what={locale === 'en' ? t('service.receipt.what') : (receipt?.title ?? t('service.receipt.what'))}
      />
    </ScreenLayout>
  );
}
