import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminRole } from '../../../../shared/config/admin-config.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useConsoleCall } from '../admin-context.js';
import { DigitsField } from '../shell/DigitsField.js';

interface Technician {
  enrolmentId: string;
  maskedName: string;
  role: AdminRole;
  source: 'deployment' | 'console';
  lockedUntil?: string;
}

const knownErrors = new Set(['alreadyEnrolled', 'noCard', 'fromDeployment', 'lastAdministrator']);

/** 管理员: who may sign in; enrol the person whose card is on the reader; remove; lift a lockout. */
export function TechniciansSection() {
  const { t, i18n } = useTranslation();
  const call = useConsoleCall();
  const [list, setList] = useState<Technician[]>([]);
  const [message, setMessage] = useState<{ tone: 'success' | 'warning'; text: string }>();
  const [enrolling, setEnrolling] = useState(false);
  const [enrolmentId, setEnrolmentId] = useState('');
  const [role, setRole] = useState<AdminRole>('technician');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');

  const refresh = useCallback(async () => {
    const reply = await call('admin.technicians.list', {});
    if (reply.ok) setList(reply.value.technicians);
  }, [call]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const failure = (code: string, reason: string) =>
    setMessage({
      tone: 'warning',
      text: knownErrors.has(code)
        ? t(`admin.technicians.errors.${code}`)
        : t('admin.technicians.errors.other', { reason }),
    });

  const enrol = async () => {
    if (pin !== pinAgain) return setMessage({ tone: 'warning', text: t('admin.technicians.pinMismatch') });
    const reply = await call('admin.technicians.enrol', { enrolmentId, role, pin });
    setPin('');
    setPinAgain('');
    if (!reply.ok) return failure(reply.error.code, reply.error.code);
    setEnrolling(false);
    setMessage({ tone: 'success', text: t('admin.technicians.enrolled', { id: reply.value.enrolmentId }) });
    await refresh();
  };

  const act = async (method: 'admin.technicians.remove' | 'admin.technicians.unlock', id: string) => {
    const reply = await call(method, { enrolmentId: id });
    if (!reply.ok) failure(reply.error.code, reply.error.code);
    await refresh();
  };

  if (enrolling) {
    return (
      <section className="k-admin-page" data-admin-page="enrol">
        <h2 id="k-admin-section-title" className="k-admin-page__title">
          {t('admin.technicians.enrolHeading')}
        </h2>
        <p>{t('admin.technicians.enrolHint')}</p>
        <label>
          {t('admin.signIn.enrolmentId')}{' '}
          <input
            value={enrolmentId}
            maxLength={20}
            onChange={(e) => setEnrolmentId(e.target.value.replace(/[^A-Za-z0-9-]/g, ''))}
            data-field="enrolmentId"
          />
        </label>
        <div className="k-admin-actions" role="radiogroup" aria-label={t('admin.technicians.heading')}>
          {(['technician', 'administrator'] as const).map((r) => (
            <Button
              key={r}
              variant={role === r ? 'primary' : 'secondary'}
              aria-pressed={role === r}
              onClick={() => setRole(r)}
            >
              {t(`admin.roles.${r}`)}
            </Button>
          ))}
        </div>
        {pin.length < 6 ? (
          <DigitsField label={t('admin.signIn.pin')} value={pin} onChange={setPin} secret name="pin" />
        ) : (
          <DigitsField
            label={t('admin.technicians.pinAgain')}
            value={pinAgain}
            onChange={setPinAgain}
            secret
            name="pinAgain"
          />
        )}
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
        <div className="k-admin-actions">
          <Button onClick={() => setEnrolling(false)}>{t('admin.signIn.cancel')}</Button>
          <Button
            variant="primary"
            disabled={pinAgain.length < 6 || enrolmentId.length < 2}
            onClick={() => void enrol()}
          >
            {t('admin.technicians.enrol')}
          </Button>
        </div>
      </section>
    );
  }

  const time = (iso: string) => new Date(iso).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className="k-admin-page" data-admin-page="technicians">
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.technicians.heading')}
      </h2>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {list.length === 0 ? <p>{t('admin.technicians.none')}</p> : null}
      <table className="k-admin-table">
        <tbody>
          {list.map((row) => (
            <tr key={row.enrolmentId} data-technician={row.enrolmentId}>
              <td>{row.enrolmentId}</td>
              <td>{row.maskedName}</td>
              <td>{t(`admin.roles.${row.role}`)}</td>
              <td>{t(`admin.technicians.source.${row.source}`)}</td>
              <td>{row.lockedUntil ? t('admin.technicians.lockedUntil', { time: time(row.lockedUntil) }) : null}</td>
              <td className="k-admin-actions">
                {row.lockedUntil ? (
                  <Button onClick={() => void act('admin.technicians.unlock', row.enrolmentId)}>
                    {t('admin.technicians.unlock')}
                  </Button>
                ) : null}
                {row.source === 'console' ? (
                  <Button onClick={() => void act('admin.technicians.remove', row.enrolmentId)}>
                    {t('admin.technicians.remove')}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="k-admin-actions">
        <Button variant="primary" onClick={() => setEnrolling(true)} data-action="enrol">
          {t('admin.technicians.enrolHeading')}
        </Button>
      </div>
    </section>
  );
}
