import { CheckCircle2, Monitor, QrCode } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { Button } from '../../components/Button.js';
import { ChoiceList } from '../../components/ChoiceList.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { EvaluationLevelChoice } from '../../components/evaluation/EvaluationLevelChoice.js';
import { EvaluationReasonChoice } from '../../components/evaluation/EvaluationReasonChoice.js';
import {
  type EvaluationForm,
  type EvaluationFormPage,
  emptyEvaluationForm,
  evaluationFormPages,
  evaluationPageProblem,
  evaluationSubmitRequest,
  isLowLevel,
  OTHER_REASON,
  REASON_TEXT_MAX,
  type ServiceReasonCode,
  serviceReasonCodes,
  toggleReason,
} from '../../components/evaluation/evaluation-form.js';
import { PhoneEntry } from '../../components/evaluation/PhoneEntry.js';
import { TextEntry } from '../../components/evaluation/TextEntry.js';
import { OnScreenKeyboard } from '../../components/keyboard/OnScreenKeyboard.js';
import { Notice } from '../../components/Notice.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';
import { useLocale } from '../../i18n/use-localized.js';
import { useSpeakOnEnter } from '../flow/steps/use-speak-on-enter.js';
import { NUMBER_MAX_LENGTH, normalizeNumber, scanResult } from './progress-logic.js';
import { caseNumberProblem, type KeptKey, keyFor } from './services-logic.js';
import { useQrScanner } from './use-qr-scanner.js';
import './services.css';

type About = 'case' | 'kiosk';
type Page = 'about' | 'case' | EvaluationFormPage | 'thanks';

/** The case being evaluated: typed (number only) or scanned from a receipt (number and the item's name). */
interface CaseRef {
  readonly caseNumber: string;
  readonly title?: string;
  readonly itemCode?: string;
}

const CASE_INPUT = 'evaluate-case';

/**
 * 好差评 from the home screen: a past case (scan the receipt's QR code or type the case number) or the kiosk
 * service in general; five levels as big choices; for 不满意 / 非常不满意 preset reasons and the citizen's own
 * words, and an optional phone for a follow-up call; a thank-you page. One idempotency key per content, so a
 * double tap or a retry records one evaluation.
 */
export function EvaluateScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { client, catalog } = useKiosk();
  const navigator = useNavigator();
  const [page, setPage] = useState<Page>('about');
  const [about, setAbout] = useState<About | undefined>();
  const [typed, setTyped] = useState('');
  const [caseRef, setCaseRef] = useState<CaseRef | undefined>();
  const [form, setForm] = useState<EvaluationForm<ServiceReasonCode>>(emptyEvaluationForm);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [ack, setAck] = useState<{ readonly number: string; readonly duplicate: boolean } | undefined>();
  const kept = useRef<KeptKey | undefined>(undefined);
  const busyRef = useRef(false);

  const formPages = evaluationFormPages(form);
  const flowPages: Page[] = ['about', ...(about === 'case' ? (['case'] as const) : []), ...formPages];
  const index = flowPages.indexOf(page);
  const last = page !== 'about' && page !== 'case' && page !== 'thanks' && index === flowPages.length - 1;

  const titles: Record<Page, string> = {
    about: t('services.evaluate.aboutTitle'),
    case: t('services.evaluate.caseTitle'),
    level: about === 'kiosk' ? t('services.evaluate.levelTitleKiosk') : t('services.evaluate.levelTitleCase'),
    reason: t('services.evaluate.reasonTitle'),
    reasonText: form.reasonCodes.some((c) => c !== OTHER_REASON)
      ? t('services.evaluate.reasonTextOptionalTitle')
      : t('services.evaluate.reasonTextTitle'),
    phone: t('services.evaluate.phoneTitle'),
    thanks: t('services.evaluate.thanksTitle'),
  };
  useSpeakOnEnter(titles[page]);

  const scanner = useQrScanner(page === 'case', (text) => void onScan(text));

  async function onScan(text: string) {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    const reply = await client.call('documents.verify', { text: text.slice(0, 2000) });
    busyRef.current = false;
    setBusy(false);
    if (!reply.ok) return setNotice(t('services.platformDown'));
    const result = scanResult(reply.value);
    if (result.kind === 'found') {
      const itemCode = result.progress.target.kind === 'item' ? result.progress.target.itemCode : undefined;
      const item = itemCode ? catalog.items.find((i) => i.code === itemCode) : undefined;
      setCaseRef({
        caseNumber: result.progress.caseNumber,
        title: item?.name[locale] ?? result.progress.title,
        ...(item ? { itemCode: item.code } : {}),
      });
      setTyped(result.progress.caseNumber);
      setPage('level');
      return;
    }
    if (result.kind === 'queued') return setError(t('services.evaluate.caseQueued'));
    if (result.kind === 'slip') return setError(t('services.evaluate.scanProblems.notReceipt'));
    if (result.problem === 'unavailable' || result.problem === 'failed') return setNotice(t('services.platformDown'));
    setError(
      t(
        `services.evaluate.scanProblems.${result.problem === 'notFound' ? 'notFound' : result.problem === 'certificateCode' ? 'certificateCode' : 'notReceipt'}`,
      ),
    );
  }

  const change = (next: EvaluationForm<ServiceReasonCode>) => {
    setForm(next);
    setError(undefined);
    setNotice(undefined);
  };

  const problemWords = (page: EvaluationFormPage) => {
    const problem = evaluationPageProblem(page, form);
    return problem ? t(`services.evaluate.problems.${problem}`) : undefined;
  };

  async function submit() {
    if (!form.level || busyRef.current) return;
    const request = evaluationSubmitRequest(
      { ...form, level: form.level },
      {
        idempotencyKey: '',
        ...(about === 'case' && caseRef ? { caseNumber: caseRef.caseNumber } : {}),
        ...(caseRef?.itemCode ? { itemCode: caseRef.itemCode } : {}),
      },
    );
    kept.current = keyFor(request, kept.current);
    busyRef.current = true;
    setBusy(true);
    setNotice(undefined);
    const reply = await client.call('evaluation.submit', { ...request, idempotencyKey: kept.current.key });
    busyRef.current = false;
    setBusy(false);
    if (reply.ok) {
      setAck({ number: reply.value.evaluationNumber, duplicate: reply.value.duplicate });
      setPage('thanks');
      return;
    }
    if (reply.error.code === 'notFound' && about === 'case') {
      setPage('case');
      setError(t('services.evaluate.caseNotFound', { number: caseRef?.caseNumber ?? '' }));
      return;
    }
    if (reply.error.code === 'notAllowed' && about === 'case') {
      setPage('case');
      setError(t('services.evaluate.caseRatedAlready', { number: caseRef?.caseNumber ?? '' }));
      return;
    }
    setNotice(reply.error.code === 'unavailable' ? t('services.platformDown') : t('services.failed'));
  }

  function forward() {
    if (page === 'about') {
      if (!about) return setError(t('services.evaluate.problems.about'));
      setError(undefined);
      return setPage(flowPages[1] ?? 'level');
    }
    if (page === 'case') {
      const problem = caseNumberProblem(typed);
      if (problem) return setError(t(`services.evaluate.case.${problem}`));
      const caseNumber = normalizeNumber(typed);
      if (caseRef?.caseNumber !== caseNumber) setCaseRef({ caseNumber });
      setError(undefined);
      return setPage('level');
    }
    if (page === 'thanks') return;
    const words = problemWords(page);
    if (words) return setError(words);
    const next = flowPages[index + 1];
    if (next) return setPage(next);
    void submit();
  }

  function backward() {
    setError(undefined);
    setNotice(undefined);
    const previous = flowPages[index - 1];
    if (previous) setPage(previous);
    else navigator.back();
  }

  const fieldId = `evaluate-${page}`;
  const errors = error ? [{ fieldId: page === 'case' ? CASE_INPUT : fieldId, message: error }] : [];
  const caption =
    about === 'case' && caseRef && page !== 'about' && page !== 'case'
      ? caseRef.title
        ? `${caseRef.title} · ${caseRef.caseNumber}`
        : caseRef.caseNumber
      : t('services.evaluate.title');

  if (page === 'thanks' && ack && form.level) {
    return (
      <ScreenLayout
        screenId="evaluate-thanks"
        caption={t('services.evaluate.title')}
        title={t('services.evaluate.thanksTitle')}
        onHome={navigator.home}
        actions={
          <Button variant="primary" onClick={navigator.home} data-action="finish">
            {t('services.finish')}
          </Button>
        }
      >
        <div className="k-done" data-evaluation-number={ack.number}>
          <CheckCircle2 className="k-icon k-done__icon" aria-hidden="true" />
          <p className="k-done__number">{t('services.evaluate.number', { number: ack.number })}</p>
          <p>{isLowLevel(form.level) ? t('services.evaluate.thanksLow') : t('services.evaluate.thanksBody')}</p>
          {isLowLevel(form.level) ? (
            <p>{form.phone ? t('services.evaluate.followUpPhone') : t('services.evaluate.followUpNone')}</p>
          ) : null}
          {ack.duplicate ? <p className="k-hint">{t('services.evaluate.alreadyRecorded')}</p> : null}
        </div>
      </ScreenLayout>
    );
  }

  return (
    <ScreenLayout
      screenId={page === 'about' ? 'evaluate' : `evaluate-${page}`}
      caption={caption}
      title={titles[page]}
      onBack={backward}
      onHome={navigator.home}
      actions={
        <Button
          variant="primary"
          onClick={forward}
          disabled={busy}
          data-action={last ? 'submit-evaluation' : 'continue'}
        >
          {busy
            ? last
              ? t('services.sending')
              : t('services.querying')
            : last
              ? t('services.evaluate.submit')
              : t('common.continue')}
        </Button>
      }
    >
      <ErrorSummary errors={errors} />
      {notice ? (
        <Notice tone="warning" title={notice}>
          <p>{t('services.nextStepLater')}</p>
        </Notice>
      ) : null}
      {error ? (
        <p className="k-field-error" id={`${errors[0]?.fieldId ?? fieldId}-error`}>
          {error}
        </p>
      ) : null}

      {page === 'about' ? (
        <ChoiceList
          id={fieldId}
          labelledBy="k-screen-title"
          invalid={Boolean(error)}
          value={about}
          onChange={(value) => {
            setAbout(value as About);
            setError(undefined);
          }}
          choices={[
            { value: 'case', label: t('services.evaluate.aboutCase'), hint: t('services.evaluate.aboutCaseHint') },
            { value: 'kiosk', label: t('services.evaluate.aboutKiosk'), hint: t('services.evaluate.aboutKioskHint') },
          ]}
        />
      ) : page === 'case' ? (
        <>
          <div className="k-way k-way--compact" data-way="scan">
            <QrCode className="k-icon k-way__icon" aria-hidden="true" />
            <p className="k-hint">
              {scanner === 'unavailable' ? t('services.scannerUnavailable') : t('services.evaluate.scanHint')}
            </p>
          </div>
          <p className="k-hint" id={`${CASE_INPUT}-hint`}>
            {t('services.evaluate.caseHint')}
          </p>
          <input
            id={CASE_INPUT}
            className="k-entry k-entry--code"
            type="text"
            inputMode="none"
            autoComplete="off"
            spellCheck={false}
            readOnly
            aria-labelledby="k-screen-title"
            aria-describedby={[`${CASE_INPUT}-hint`, error ? `${CASE_INPUT}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={error ? true : undefined}
            value={typed}
          />
          <OnScreenKeyboard
            controls={CASE_INPUT}
            value={typed}
            maxLength={NUMBER_MAX_LENGTH}
            initialMode="letters"
            onChange={(next) => {
              setTyped(next.toUpperCase().replace(/[^A-Z0-9-]/g, ''));
              setError(undefined);
            }}
          />
        </>
      ) : page === 'level' ? (
        <>
          {about === 'kiosk' ? (
            <p className="k-hint k-with-icon">
              <Monitor className="k-icon" aria-hidden="true" />
              {t('services.evaluate.aboutKioskHint')}
            </p>
          ) : null}
          <EvaluationLevelChoice
            id={fieldId}
            labelledBy="k-screen-title"
            invalid={Boolean(error)}
            value={form.level}
            onChange={(level) => change({ ...form, level })}
          />
        </>
      ) : page === 'reason' ? (
        <EvaluationReasonChoice
          id={fieldId}
          labelledBy="k-screen-title"
          invalid={Boolean(error)}
          selected={form.reasonCodes}
          onToggle={(code) => change(toggleReason(form, code))}
          options={serviceReasonCodes.map((code) => ({ code, label: t(`services.evaluate.reasons.${code}`) }))}
        />
      ) : page === 'reasonText' ? (
        <>
          <p className="k-hint" id={`${fieldId}-count`}>
            {t('services.textCount', { count: [...form.reasonText].length, max: REASON_TEXT_MAX })}
          </p>
          <TextEntry
            id={fieldId}
            locale={locale}
            value={form.reasonText}
            maxLength={REASON_TEXT_MAX}
            invalid={Boolean(error)}
            describedBy={`${fieldId}-count`}
            onChange={(reasonText) => change({ ...form, reasonText })}
          />
        </>
      ) : page === 'phone' ? (
        <>
          <p className="k-hint" id={`${fieldId}-hint`}>
            {t('services.evaluate.phoneHint')}
          </p>
          <PhoneEntry
            id={fieldId}
            hintId={`${fieldId}-hint`}
            value={form.phone}
            onChange={(phone) => change({ ...form, phone })}
            {...(error ? { errorId: `${fieldId}-error` } : {})}
          />
        </>
      ) : null}
    </ScreenLayout>
  );
}
