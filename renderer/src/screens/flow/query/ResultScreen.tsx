import { BadgeCheck, Info } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationResult, PersonalRecord } from '../../../../../shared/platform/index.js';
import { chinaDateTime } from '../../../../../shared/platform/china-time.js';
import { canonicalChoices } from '../../../../../shared/platform/record-choices.js';
import { err } from '../../../../../shared/result.js';
import { maskName } from '../../../../../shared/validation/id-number.js';
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
import {
  inlineCells,
  type RecordEntry,
  flowRecordChoices,
  pageEntries,
  recordEntries,
  twoColumnCells,
} from '../service/record-rows.js';
import { longDateText } from '../book/slots.js';
import { LoadingNotice, PlatformChineseNote, RetryAction, ServiceProblemNotice } from '../service/ServiceNotices.js';
import { outcomeAction, readOutcome, readOutcomeFor } from '../service/service-outcome.js';
import { serviceProblem } from '../service/service-problems.js';
import { useServiceLoad } from '../service/use-service-load.js';
import '../service/ServiceScreens.css';

/** Query items: the record on screen, page by page. Certify items: the platform's decision. */
export function ResultScreen({ flow }: { flow: FlowController }) {
  return flow.target.flow === 'certify' ? <CertificationResultView flow={flow} /> : <RecordResultView flow={flow} />;
}

/** The page after this one, skipping the print page (for "不打印，继续"). */
function afterPrint(flow: FlowController): string | undefined {
  const index = flow.steps.findIndex((s) => s.key === flow.step.key);
  return flow.steps.slice(index + 1).find((s) => s.screen !== 'print')?.key;
}

function RecordResultView({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  const speech = useSpeech();
  // Value rows per page (a table row counts as several); 长辈模式 has fewer, larger rows and one cell per line.
  const budget = useRowsPerPage(14, 8);
  const senior = useRowsPerPage(0, 1) === 1;
  const idNumber = flow.state.idCard?.idNumber;
  const recordName = flow.target.item?.platformRecord;
  // A personal record for the identified person; a public one (no identification) by what was typed and chosen.
  const anonymous = !flow.target.identityRequired;
  // What the citizen chose (which year, which account view) shapes the record, identified or not.
  const choices = flowRecordChoices(flow);
  const choicesKey = canonicalChoices(choices);
  const { load, retry } = useServiceLoad<PersonalRecord>(
    () => {
      if (!recordName) return Promise.resolve(err('notAllowed', 'the item names no record'));
      const query = { record: recordName, itemCode: flow.target.code, choices };
      if (anonymous) return client.call('records.get', query);
      return idNumber
        ? client.call('records.get', { ...query, idNumber })
        : Promise.resolve(err('notAllowed', 'no identified person'));
    },
    anonymous ? undefined : readOutcomeFor(flow.state, 'record', choicesKey),
  );
  const record = load.phase === 'ready' ? load.value : undefined;
  const { dispatch } = flow;
  useEffect(() => {
    if (!record) return;
    dispatch(outcomeAction('record', record));
    dispatch(outcomeAction('recordChoices', choicesKey));
  }, [record, dispatch, choicesKey]);
  // The record's texts in the kiosk's language where the platform gave them; the page says once what stayed Chinese.
  const pick = platformTextPicker(locale);
  const title = record ? pick(record.title, record.titleEn) : undefined;
  const department = record ? pick(record.department, record.departmentEn) : undefined;
  const pages = record ? pageEntries(recordEntries(record, pick), budget, senior ? inlineCells : twoColumnCells) : [];
  const anyChinese = pick.anyChinese();
  useEffect(() => {
    if (title) speech.speak(t('service.result.spoken', { title }), { interrupt: true });
  }, [title, speech, t]);

  const printsNext = flow.steps[flow.steps.findIndex((s) => s.key === flow.step.key) + 1]?.screen === 'print';
  const skipTo = afterPrint(flow);

  return (
    <ScreenLayout
      screenId="result"
      title={title ?? t('service.result.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        record ? (
          printsNext ? (
            <>
              <Button
                onClick={() => (skipTo ? dispatch({ type: 'goTo', key: skipTo }) : flow.finish())}
                data-action="skip-print"
              >
                {t('service.result.noPrint')}
              </Button>
              <Button variant="primary" onClick={flow.next} data-action="print">
                {t('service.result.print')}
              </Button>
            </>
          ) : (
            <Button variant="primary" onClick={flow.next} data-action="continue">
              {t('service.result.done')}
            </Button>
          )
        ) : load.phase === 'failed' ? (
          serviceProblem('record', load.code).reenter ? (
            // The chosen year or period does not fit: the way on is to change it.
            <Button variant="primary" onClick={flow.back} data-action="reenter">
              {t('service.preview.change')}
            </Button>
          ) : (
            <RetryAction context="record" code={load.code} onRetry={retry} />
          )
        ) : null
      }
    >
      {load.phase === 'loading' ? <LoadingNotice text={t('service.result.loading')} /> : null}
      {load.phase === 'failed' ? <ServiceProblemNotice context="record" code={load.code} /> : null}
      {record ? (
        <>
          <p className="k-svc-facts">
            <span>
              {t('service.result.holder')}
              {t('service.colon')}
              <b>{anonymous ? record.holderName : maskName(record.holderName)}</b>
            </span>
            <span>
              {t('service.result.asOf')}
              {t('service.colon')}
              <b>{chinaDateTime(Date.parse(record.asOf))}</b>
            </span>
          </p>
          <p className="k-svc-note">
            {t('service.result.department')}
            {t('service.colon')}
            {department}
            {record.sample ? t('service.result.sampleNote') : ''}
          </p>
          <PlatformChineseNote show={anyChinese} />
          <Pager
            items={pages}
            pageSize={1}
            label={title ?? record.title}
            itemKey={(page) => page[0]?.key ?? 'empty'}
            renderItem={(page) => (
              <div className="k-svc-entries">
                {page.map((entry) => (
                  <RecordEntryView key={entry.key} entry={entry} />
                ))}
              </div>
            )}
          />
        </>
      ) : null}
    </ScreenLayout>
  );
}

function RecordEntryView({ entry }: { entry: RecordEntry }) {
  if (entry.kind === 'value') {
    return (
      <div className="k-svc-row" data-entry={entry.key}>
        <span className="k-svc-row__label">{entry.label}</span>
        <span className="k-svc-row__value">{entry.value}</span>
      </div>
    );
  }
  return (
    <div className="k-svc-card" data-entry={entry.key}>
      <p className="k-svc-card__title">{entry.title}</p>
      <dl className="k-svc-card__cells">
        {entry.cells.map((cell) => (
          <div key={cell.label}>
            <dt>{cell.label}</dt>
            <dd>{cell.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function CertificationResultView({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const speech = useSpeech();
  const result: CertificationResult | undefined = readOutcome(flow.state, 'certification');
  const outcome = result?.outcome;
  useEffect(() => {
    if (outcome === 'certified') speech.speak(t('service.certify.spokenCertified'), { interrupt: true });
    if (outcome === 'notRequired') speech.speak(t('service.certify.notRequiredTitle'), { interrupt: true });
  }, [outcome, speech, t]);

  const rows: Array<[string, string]> = result
    ? [
        [t('service.certify.person'), result.holderMasked],
        [
          t('service.certify.outcome'),
          outcome === 'certified' ? t('service.certify.certifiedShort') : t('service.certify.notRequiredShort'),
        ],
        [t('service.certify.at'), chinaDateTime(Date.parse(result.at))],
        ...(result.validUntil
          ? ([[t('service.certify.validUntil'), longDateText(result.validUntil, locale)]] as Array<[string, string]>)
          : []),
        [t('service.certify.number'), result.certificationNumber],
      ]
    : [];
  const unchecked = result && (result.checks.liveness === 'notChecked' || result.checks.faceMatch === 'notChecked');
  return (
    <ScreenLayout
      screenId="result"
      title={
        !result
          ? t('service.result.title')
          : outcome === 'certified'
            ? t('service.certify.certifiedTitle')
            : t('service.certify.notRequiredTitle')
      }
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onHome={flow.home}
      actions={
        <Button variant="primary" onClick={flow.next} data-action="continue">
          {t('common.continue')}
        </Button>
      }
    >
      {!result ? (
        <Notice tone="warning" title={t('service.problem.notAllowed.title')}>
          <p>{t('service.problem.notAllowed.body')}</p>
        </Notice>
      ) : (
        <>
          <div className={`k-svc-outcome k-svc-outcome--${outcome}`} data-outcome={outcome}>
            {outcome === 'certified' ? (
              <BadgeCheck className="k-icon k-svc-outcome__icon" aria-hidden="true" />
            ) : (
              <Info className="k-icon k-svc-outcome__icon" aria-hidden="true" />
            )}
            <p>
              {outcome === 'certified'
                ? t('service.certify.certifiedBody', {
                    date: result.validUntil ? longDateText(result.validUntil, locale) : '',
                  })
                : t('service.certify.notRequiredBody')}
            </p>
          </div>
          <dl className="k-svc-rows">
            {rows.map(([label, value]) => (
              <div key={label} className="k-svc-row">
                <dt className="k-svc-row__label">{label}</dt>
                <dd className="k-svc-row__value">{value}</dd>
              </div>
            ))}
          </dl>
          {unchecked ? <p className="k-svc-note">{t('service.certify.demoChecks')}</p> : null}
        </>
      )}
    </ScreenLayout>
  );
}
