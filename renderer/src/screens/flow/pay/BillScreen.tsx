import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../../../shared/platform/index.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { useRowsPerPage } from '../../../context/preferences-context.js';
import { Button } from '../../../components/Button.js';
import { Notice } from '../../../components/Notice.js';
import { Pager } from '../../../components/Pager.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { platformTextPicker } from '../../../i18n/platform-text.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { useSpeech } from '../../../speech/speech.js';
import { billQueryFor, formatYuan, referenceField } from './payment.js';
import { LoadingNotice, PlatformChineseNote, RetryAction, ServiceProblemNotice } from '../service/ServiceNotices.js';
import { outcomeAction, readOutcome } from '../service/service-outcome.js';
import { serviceProblem } from '../service/service-problems.js';
import { useServiceLoad } from '../service/use-service-load.js';
import '../service/ServiceScreens.css';

/** The first page after the pay steps (where "nothing to pay" goes). */
function afterPayment(flow: FlowController): string | undefined {
  return flow.steps.find((s) => s.screen === 'evaluation' || s.screen === 'takeCard')?.key;
}

/**
 * Pay items: what is owed (or what the chosen prepayment or contribution costs), from the platform, for the
 * account or person given; who is paid and whose account it is (masked) so the citizen can check before paying.
 */
export function BillScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  const speech = useSpeech();
  const linesPerPage = useRowsPerPage(4, 3);
  const query = useMemo(
    () =>
      billQueryFor({
        itemCode: flow.target.code,
        fields: flow.resolution.fields,
        answers: flow.state.answers,
        values: { ...flow.known, ...flow.state.values },
        ...(flow.state.idCard ? { idCardNumber: flow.state.idCard.idNumber } : {}),
      }),
    [flow.target.code, flow.resolution.fields, flow.state.answers, flow.known, flow.state.values, flow.state.idCard],
  );
  // Asked again on every visit: the account may have been changed with 返回; the same query gives the same bill.
  const { load, retry } = useServiceLoad<Bill>(() => client.call('payment.bill', query));
  const bill = load.phase === 'ready' ? load.value : undefined;
  const { dispatch } = flow;

  useEffect(() => {
    if (!bill) return;
    if (bill.billNumber !== readOutcome(flow.state, 'bill')?.billNumber) {
      dispatch(outcomeAction('bill', bill));
      dispatch(outcomeAction('payment', undefined));
      dispatch(outcomeAction('paymentKey', undefined));
    }
    speech.speak(
      bill.totalFen > 0
        ? t('service.bill.spoken', { amount: formatYuan(bill.totalFen) })
        : t('service.bill.nothingTitle'),
      { interrupt: true },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- The bill is written once when it arrives.
  }, [bill]);

  const nothing = bill && bill.totalFen === 0;
  const reference = referenceField(flow.resolution.fields, { ...flow.known, ...flow.state.values });
  const referenceLabel = reference ? l(reference.label) : t('service.bill.reference');
  const problem = load.phase === 'failed' ? serviceProblem('bill', load.code) : undefined;
  // The bill's texts in the kiosk's language where the platform gave them; the page says once what stayed Chinese.
  const pick = platformTextPicker(locale);
  // Without the platform's English for the payee, the catalog's English name for it.
  const catalogPayee = flow.target.item?.payment ? flow.target.item.payment.payee.en : undefined;
  const rows: Array<[string, string]> = bill
    ? [
        [t('service.bill.payee'), pick(bill.payee, bill.payeeEn ?? catalogPayee)],
        ...(bill.holderMasked ? ([[t('service.bill.holder'), bill.holderMasked]] as Array<[string, string]>) : []),
        ...(bill.referenceMasked ? ([[referenceLabel, bill.referenceMasked]] as Array<[string, string]>) : []),
        ...(bill.period
          ? ([[t('service.bill.period'), pick(bill.period, bill.periodEn)]] as Array<[string, string]>)
          : []),
      ]
    : [];
  const lines = bill
    ? bill.lines.map((line, i) => ({
        key: `l${i}`,
        label: pick(line.label, line.labelEn),
        detail: line.detail ? pick(line.detail, line.detailEn) : undefined,
        amountFen: line.amountFen,
      }))
    : [];
  const note = bill?.note ? pick(bill.note, bill.noteEn) : undefined;
  const anyChinese = pick.anyChinese();

  return (
    <ScreenLayout
      screenId="bill"
      title={nothing ? t('service.bill.nothingTitle') : t('service.bill.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        bill ? (
          nothing ? (
            <Button
              variant="primary"
              data-action="continue"
              onClick={() => {
                const key = afterPayment(flow);
                if (key) dispatch({ type: 'goTo', key });
                else flow.finish();
              }}
            >
              {t('common.done')}
            </Button>
          ) : (
            <Button variant="primary" onClick={flow.next} data-action="pay">
              {t('service.bill.pay')}
            </Button>
          )
        ) : problem?.reenter ? (
          <Button variant="primary" onClick={flow.back} data-action="reenter">
            {t('service.bill.reenter')}
          </Button>
        ) : load.phase === 'failed' ? (
          <RetryAction context="bill" code={load.code} onRetry={retry} />
        ) : null
      }
    >
      {load.phase === 'loading' ? <LoadingNotice text={t('service.bill.loading')} /> : null}
      {load.phase === 'failed' ? <ServiceProblemNotice context="bill" code={load.code} /> : null}
      {bill ? (
        <div className="k-svc-bill">
          <div className="k-svc-bill__summary">
            {nothing ? (
              <Notice tone="success" title={t('service.bill.nothingTitle')}>
                <p>{note ?? t('service.bill.nothingBody')}</p>
              </Notice>
            ) : (
              <div className="k-svc-amount" data-amount-fen={bill.totalFen}>
                <span className="k-svc-amount__label">{t('service.bill.total')}</span>
                <span className="k-svc-amount__value">
                  {t('service.bill.yuan', { amount: formatYuan(bill.totalFen) })}
                </span>
              </div>
            )}
            <dl className="k-svc-rows">
              {rows.map(([label, value]) => (
                <div key={label} className="k-svc-row">
                  <dt className="k-svc-row__label">{label}</dt>
                  <dd className="k-svc-row__value">{value}</dd>
                </div>
              ))}
            </dl>
          </div>
          <div className="k-svc-bill__details">
            {lines.length > 0 ? (
              <Pager
                className="k-svc-compact-pager"
                items={lines}
                pageSize={linesPerPage}
                label={t('service.bill.lines')}
                itemKey={(line) => line.key}
                renderItem={(line) => (
                  <div className="k-svc-line">
                    <span className="k-svc-line__text">
                      <span className="k-svc-strong">{line.label}</span>
                      {line.detail ? <span className="k-svc-line__detail">{line.detail}</span> : null}
                    </span>
                    <span className="k-svc-line__amount">
                      {t('service.bill.yuan', { amount: formatYuan(line.amountFen) })}
                    </span>
                  </div>
                )}
              />
            ) : null}
            {(!nothing && note) || bill.sample ? (
              <p className="k-svc-note">
                {[!nothing ? note : undefined, bill.sample ? t('service.bill.sampleNote') : undefined]
                  .filter(Boolean)
                  .join(locale === 'en' ? ' ' : '')}
              </p>
            ) : null}
            <PlatformChineseNote show={anyChinese} />
          </div>
        </div>
      ) : null}
    </ScreenLayout>
  );
}
