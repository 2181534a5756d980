import { Power, RefreshCw, RotateCcw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemInfo } from '../../../../shared/contract/admin-diagnostics.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { useConsoleCall } from '../admin-context.js';
import { formatTime } from '../status/format.js';
import './SystemSection.css';

type Action = 'restartApp' | 'reboot' | 'shutdown';

const icons = { restartApp: RefreshCw, reboot: RotateCcw, shutdown: Power } as const;

/**
 * 系统: version, build and runtimes; restart the application (when the host can) and restart or shut down
 * the machine (when the deployment configures the commands). Each asks first in a dialog.
 */
export function SystemSection() {
  const { t, i18n } = useTranslation();
  const call = useConsoleCall();
  const [info, setInfo] = useState<SystemInfo>();
  const [asking, setAsking] = useState<Action>();
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'warning'; text: string }>();

  useEffect(() => {
    void call('admin.system.info', {}).then((reply) => {
      if (reply.ok) setInfo(reply.value);
      else setOutcome({ tone: 'warning', text: t('admin.system.errors.other', { code: reply.error.code }) });
    });
  }, [call, t]);

  const act = async (action: Action) => {
    setAsking(undefined);
    setWorking(true);
    setOutcome(undefined);
    const reply =
      action === 'restartApp'
        ? await call('admin.system.restartApp', {})
        : await call('admin.system.machine', { action });
    setWorking(false);
    if (reply.ok) return setOutcome({ tone: 'success', text: t(`admin.system.done.${action}`) });
    const { code, message } = reply.error;
    setOutcome({
      tone: 'warning',
      text:
        code === 'commandFailed'
          ? t('admin.system.errors.commandFailed', { reason: message })
          : code === 'notOffered'
            ? t('admin.system.errors.notOffered')
            : t('admin.system.errors.other', { code }),
    });
  };

  const none = t('admin.system.facts.none');
  const facts: Array<[string, string]> = info
    ? [
        ['version', info.version],
        ['build', info.build ?? none],
        ['node', info.node],
        ['electron', info.electron ?? none],
        ['os', info.os],
        ['kioskId', info.kioskId],
        ['host', t(`admin.system.hosts.${info.host}`)],
        ['startedAt', formatTime(info.startedAt, i18n.language)],
      ]
    : [];
  const offered: Action[] = info
    ? [
        ...(info.canRestartApp ? (['restartApp'] as const) : []),
        ...(info.machineCommands.reboot ? (['reboot'] as const) : []),
        ...(info.machineCommands.shutdown ? (['shutdown'] as const) : []),
      ]
    : [];

  return (
    <section className="k-admin-page k-system" data-admin-page="system">
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.system.heading')}
      </h2>
      <table className="k-admin-table" data-system-facts>
        <tbody>
          {facts.map(([key, value]) => (
            <tr key={key} data-fact={key}>
              <th scope="row">{t(`admin.system.facts.${key}`)}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {info ? (
        <div className="k-admin-actions">
          {offered.map((action) => {
            const Icon = icons[action];
            return (
              <Button
                key={action}
                icon={<Icon className="k-icon" />}
                disabled={working}
                onClick={() => setAsking(action)}
                data-action={`system-${action}`}
              >
                {t(`admin.system.${action}`)}
              </Button>
            );
          })}
        </div>
      ) : null}
      {info && !info.canRestartApp ? <p data-system-note="restartApp">{t('admin.system.noRestartApp')}</p> : null}
      {info && !info.machineCommands.reboot && !info.machineCommands.shutdown ? (
        <p data-system-note="machine">{t('admin.system.noMachineCommands')}</p>
      ) : null}
      {outcome ? (
        <div data-system-outcome={outcome.tone}>
          <Notice tone={outcome.tone}>{outcome.text}</Notice>
        </div>
      ) : null}
      <Dialog
        open={asking !== undefined}
        dialogId="system-confirm"
        title={asking ? t(`admin.system.confirm.${asking}`) : ''}
        onDismiss={() => setAsking(undefined)}
        actions={
          <>
            <Button onClick={() => setAsking(undefined)} data-action="system-cancel">
              {t('admin.system.confirm.cancel')}
            </Button>
            <Button variant="primary" onClick={() => asking && void act(asking)} data-action="system-confirm">
              {asking ? t(`admin.system.${asking}`) : ''}
            </Button>
          </>
        }
      >
        <p>{asking === 'shutdown' ? t('admin.system.confirm.shutdownBody') : t('admin.system.confirm.body')}</p>
      </Dialog>
    </section>
  );
}
