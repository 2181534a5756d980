import { IdCard as IdCardIcon, QrCode, RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../../shared/catalog/schema.js';
import type { IdCard } from '../../../../../shared/devices/id-card.js';
import { maskIdNumber, maskName } from '../../../../../shared/validation/id-number.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { ChoiceList } from '../../../components/ChoiceList.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Notice } from '../../../components/Notice.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { useSpeech } from '../../../speech/speech.js';
import { applyKeys, type ChosenBusiness, identifiedBy } from './apply-outcome.js';
import {
  asksForBusiness,
  type BusinessChoice,
  businessChoices,
  type BusinessOutcome,
  type EIdProblem,
  eIdStep,
  ID_CARD_WAIT_MS,
  readStep,
  scanStep,
  wantsContact,
  withBusinessRecords,
  withContactRecords,
} from './identify-logic.js';
import { useSpeakOnEnter } from './use-speak-on-enter.js';
import './IdentifyScreen.css';

/** How the person was identified: the card on the reader, or an e-ID code the platform verified. */
type Via = 'idCard' | 'eId';

type Phase =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'verifying'; readonly code: string }
  | { readonly kind: 'confirm'; readonly card: IdCard; readonly via: Via };

/** Business items: the person's businesses, looked up while they confirm who they are (or the lookup failed). */
type BusinessLookup =
  | { readonly idNumber: string; readonly choices: readonly BusinessChoice[] }
  | { readonly idNumber: string; readonly failed: true };

type ReaderNotice =
  { readonly kind: 'reading' } | { readonly kind: 'replace' | 'fault'; readonly message: LocalizedText };

/** Why the last scanned code identified nobody (apply.identify.eId.<problem>). */
type ScanProblem = EIdProblem | 'notEId';

const NEW_BUSINESS = 'new';

/**
 * Identify (ARCHITECTURE.md, 'Identify'): place the ID card (animated, spoken), the read waits on the reader and
 * simply waits again; faults in plain words with a retry. Or show the e-ID code (电子身份证二维码) to the
 * scanner: the platform verifies it, and a code that does not work is answered with what to do next. Either way
 * the citizen sees the name masked (张*明) and confirms. Business items ask on the same page which business,
 * from the person's business licences, so confirming and choosing are one page and two taps (issue 10: fewer
 * steps). Leaving the screen cancels the wait.
 */
export function IdentifyScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const { speak } = useSpeech();
  const [phase, setPhase] = useState<Phase>(() =>
    flow.state.idCard
      ? { kind: 'confirm', card: flow.state.idCard, via: identifiedBy(flow.state) }
      : { kind: 'waiting' },
  );
  const [notice, setNotice] = useState<ReaderNotice | undefined>();
  const [scanProblem, setScanProblem] = useState<ScanProblem | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [business, setBusiness] = useState<string | undefined>();
  const [businessError, setBusinessError] = useState(false);
  const [lookup, setLookup] = useState<BusinessLookup | undefined>();
  const forBusiness = asksForBusiness(flow.target);
  // The mobile number the platform holds for the person, asked for while they confirm who they are, so the
  // form confirms it on the check page instead of asking for eleven digits (prefill "person.mobile").
  const contact = useRef<{ readonly idNumber: string; readonly mobile: Promise<string | undefined> }>(undefined);
  const faulted = notice?.kind === 'fault';

  useSpeakOnEnter(
    phase.kind === 'waiting'
      ? t('apply.identify.spoken')
      : phase.kind === 'verifying'
        ? t('apply.identify.eId.verifying')
        : forBusiness
          ? `${t(phase.via === 'eId' ? 'apply.identify.eId.spokenConfirm' : 'apply.identify.spokenConfirm')} ${t('apply.identify.businessTitle')}`
          : t(phase.via === 'eId' ? 'apply.identify.eId.spokenConfirm' : 'apply.identify.spokenConfirm'),
  );

  // Wait for a card while the instruction is shown; each read waits up to 30 s and then simply waits again.
  useEffect(() => {
    if (phase.kind !== 'waiting' || faulted) return undefined;
    let active = true;
    void (async () => {
      while (active) {
        const result = await client.call('devices.idCard.read', { waitMs: ID_CARD_WAIT_MS });
        if (!active) return;
        const step = readStep(result);
        if (step.kind === 'card') {
          setNotice(undefined);
          setScanProblem(undefined);
          setPhase({ kind: 'confirm', card: step.card, via: 'idCard' });
          return;
        }
        if (step.kind === 'fault') {
          setNotice({ kind: 'fault', message: step.message });
          speak(l(step.message));
          return;
        }
        if (step.kind === 'replace') {
          setNotice({ kind: 'replace', message: step.message });
          speak(l(step.message));
          // The reader answers at once while the card lies badly: do not spin.
          await new Promise((resolve) => setTimeout(resolve, 600));
        }
      }
    })();
    return () => {
      active = false;
      void client.call('devices.idCard.cancel', {});
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `l` and `speak` change with the language only; a language switch need not restart the wait.
  }, [client, phase.kind, faulted, attempt]);

  // Card placed / lifted: say what is happening while the read runs.
  useEffect(
    () =>
      client.on('devices.idCard', (event) => {
        if (event.event === 'inserted') {
          setScanProblem(undefined);
          setNotice((current) => (current?.kind === 'fault' ? current : { kind: 'reading' }));
        }
        // Lifted before it was read: back to "waiting" (a read cut short answers with its own words).
        else setNotice((current) => (current?.kind === 'reading' ? undefined : current));
      }),
    [client],
  );

  // A code shown to the scanner while waiting: an e-ID is verified (reads off meanwhile, so one code is used
  // once); any other code is answered in plain words and the wait goes on.
  useEffect(() => {
    if (phase.kind !== 'waiting') return undefined;
    void client.call('devices.scanner.setEnabled', { enabled: true });
    const off = client.on('devices.scan', (event) => {
      const step = scanStep(event.code);
      if (step.kind === 'eId') setPhase({ kind: 'verifying', code: step.code });
      else setScanProblem('notEId');
    });
    return () => {
      off();
      void client.call('devices.scanner.setEnabled', { enabled: false });
    };
  }, [client, phase.kind]);

  useEffect(() => {
    if (phase.kind !== 'verifying') return undefined;
    let active = true;
    setScanProblem(undefined);
    void client.call('identity.verifyEId', { code: phase.code }).then((result) => {
      if (!active) return;
      const step = eIdStep(result);
      if (step.kind === 'person') {
        setNotice(undefined);
        setPhase({ kind: 'confirm', card: step.card, via: 'eId' });
      } else {
        setScanProblem(step.problem);
        setPhase({ kind: 'waiting' });
      }
    });
    return () => {
      active = false;
    };
  }, [client, phase]);

  // Say what went wrong with a scanned code, once per scan.
  useEffect(() => {
    if (scanProblem) speak(t(`apply.identify.eId.${scanProblem}`));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- said once per scan problem, not again on a language switch
  }, [scanProblem]);

  useEffect(() => {
    if (phase.kind !== 'confirm' || !wantsContact(flow.target)) return;
    if (contact.current?.idNumber === phase.card.idNumber) return;
    const mobile = client
      .call('person.contact', { idNumber: phase.card.idNumber })
      .then((reply) => (reply.ok ? reply.value.mobile : undefined));
    contact.current = { idNumber: phase.card.idNumber, mobile };
  }, [client, phase, flow.target]);

  // Business items: which business, from the person's business licences, looked up once per person.
  useEffect(() => {
    if (phase.kind !== 'confirm' || !forBusiness || lookup?.idNumber === phase.card.idNumber) return undefined;
    const { idNumber } = phase.card;
    let active = true;
    void client.call('license.find', { idNumber, licenseType: 'businessLicense' }).then((reply) => {
      if (!active) return;
      setLookup(reply.ok ? { idNumber, choices: businessChoices(reply.value.licenses) } : { idNumber, failed: true });
    });
    return () => {
      active = false;
    };
  }, [client, phase, forBusiness, lookup]);

  /** Set while done() waits for the contact lookup: a second tap does not move on twice. */
  const finishing = useRef(false);
  /** `business` only for business items: the one picked, 'new', or 'unknown' when the lookup failed. */
  async function done(card: IdCard, via: Via, business?: BusinessOutcome) {
    if (finishing.current) return;
    finishing.current = true;
    const chosen: ChosenBusiness | undefined = typeof business === 'object' ? business : undefined;
    // The contact lookup has had the confirm page's time; a slow platform only means the form asks.
    const pending = contact.current?.idNumber === card.idNumber ? contact.current.mobile : undefined;
    const mobile = pending
      ? await Promise.race([pending, new Promise<undefined>((r) => window.setTimeout(() => r(undefined), 2_000))])
      : undefined;
    const withBusiness =
      business === undefined ? flow.state.records : withBusinessRecords(flow.state.records, business);
    const records = withContactRecords(withBusiness, mobile);
    flow.dispatch({ type: 'identified', idCard: card, records });
    flow.dispatch({ type: 'outcome', key: applyKeys.identifiedBy, value: via });
    flow.dispatch({ type: 'outcome', key: applyKeys.business, value: chosen });
    flow.next();
  }

  function readAgain() {
    setNotice(undefined);
    setScanProblem(undefined);
    setPhase({ kind: 'waiting' });
    setAttempt((n) => n + 1);
  }

  const common = {
    screenId: 'identify',
    caption: l(flow.target.name),
    step: stepNumber(flow.steps, flow.step.key),
    onBack: flow.back,
    onHome: flow.home,
  };

  if (phase.kind === 'confirm') {
    const { card, via } = phase;
    const found = lookup?.idNumber === card.idNumber ? lookup : undefined;
    const choices = found && 'choices' in found ? found.choices : undefined;
    const failed = found !== undefined && 'failed' in found;
    // A business item's confirm waits for the lookup, so 确认 always knows what it confirms.
    const ready = !forBusiness || found !== undefined;
    const confirm = () => {
      if (!forBusiness) return void done(card, via);
      if (failed) return void done(card, via, 'unknown');
      // No licence on record: a new business, so the licence question is answered too.
      if (!choices || choices.length === 0) return void done(card, via, 'new');
      if (!business) return setBusinessError(true);
      const chosen = choices.find((c) => c.key === business);
      void done(card, via, business === NEW_BUSINESS || !chosen ? 'new' : chosen);
    };
    return (
      <ScreenLayout
        {...common}
        title={t('apply.identify.confirmTitle')}
        actions={
          ready ? (
            <Button variant="primary" data-action="confirm-identity" onClick={confirm}>
              {t('apply.identify.confirm')}
            </Button>
          ) : null
        }
      >
        <ErrorSummary
          errors={businessError ? [{ fieldId: 'identify-business', message: t('apply.identify.chooseBusiness') }] : []}
        />
        <div className="k-identify__confirm">
          <div className="k-identify__who">
            <p>{t(via === 'eId' ? 'apply.identify.eId.confirmBody' : 'apply.identify.confirmBody')}</p>
            <dl className="k-identify__person" data-identified={via}>
              <div>
                <dt>{t('apply.identify.nameLabel')}</dt>
                <dd className="k-identify__name" data-masked-name>
                  {maskName(card.name)}
                </dd>
              </div>
              <div>
                <dt>{t('apply.identify.idNumberLabel')}</dt>
                <dd className="k-identify__id">{maskIdNumber(card.idNumber)}</dd>
              </div>
            </dl>
            <Button onClick={readAgain} icon={<RotateCcw className="k-icon" />} data-action="not-me">
              {t(via === 'eId' ? 'apply.identify.eId.notMe' : 'apply.identify.notMe')}
            </Button>
          </div>
          {!forBusiness ? null : !found ? (
            <p role="status">{t('apply.identify.businessLoading')}</p>
          ) : failed ? (
            <Notice tone="warning" title={t('apply.identify.businessFailed')} />
          ) : choices && choices.length > 0 ? (
            <section className="k-identify__business" aria-labelledby="identify-business-title" data-business-choice>
              <h2 id="identify-business-title">{t('apply.identify.businessTitle')}</h2>
              <p className="k-hint">{t('apply.identify.businessHint')}</p>
              {businessError ? <p className="k-field-error">{t('apply.identify.chooseBusiness')}</p> : null}
              <ChoiceList
                id="identify-business"
                labelledBy="identify-business-title"
                invalid={businessError}
                value={business}
                onChange={(value) => {
                  setBusiness(value);
                  setBusinessError(false);
                }}
                choices={[
                  ...choices.slice(0, 4).map((c) => ({
                    value: c.key,
                    label: c.name,
                    hint: c.creditCode ? t('apply.identify.creditCode', { code: c.creditCode }) : undefined,
                  })),
                  {
                    value: NEW_BUSINESS,
                    label: t('apply.identify.businessNew'),
                    hint: t('apply.identify.businessNewHint'),
                  },
                ]}
              />
            </section>
          ) : null}
        </div>
      </ScreenLayout>
    );
  }

  // A boxed message needs the room: the picture shrinks and the reader's whereabouts (said above) step aside.
  const boxed = phase.kind !== 'verifying' && (faulted || scanProblem !== undefined || notice?.kind === 'replace');

  return (
    <ScreenLayout
      {...common}
      title={t('apply.identify.title')}
      actions={
        faulted ? (
          <Button
            variant="primary"
            onClick={readAgain}
            icon={<RotateCcw className="k-icon" />}
            data-action="retry-read"
          >
            {t('apply.identify.retry')}
          </Button>
        ) : null
      }
    >
      <p className="k-identify__instruction">{t('apply.identify.instruction')}</p>
      <div
        className="k-identify__art"
        aria-hidden="true"
        data-animate={faulted ? 'false' : 'true'}
        data-compact={boxed ? 'true' : 'false'}
      >
        <div className="k-identify__card">
          <IdCardIcon className="k-identify__card-icon" />
        </div>
        <div className="k-identify__reader" />
        <div className="k-identify__arrow" />
      </div>
      {boxed ? null : <p className="k-hint">{t('apply.identify.readerArea')}</p>}
      <p className="k-identify__eid-hint">
        <QrCode className="k-icon" aria-hidden="true" />
        {t('apply.identify.eId.hint')}
      </p>
      {phase.kind === 'verifying' ? (
        <p className="k-identify__status" role="status" data-eid-status="verifying">
          {t('apply.identify.eId.verifying')}
        </p>
      ) : notice?.kind === 'fault' ? (
        <Notice tone="warning" title={t('apply.identify.faultTitle')}>
          <p data-reader-fault>{l(notice.message)}</p>
        </Notice>
      ) : scanProblem ? (
        <div data-eid-problem={scanProblem}>
          <Notice tone="warning" title={t(`apply.identify.eId.${scanProblem}`)} />
        </div>
      ) : notice?.kind === 'replace' ? (
        <Notice tone="warning" title={l(notice.message)} />
      ) : (
        <p className="k-identify__status" role="status" data-reader-status={notice?.kind ?? 'waiting'}>
          {notice?.kind === 'reading' ? t('apply.identify.reading') : t('apply.identify.waiting')}
        </p>
      )}
    </ScreenLayout>
  );
}
