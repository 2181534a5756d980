import { IdCard as IdCardIcon, Keyboard, QrCode, RotateCcw, Search } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdCard } from '../../../../shared/devices/id-card.js';
import { looksLikeEIdCode } from '../../../../shared/platform/eid.js';
import { maskName } from '../../../../shared/validation/id-number.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { useRowsPerPage } from '../../context/preferences-context.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { OnScreenKeyboard } from '../../components/keyboard/OnScreenKeyboard.js';
import { Notice } from '../../components/Notice.js';
import { Pager } from '../../components/Pager.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';
import { useLocale, useLocalized } from '../../i18n/use-localized.js';
import { useSpeech } from '../../speech/speech.js';
import { useSpeakOnEnter } from '../flow/steps/use-speak-on-enter.js';
import { ProgressCard } from './ProgressCard.js';
import {
  CODE_MAX_LENGTH,
  codeProblem,
  eIdLookupProblem,
  entryKey,
  type LookupErrorCode,
  type LookupProblem,
  NUMBER_MAX_LENGTH,
  groupCode,
  normalizeQueryCode,
  numberProblem,
  type ProgressEntry,
  problemOfError,
  progressEntries,
  type SlipCheck,
  scanResult,
  slipWords,
  typedQueries,
} from './progress-logic.js';
import { useIdCardWait } from './use-id-card-wait.js';
import { useQrScanner } from './use-qr-scanner.js';
import './services.css';

type Phase =
  | { readonly kind: 'start' }
  | { readonly kind: 'number' }
  | { readonly kind: 'code' }
  | {
      readonly kind: 'results';
      readonly by: 'typed' | 'idCard' | 'scan';
      /** The card holder's name, masked (张*明); only for a lookup by ID card. */
      readonly holderMasked?: string;
      readonly entries: readonly ProgressEntry[];
      /** A scanned receipt whose application still waits here (the scan does not say which one). */
      readonly queuedOnly?: boolean;
    };

const NUMBER_INPUT = 'progress-number';
const CODE_INPUT = 'progress-code';

/**
 * 办件进度查询: three ways, easiest first — scan the receipt's QR code (the scanner reads while this screen
 * shows), place the ID card (every case of that person, the name masked), or type the case number and the
 * query code. Results are paginated cases with their status in words and an icon, the timeline, the promised
 * date and, for a returned case, what to bring; applications saved here while offline show as waiting.
 */
export function ProgressScreen() {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  const navigator = useNavigator();
  const { speak } = useSpeech();
  const perPage = useRowsPerPage(2, 1);
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LookupProblem | undefined>();
  /** A payment receipt or appointment slip scanned here: not a case, but what it says is checked all the same. */
  const [slip, setSlip] = useState<SlipCheck | undefined>();
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const busyRef = useRef(false);

  const spoken =
    phase.kind === 'start'
      ? t('services.progress.spokenStart')
      : phase.kind === 'number'
        ? t('services.progress.numberTitle')
        : phase.kind === 'code'
          ? t('services.progress.codeTitle')
          : phase.queuedOnly
            ? t('services.progress.queuedBody')
            : t('services.progress.spokenResults', { count: phase.entries.length });
  useSpeakOnEnter(spoken);

  /** Runs one lookup at a time; a second scan or card while one runs is ignored. */
  async function lookup(run: () => Promise<void>) {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setProblem(undefined);
    setSlip(undefined);
    try {
      await run();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  function fail(next: LookupProblem) {
    setProblem(next);
    speak(t(`services.progress.problems.${next}`));
  }

  const onScan = (text: string) => {
    if (looksLikeEIdCode(text)) return onEId(text.trim());
    void lookup(async () => {
      const reply = await client.call('documents.verify', { text: text.slice(0, 2000) });
      if (!reply.ok) return fail(problemOfError(reply.error.code, 'scan'));
      const result = scanResult(reply.value);
      if (result.kind === 'found')
        setPhase({ kind: 'results', by: 'scan', entries: [{ kind: 'case', progress: result.progress }] });
      else if (result.kind === 'slip') {
        setPhase({ kind: 'start' });
        setSlip(result.slip);
      } else if (result.kind === 'queued') setPhase({ kind: 'results', by: 'scan', entries: [], queuedOnly: true });
      else {
        setPhase({ kind: 'start' });
        fail(result.problem);
      }
    });
  };

  /** The holder's cases, by the ID number of a card read or an e-ID verified: only the masked name is kept. */
  async function casesOf(person: { readonly name: string; readonly idNumber: string }) {
    const holderMasked = maskName(person.name);
    const reply = await client.call('case.progress', { by: 'idNumber', idNumber: person.idNumber });
    if (!reply.ok) return fail(problemOfError(reply.error.code, 'idCard'));
    const entries = progressEntries(reply.value.cases, reply.value.queuedHere);
    if (entries.length === 0) return fail('noCases');
    setPhase({ kind: 'results', by: 'idCard', holderMasked, entries });
  }

  const onCard = (card: IdCard) => void lookup(() => casesOf(card));

  // The e-ID on the citizen's phone stands for the card: the platform says whose it is (once), then as a card.
  const onEId = (eIdCode: string) =>
    void lookup(async () => {
      const verified = await client.call('identity.verifyEId', { code: eIdCode });
      if (!verified.ok) return fail(eIdLookupProblem(verified.error.code));
      await casesOf(verified.value.person);
    });

  const scanner = useQrScanner(true, (text) => {
    if (phase.kind === 'start' || phase.kind === 'results' || phase.kind === 'number' || phase.kind === 'code')
      onScan(text);
  });
  const reader = useIdCardWait(phase.kind === 'start' && !busy, onCard);

  function submitTyped() {
    const numberIssue = numberProblem(number);
    if (numberIssue) {
      setPhase({ kind: 'number' });
      setFieldError(t(`services.progress.number.${numberIssue}`));
      return;
    }
    const codeIssue = codeProblem(code);
    if (codeIssue) {
      setFieldError(
        t(`services.progress.code.${codeIssue}`, { count: normalizeQueryCode(code).replace(/-/g, '').length }),
      );
      return;
    }
    void lookup(async () => {
      let last: LookupErrorCode = 'notFound';
      for (const query of typedQueries(number, code)) {
        const reply = await client.call('case.progress', query);
        if (reply.ok && (reply.value.cases.length > 0 || reply.value.queuedHere.length > 0)) {
          setPhase({
            kind: 'results',
            by: 'typed',
            entries: progressEntries(reply.value.cases, reply.value.queuedHere),
          });
          return;
        }
        if (!reply.ok) last = reply.error.code;
        if (!reply.ok && last !== 'notFound' && last !== 'invalidRequest') break;
      }
      const next = problemOfError(last, 'typed');
      if (next === 'notFound') {
        setFieldError(t('services.progress.problems.notFound'));
        speak(t('services.progress.problems.notFound'));
      } else fail(next);
    });
  }

  const restart = () => {
    setProblem(undefined);
    setFieldError(undefined);
    setNumber('');
    setCode('');
    setPhase({ kind: 'start' });
  };

  const slipText = slip ? slipWords(slip, locale) : undefined;
  const slipNotice =
    slip && slipText ? (
      <div data-slip={slip.kind} data-slip-valid={slip.valid}>
        <Notice tone={slip.valid ? 'success' : 'warning'} title={t(`services.progress.slip.${slip.kind}Title`)}>
          <p>{t(`services.progress.slip.${slipText.key}`, slipText.values)}</p>
        </Notice>
      </div>
    ) : null;

  const problemNotice = problem ? (
    <Notice tone="warning" title={t(`services.progress.problems.${problem}`)}>
      <p>
        {t(
          problem === 'unavailable' || problem === 'failed'
            ? 'services.nextStepLater'
            : problem.startsWith('eId')
              ? 'services.progress.eIdNextStep'
              : 'services.progress.nextStep',
        )}
      </p>
    </Notice>
  ) : (
    slipNotice
  );

  if (phase.kind === 'number' || phase.kind === 'code') {
    const isNumber = phase.kind === 'number';
    const inputId = isNumber ? NUMBER_INPUT : CODE_INPUT;
    const value = isNumber ? number : code;
    return (
      <ScreenLayout
        key={phase.kind}
        screenId={isNumber ? 'progress-number' : 'progress-code'}
        caption={t('services.progress.title')}
        title={t(isNumber ? 'services.progress.numberTitle' : 'services.progress.codeTitle')}
        onBack={() => {
          setFieldError(undefined);
          setProblem(undefined);
          setPhase(isNumber ? { kind: 'start' } : { kind: 'number' });
        }}
        onHome={navigator.home}
        actions={
          <Button
            variant="primary"
            data-action={isNumber ? 'continue' : 'query'}
            disabled={busy}
            icon={isNumber ? undefined : <Search className="k-icon" />}
            onClick={() => {
              if (!isNumber) return submitTyped();
              const issue = numberProblem(number);
              if (issue) return setFieldError(t(`services.progress.number.${issue}`));
              setFieldError(undefined);
              setPhase({ kind: 'code' });
            }}
          >
            {busy ? t('services.querying') : isNumber ? t('common.continue') : t('services.progress.query')}
          </Button>
        }
      >
        <ErrorSummary errors={fieldError ? [{ fieldId: inputId, message: fieldError }] : []} />
        {problemNotice}
        <p className="k-hint" id={`${inputId}-hint`}>
          {t(isNumber ? 'services.progress.numberHint' : 'services.progress.codeHint')}
        </p>
        {fieldError ? (
          <p className="k-field-error" id={`${inputId}-error`}>
            {fieldError}
          </p>
        ) : null}
        <input
          id={inputId}
          className="k-entry k-entry--code"
          data-secret={isNumber ? undefined : ''}
          type="text"
          inputMode="none"
          autoComplete="off"
          spellCheck={false}
          readOnly
          aria-labelledby="k-screen-title"
          aria-describedby={[`${inputId}-hint`, fieldError ? `${inputId}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={fieldError ? true : undefined}
          value={isNumber ? value : groupCode(value)}
        />
        <OnScreenKeyboard
          controls={inputId}
          value={value}
          maxLength={isNumber ? NUMBER_MAX_LENGTH : CODE_MAX_LENGTH}
          initialMode="letters"
          onChange={(next) => {
            const clean = next.toUpperCase().replace(/[^A-Z0-9-]/g, '');
            if (isNumber) setNumber(clean);
            else setCode(clean);
            setFieldError(undefined);
          }}
        />
      </ScreenLayout>
    );
  }

  if (phase.kind === 'results') {
    const title = phase.holderMasked
      ? t('services.progress.resultsFor', { name: phase.holderMasked })
      : t('services.progress.resultsTitle');
    return (
      <ScreenLayout
        screenId="progress-results"
        caption={t('services.progress.title')}
        title={title}
        onBack={restart}
        onHome={navigator.home}
        actions={
          <>
            <Button onClick={restart} icon={<RotateCcw className="k-icon" />} data-action="another">
              {t('services.progress.another')}
            </Button>
            <Button variant="primary" onClick={navigator.home} data-action="finish">
              {t('services.finish')}
            </Button>
          </>
        }
      >
        {problemNotice}
        {phase.by === 'idCard' ? (
          <Notice tone="info" title={t('services.takeCard')}>
            <p>{t('services.progress.count', { count: phase.entries.length })}</p>
          </Notice>
        ) : null}
        {phase.queuedOnly ? (
          <Notice tone="info" title={t('services.progress.queuedStatus')}>
            <p>{t('services.progress.queuedBody')}</p>
          </Notice>
        ) : (
          <Pager
            className="k-case-pager"
            items={phase.entries}
            pageSize={perPage}
            itemKey={entryKey}
            label={title}
            renderItem={(entry) => <ProgressCard entry={entry} />}
          />
        )}
      </ScreenLayout>
    );
  }

  // Start: the three ways. Scanning and the card work at once; typing is one tap away.
  const readerWords =
    reader.state.kind === 'reading'
      ? t('services.progress.reading')
      : reader.state.kind === 'replace' || reader.state.kind === 'fault'
        ? l(reader.state.message)
        : t('services.progress.waiting');
  return (
    <ScreenLayout
      screenId="progress"
      title={t('services.progress.title')}
      onBack={navigator.back}
      onHome={navigator.home}
      actions={
        reader.state.kind === 'fault' ? (
          <Button onClick={reader.retry} icon={<RotateCcw className="k-icon" />} data-action="retry-read">
            {t('services.retryCard')}
          </Button>
        ) : null
      }
    >
      {problemNotice}
      <p>{t('services.progress.intro')}</p>
      <ol className="k-ways" role="list">
        <li className="k-way" data-way="scan">
          <QrCode className="k-icon k-way__icon" aria-hidden="true" />
          <div className="k-way__text">
            <p className="k-way__title">{t('services.progress.scanTitle')}</p>
            <p className="k-hint">
              {scanner === 'unavailable' ? t('services.scannerUnavailable') : t('services.progress.scanHint')}
            </p>
          </div>
        </li>
        <li className="k-way" data-way="card">
          <IdCardIcon className="k-icon k-way__icon" aria-hidden="true" />
          <div className="k-way__text">
            <p className="k-way__title">{t('services.progress.cardTitle')}</p>
            <p className="k-hint">{t('services.progress.cardHint')}</p>
          </div>
        </li>
        <li className="k-way" data-way="type">
          <Keyboard className="k-icon k-way__icon" aria-hidden="true" />
          <div className="k-way__text">
            <p className="k-way__title">{t('services.progress.typeTitle')}</p>
            <Button
              onClick={() => {
                setProblem(undefined);
                setPhase({ kind: 'number' });
              }}
              data-action="type-number"
            >
              {t('services.progress.typeButton')}
            </Button>
          </div>
        </li>
      </ol>
      <p className="k-service-status" role="status" data-reader-status={busy ? 'querying' : reader.state.kind}>
        {busy ? t('services.querying') : readerWords}
      </p>
    </ScreenLayout>
  );
}
