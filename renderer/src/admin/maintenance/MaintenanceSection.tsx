import { Wrench } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaintenanceLength, MaintenanceState } from '../../../../shared/contract/admin-settings.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useConsoleCall } from '../admin-context.js';
import { formatTime } from '../status/format.js';
import './maintenance.css';

const LENGTHS: readonly MaintenanceLength[] = [30, 60, 120, 'untilOff'];

/**
 * 技术员: maintenance mode. On, citizens see 本机正在维护 with the site's other channels and nothing can start
 * (main refuses it too); it ends by itself after the chosen time, or when turned off here.
 */
export function MaintenanceSection() {
  const { t, i18n } = useTranslation();
  const call = useConsoleCall();
  const [state, setState] = useState<MaintenanceState>();
  const [length, setLength] = useState<MaintenanceLength>(60);
  const [message, setMessage] = useState<{ tone: 'success' | 'warning'; text: string }>();

  useEffect(() => {
    void call('admin.maintenance.get', {}).then((reply) => {
      if (reply.ok) setState(reply.value);
      else setMessage({ tone: 'warning', text: t('admin.maintenance.error', { code: reply.error.code }) });
    });
  }, [call, t]);

  const set = async (on: boolean) => {
    const reply = await call('admin.maintenance.set', on ? { on, length } : { on });
    if (!reply.ok)
      return setMessage({ tone: 'warning', text: t('admin.maintenance.error', { code: reply.error.code }) });
    setState(reply.value);
    setMessage({ tone: 'success', text: t(on ? 'admin.maintenance.turnedOn' : 'admin.maintenance.turnedOff') });
  };

  return (
    <section
      className="k-admin-page k-maintenance-page"
      data-admin-page="maintenance"
      data-on={state?.on ? 'true' : 'false'}
    >
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.maintenance.heading')}
      </h2>
      {state ? (
        <div className={`k-maintenance-page__state${state.on ? ' k-maintenance-page__state--on' : ''}`} data-state>
          <Wrench className="k-icon" aria-hidden="true" />
          <div>
            <p className="k-maintenance-page__headline">
              {state.on ? t('admin.maintenance.stateOn') : t('admin.maintenance.stateOff')}
            </p>
            {state.on && state.since ? (
              <p>{t('admin.maintenance.since', { time: formatTime(state.since, i18n.language) })}</p>
            ) : null}
            {state.on ? (
              <p data-until={state.until ?? 'untilOff'}>
                {state.until
                  ? t('admin.maintenance.until', { time: formatTime(state.until, i18n.language) })
                  : t('admin.maintenance.untilOff')}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {state && !state.on ? (
        <>
          <p className="k-maintenance-page__label" id="k-maintenance-length">
            {t('admin.maintenance.lengthLabel')}
          </p>
          <div className="k-admin-actions" role="radiogroup" aria-labelledby="k-maintenance-length">
            {LENGTHS.map((option) => (
              <Button
                key={String(option)}
                role="radio"
                aria-checked={length === option}
                variant={length === option ? 'primary' : 'secondary'}
                data-length={String(option)}
                onClick={() => setLength(option)}
              >
                {t(`admin.maintenance.lengths.${String(option)}`)}
              </Button>
            ))}
          </div>
          <p>{t('admin.maintenance.hint')}</p>
          <div className="k-admin-actions">
            <Button variant="primary" data-action="maintenance-on" onClick={() => void set(true)}>
              {t('admin.maintenance.turnOn')}
            </Button>
          </div>
        </>
      ) : null}
      {state?.on ? (
        <div className="k-admin-actions">
          <Button variant="primary" data-action="maintenance-off" onClick={() => void set(false)}>
            {t('admin.maintenance.turnOff')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
