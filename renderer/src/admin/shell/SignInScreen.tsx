import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession, SignInOutcome } from '../../../../shared/contract/admin.js';
import { Button } from '../../components/Button.js';
import { OnScreenKeyboard } from '../../components/keyboard/OnScreenKeyboard.js';
import { Notice } from '../../components/Notice.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { DigitsField } from './DigitsField.js';
import './SignInScreen.css';

export type SignInMode =
  | { readonly via: 'card'; readonly enrolmentId: string; readonly maskedName: string; readonly lockedUntil?: string }
  | { readonly via: 'code' };

type Step = 'enrolmentId' | 'code' | 'pin';

/**
 * Signing in to the console: with an enrolled card on the reader, the PIN; without a working reader, the
 * staff number, the one-time code and the PIN. A wrong PIN says how many tries are left; a lockout says until
 * when. Nothing typed here outlives the page.
 */
export function SignInScreen({
  mode,
  onSignedIn,
  onCancel,
}: {
  mode: SignInMode;
  onSignedIn: (session: AdminSession) => void;
  onCancel: () => void;
}) {
  const { client } = useKiosk();
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [step, setStep] = useState<Step>(mode.via === 'card' ? 'pin' : 'enrolmentId');
  const [enrolmentId, setEnrolmentId] = useState('');
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(() =>
    mode.via === 'card' && mode.lockedUntil ? lockedText(mode.lockedUntil) : undefined,
  );

  function lockedText(until: string) {
    const at = new Date(until);
    return t('admin.signIn.locked', {
      time: at.toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
      minutes: Math.max(1, Math.ceil((at.getTime() - Date.now()) / 60_000)),
    });
  }

  const explain = (outcome: Exclude<SignInOutcome, { outcome: 'signedIn' }>) => {
    if (outcome.outcome === 'wrongPin') return t('admin.signIn.wrongPin', { count: outcome.attemptsLeft });
    if (outcome.outcome === 'locked') return lockedText(outcome.until);
    return t('admin.signIn.refused');
  };

  const submit = async () => {
    setBusy(true);
    const request =
      mode.via === 'card' ? ({ via: 'card', pin } as const) : ({ via: 'code', enrolmentId, code, pin } as const);
    const reply = await client.call('admin.signIn', request);
    setBusy(false);
    setPin('');
    if (!reply.ok) return setProblem(t('admin.signIn.failed', { reason: reply.error.code }));
    if (reply.value.outcome === 'signedIn') return onSignedIn(reply.value.session);
    setProblem(explain(reply.value));
    if (mode.via === 'code') {
      setCode('');
      setStep('code');
    }
  };

  // Six digits complete the PIN: sign in at once, as a phone does.
  useEffect(() => {
    if (step === 'pin' && pin.length === 6 && !busy) void submit();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- submit reads the state this effect watches
  }, [pin, step]);

  const heading =
    mode.via === 'card' ? t('admin.signIn.heading', { name: mode.maskedName }) : t('admin.signIn.codeHeading');
  return (
    <main className="k-signin" data-screen="admin-sign-in" data-via={mode.via} aria-labelledby="k-signin-title">
      <h1 id="k-signin-title" className="k-signin__title" tabIndex={-1}>
        {heading}
      </h1>
      {problem ? (
        <div data-sign-in-problem>
          <Notice tone="warning">{problem}</Notice>
        </div>
      ) : null}
      {step === 'enrolmentId' ? (
        <div className="k-signin__entry">
          <label htmlFor={inputId} className="k-signin__label">
            {t('admin.signIn.enrolmentId')}
          </label>
          <input
            id={inputId}
            className="k-signin__input"
            value={enrolmentId}
            readOnly
            data-field="enrolmentId"
            aria-describedby={inputId}
          />
          <OnScreenKeyboard
            value={enrolmentId}
            onChange={(v) =>
              setEnrolmentId(
                v
                  .toUpperCase()
                  .replace(/[^A-Z0-9-]/g, '')
                  .slice(0, 20),
              )
            }
            maxLength={20}
            initialMode="letters"
            controls={inputId}
          />
        </div>
      ) : null}
      {step === 'code' ? (
        <DigitsField label={t('admin.signIn.code')} value={code} onChange={setCode} secret name="code" />
      ) : null}
      {step === 'pin' ? (
        <DigitsField label={t('admin.signIn.pin')} value={pin} onChange={setPin} secret name="pin" />
      ) : null}
      <div className="k-signin__actions">
        <Button onClick={onCancel} data-action="cancel">
          {t('admin.signIn.cancel')}
        </Button>
        {step === 'enrolmentId' ? (
          <Button
            variant="primary"
            disabled={enrolmentId.length < 2}
            onClick={() => setStep('code')}
            data-action="next"
          >
            {t('admin.signIn.next')}
          </Button>
        ) : null}
        {step === 'code' ? (
          <Button variant="primary" disabled={code.length < 6} onClick={() => setStep('pin')} data-action="next">
            {t('admin.signIn.next')}
          </Button>
        ) : null}
      </div>
    </main>
  );
}
