import { Check, X } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AutomaticCheck,
  CheckName,
  CheckResult,
  InteractiveCheck,
} from '../../../../shared/contract/admin-devices.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useConsoleCall } from '../admin-context.js';
import { CameraStep } from './CameraStep.js';
import { notesFor, timeWords } from './check-words.js';
import { SpeakerStep } from './SpeakerStep.js';
import { TouchStep } from './TouchStep.js';
import './checks.css';

interface Row {
  check: CheckName;
  interactive: boolean;
  notConfigured: boolean;
  last?: CheckResult;
}

type Message = { tone: 'success' | 'warning' | 'info'; text: string };

/** The result of a test as a mark and a word, never colour alone. */
export function ResultMark({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`k-check-mark k-check-mark--${ok ? 'ok' : 'failed'}`} data-result={ok ? 'ok' : 'failed'}>
      {ok ? <Check className="k-icon" aria-hidden="true" /> : <X className="k-icon" aria-hidden="true" />}
      {ok ? t('admin.checks.ok') : t('admin.checks.failed')}
    </span>
  );
}

/**
 * 自检: one row per device test with its last result and time and a 开始 button. Main runs the printer,
 * card, scanner and platform tests on the real devices; the camera, touch and speaker tests open a full
 * page where the technician says what they saw or heard.
 */
export function ChecksSection() {
  const { t, i18n } = useTranslation();
  const call = useConsoleCall();
  const [rows, setRows] = useState<Row[]>([]);
  const [running, setRunning] = useState<CheckName>();
  const [step, setStep] = useState<InteractiveCheck>();
  const [message, setMessage] = useState<Message>();

  const refresh = useCallback(async () => {
    const reply = await call('admin.checks.list', {});
    if (reply.ok) setRows(reply.value.rows);
  }, [call]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const told = (result: CheckResult, extra?: string) =>
    setMessage({
      tone: result.ok ? 'success' : 'warning',
      text: [
        `${t(`admin.checks.names.${result.check}`)}: ${result.ok ? t('admin.checks.ok') : t('admin.checks.failed')}`,
        notesFor(t, i18n.language, result),
        extra,
      ]
        .filter(Boolean)
        .join(' — '),
    });

  const start = async (check: CheckName) => {
    setMessage(undefined);
    if (check === 'documentCamera' || check === 'faceCamera' || check === 'touch' || check === 'speaker') {
      setStep(check);
      return;
    }
    setRunning(check);
    const hint = t(`admin.checks.hints.${check as AutomaticCheck}`);
    setMessage({ tone: 'info', text: hint });
    const reply = await call('admin.checks.run', { check, waitSeconds: 20 });
    setRunning(undefined);
    if (!reply.ok) {
      setMessage({ tone: 'warning', text: t('admin.checks.callFailed', { code: reply.error.code }) });
      return;
    }
    const card = reply.value.card;
    told(
      reply.value.result,
      card
        ? t('admin.checks.card', {
            name: card.maskedName,
            photo: t(`admin.checks.photo.${card.photo}`),
            sam: t(`admin.checks.sam.${card.sam}`),
          })
        : undefined,
    );
    await refresh();
  };

  const confirm = async (request: { ok: boolean; reason?: string; touched?: number }) => {
    const check = step;
    setStep(undefined);
    if (!check) return;
    const reply = await call('admin.checks.confirm', { check, ...request });
    if (!reply.ok) setMessage({ tone: 'warning', text: t('admin.checks.callFailed', { code: reply.error.code }) });
    else told(reply.value.result);
    await refresh();
  };

  if (step === 'touch') return <TouchStep onDone={confirm} />;
  if (step === 'speaker') return <SpeakerStep onDone={confirm} onBack={() => setStep(undefined)} />;
  if (step === 'documentCamera' || step === 'faceCamera')
    return <CameraStep device={step} onDone={confirm} onBack={() => setStep(undefined)} />;

  return (
    <section className="k-admin-page k-checks" data-admin-page="checks">
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.checks.heading')}
      </h2>
      <div className="k-checks__message" aria-live="polite">
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      </div>
      <table className="k-admin-table k-checks__table">
        <thead>
          <tr>
            <th scope="col">{t('admin.checks.columns.check')}</th>
            <th scope="col">{t('admin.checks.columns.result')}</th>
            <th scope="col">{t('admin.checks.columns.time')}</th>
            <th scope="col">{t('admin.checks.columns.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.check} data-check={row.check}>
              <th scope="row">{t(`admin.checks.names.${row.check}`)}</th>
              <td>
                {row.last ? (
                  <>
                    <ResultMark ok={row.last.ok} />
                    {row.last.reason ? (
                      <span className="k-checks__note"> {notesFor(t, i18n.language, { ...row.last, detail: {} })}</span>
                    ) : null}
                  </>
                ) : row.notConfigured ? (
                  t('admin.checks.notConfigured')
                ) : (
                  t('admin.checks.never')
                )}
              </td>
              <td>{row.last ? timeWords(t, i18n.language, row.last.at) : '—'}</td>
              <td>
                <Button
                  variant={row.last && row.last.ok ? 'secondary' : 'primary'}
                  disabled={running !== undefined}
                  onClick={() => void start(row.check)}
                  data-action={`run-${row.check}`}
                  aria-label={`${t('admin.checks.start')} ${t(`admin.checks.names.${row.check}`)}`}
                >
                  {running === row.check ? t('admin.checks.running') : t('admin.checks.start')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
