import { IdCard as IdCardIcon, RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/catalog/schema.js';
import type { IdCard } from '../../../../shared/devices/id-card.js';
import { maskIdNumber, maskName } from '../../../../shared/validation/id-number.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { Button } from '../../components/Button.js';
import { ChoiceList } from '../../components/ChoiceList.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Notice } from '../../components/Notice.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';
import type { FlowController } from '../../flows/flow-controller.js';
import { stepNumber } from '../../flows/flow-steps.js';
import { useLocalized } from '../../i18n/use-localized.js';
import { useSpeech } from '../../speech/speech.js';
import { applyKeys, type ChosenBusiness } from './apply-outcome.js';
import { asksForBusiness, type BusinessChoice, businessChoices, businessRecords, ID_CARD_WAIT_MS, readStep } from './identify-logic.js';
import { useSpeakOnEnter } from './use-speak-on-enter.js';
import './IdentifyScreen.css';

type Phase =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'confirm'; readonly card: IdCard }
  | { readonly kind: 'business'; readonly card: IdCard; readonly choices?: readonly BusinessChoice[]; readonly failed?: boolean };

type ReaderNotice = { readonly kind: 'reading' } | { readonly kind: 'replace' | 'fault'; readonly message: LocalizedText };

const NEW_BUSINESS = 'new';

/**
 * Identify (design.md §6): place the ID card (animated, spoken), the read waits on the reader and simply waits
 * again; faults in plain words with a retry. The citizen sees the name masked (张*明) and confirms. Business
 * items then ask which business, from the person's business licences. Leaving the screen cancels the wait.
 */
export function IdentifyScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const { speak } = useSpeech();
  const [phase, setPhase] = useState<Phase>(() => (flow.state.idCard ? { kind: 'confirm', card: flow.state.idCard } : { kind: 'waiting' }));
  const [notice, setNotice] = useState<ReaderNotice | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [business, setBusiness] = useState<string | undefined>();
  const [businessError, setBusinessError] = useState(false);
  const faulted = notice?.kind === 'fault';

  useSpeakOnEnter(phase.kind === 'waiting' ? t('apply.identify.spoken') : phase.kind === 'confirm' ? t('apply.identify.spokenConfirm') : t('apply.identify.businessTitle'));

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
          setPhase({ kind: 'confirm', card: step.card });
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
    // `l` and `speak` change with the language only; a language switch need not restart the wait.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, phase.kind, faulted, attempt]);

  // Card placed / lifted: say what is happening while the read runs.
  useEffect(
    () =>
      client.on('devices.idCard', (event) => {
        if (event.event === 'inserted') setNotice((current) => (current?.kind === 'fault' ? current : { kind: 'reading' }));
        // Lifted before it was read: back to "waiting" (a read cut short answers with its own words).
        else setNotice((current) => (current?.kind === 'reading' ? undefined : current));
      }),
    [client],
  );

  // Someone holding up an e-ID code gets a plain answer instead of nothing (no e-ID verification on this kiosk yet).
  const eIdMessage = useRef<LocalizedText>({ 'zh-CN': '', en: '' });
  eIdMessage.current = { 'zh-CN': t('apply.identify.eIdUnsupported', { lng: 'zh-CN' }), en: t('apply.identify.eIdUnsupported', { lng: 'en' }) };
  useEffect(() => {
    if (phase.kind !== 'waiting') return undefined;
    void client.call('devices.scanner.setEnabled', { enabled: true });
    const off = client.on('devices.scan', () => setNotice({ kind: 'replace', message: eIdMessage.current }));
    return () => {
      off();
      void client.call('devices.scanner.setEnabled', { enabled: false });
    };
  }, [client, phase.kind]);

  // Business items: which business, from the person's business licences.
  useEffect(() => {
    if (phase.kind !== 'business' || phase.choices || phase.failed) return undefined;
    let active = true;
    void client.call('license.find', { idNumber: phase.card.idNumber, licenseType: 'businessLicense' }).then((reply) => {
      if (!active) return;
      if (!reply.ok) {
        setPhase({ ...phase, failed: true });
        return;
      }
      const choices = businessChoices(reply.value.licenses);
      if (choices.length === 0) done(phase.card, undefined);
      else setPhase({ ...phase, choices });
    });
    return () => {
      active = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, phase]);

  function done(card: IdCard, chosen: ChosenBusiness | undefined) {
    flow.dispatch({ type: 'identified', idCard: card, records: { ...flow.state.records, ...businessRecords(chosen) } });
    flow.dispatch({ type: 'outcome', key: applyKeys.identifiedBy, value: 'idCard' });
    flow.dispatch({ type: 'outcome', key: applyKeys.business, value: chosen });
    flow.next();
  }

  function readAgain() {
    setNotice(undefined);
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
    const { card } = phase;
    return (
      <ScreenLayout
        {...common}
        title={t('apply.identify.confirmTitle')}
        actions={
          <Button
            variant="primary"
            data-action="confirm-identity"
            onClick={() => (asksForBusiness(flow.target) ? setPhase({ kind: 'business', card }) : done(card, undefined))}
          >
            {t('apply.identify.confirm')}
          </Button>
        }
      >
        <p>{t('apply.identify.confirmBody')}</p>
        <dl className="k-identify__person" data-identified="true">
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
          {t('apply.identify.notMe')}
        </Button>
      </ScreenLayout>
    );
  }

  if (phase.kind === 'business') {
    const { card, choices, failed } = phase;
    const chosen = choices?.find((c) => c.key === business);
    return (
      <ScreenLayout
        {...common}
        screenId="identify-business"
        title={t('apply.identify.businessTitle')}
        actions={
          choices || failed ? (
            <Button
              variant="primary"
              data-action="continue"
              onClick={() => {
                if (failed) return done(card, undefined);
                if (!business) return setBusinessError(true);
                done(card, business === NEW_BUSINESS ? undefined : chosen);
              }}
            >
              {t('common.continue')}
            </Button>
          ) : null
        }
      >
        <ErrorSummary errors={businessError ? [{ fieldId: 'identify-business', message: t('apply.identify.chooseBusiness') }] : []} />
        {failed ? (
          <Notice tone="warning" title={t('apply.identify.businessFailed')} />
        ) : !choices ? (
          <p role="status">{t('apply.identify.businessLoading')}</p>
        ) : (
          <>
            <p className="k-hint">{t('apply.identify.businessHint')}</p>
            {businessError ? <p className="k-field-error">{t('apply.identify.chooseBusiness')}</p> : null}
            <ChoiceList
              id="identify-business"
              labelledBy="k-screen-title"
              invalid={businessError}
              value={business}
              onChange={(value) => {
                setBusiness(value);
                setBusinessError(false);
              }}
              choices={[
                ...choices.slice(0, 4).map((c) => ({ value: c.key, label: c.name, hint: c.creditCode ? t('apply.identify.creditCode', { code: c.creditCode }) : undefined })),
                { value: NEW_BUSINESS, label: t('apply.identify.businessNew'), hint: t('apply.identify.businessNewHint') },
              ]}
            />
          </>
        )}
      </ScreenLayout>
    );
  }

  return (
    <ScreenLayout
      {...common}
      title={t('apply.identify.title')}
      actions={
        faulted ? (
          <Button variant="primary" onClick={readAgain} icon={<RotateCcw className="k-icon" />} data-action="retry-read">
            {t('apply.identify.retry')}
          </Button>
        ) : null
      }
    >
      <p className="k-identify__instruction">{t('apply.identify.instruction')}</p>
      <div className="k-identify__art" aria-hidden="true" data-animate={faulted ? 'false' : 'true'}>
        <div className="k-identify__card">
          <IdCardIcon className="k-identify__card-icon" />
        </div>
        <div className="k-identify__reader" />
        <div className="k-identify__arrow" />
      </div>
      <p className="k-hint">{t('apply.identify.readerArea')}</p>
      {notice?.kind === 'fault' ? (
        <Notice tone="warning" title={t('apply.identify.faultTitle')}>
          <p data-reader-fault>{l(notice.message)}</p>
        </Notice>
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
