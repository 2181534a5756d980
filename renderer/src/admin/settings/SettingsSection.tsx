import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingKey } from '../../../../shared/config/settings-layer.js';
import type { SettingRow, SettingsView } from '../../../../shared/contract/admin-settings.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useConsoleCall } from '../admin-context.js';
import { ItemsOffPanel } from './ItemsOffPanel.js';
import { SettingEditor } from './SettingEditor.js';
import './settings.css';

type Group = SettingRow['group'];
const GROUPS: readonly Group[] = ['site', 'session', 'items', 'devices', 'platform'];

export type Message = { tone: 'success' | 'warning'; text: string };

type Localized = { 'zh-CN': string; en: string };
const isLocalized = (v: unknown): v is Localized =>
  typeof v === 'object' && v !== null && typeof (v as Localized)['zh-CN'] === 'string';

/** A setting's value in a few words for the table (a secret never: only whether it is set). */
export function useShowValue() {
  const { t, i18n } = useTranslation();
  return (row: SettingRow): string => {
    if (row.kind === 'secret') return row.secretSet ? t('admin.settings.secretSet') : t('admin.settings.notSet');
    const value = row.value;
    if (value === undefined || value === null) return t('admin.settings.notSet');
    if (isLocalized(value)) return i18n.language === 'en' ? value.en : value['zh-CN'];
    if (row.kind === 'locale') return t(`admin.settings.locales.${String(value)}`);
    if (row.kind === 'device' && typeof value === 'object' && !Array.isArray(value)) {
      const { driver, ...rest } = value as Record<string, unknown>;
      const detail = JSON.stringify(rest);
      return detail === '{}' ? String(driver) : `${String(driver)} ${detail}`.slice(0, 70);
    }
    return String(value);
  };
}

/**
 * 管理员: the settings a site may change, as a layer over the deployment file. Each row says its value, where
 * it comes from (default, deployment file, this console), whether the deployment locks it and whether it
 * needs a restart; 修改 edits it (main validates with the kiosk's own schema and refuses naming the field),
 * 恢复部署值 removes the console's value. Items and departments on and off have their own panel.
 */
export function SettingsSection() {
  const { t, i18n } = useTranslation();
  const call = useConsoleCall();
  const show = useShowValue();
  const [view, setView] = useState<SettingsView>();
  const [group, setGroup] = useState<Group>('site');
  const [editing, setEditing] = useState<SettingKey>();
  const [message, setMessage] = useState<Message>();

  const refresh = useCallback(async () => {
    const reply = await call('admin.settings.get', {});
    if (reply.ok) setView(reply.value);
    else setMessage({ tone: 'warning', text: t('admin.settings.otherError', { code: reply.error.code }) });
  }, [call, t]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const name = (key: string) => t(`admin.settings.keys.${key}`);

  /** Sends one change; the page's message says whether it applies now or after a restart, or why not. */
  const save = async (key: SettingKey, value: unknown): Promise<boolean> => {
    const reply = await call('admin.settings.set', { key, valueJson: JSON.stringify(value) });
    if (!reply.ok) {
      const { code, message: reason } = reply.error;
      setMessage({
        tone: 'warning',
        text:
          code === 'settingInvalid'
            ? t('admin.settings.refused', { reason })
            : code === 'settingLocked'
              ? t('admin.settings.lockedError')
              : t('admin.settings.otherError', { code }),
      });
      return false;
    }
    setMessage({
      tone: 'success',
      text: t(reply.value.applies === 'now' ? 'admin.settings.saved' : 'admin.settings.savedRestart', {
        name: name(key),
      }),
    });
    await refresh();
    return true;
  };

  const reset = async (key: SettingKey) => {
    const reply = await call('admin.settings.reset', { key });
    if (!reply.ok) {
      setMessage({ tone: 'warning', text: t('admin.settings.refused', { reason: reply.error.message }) });
      return;
    }
    setMessage({
      tone: 'success',
      text: t(reply.value.applies === 'now' ? 'admin.settings.resetDone' : 'admin.settings.resetRestart', {
        name: name(key),
      }),
    });
    await refresh();
  };

  const editingRow = editing ? view?.settings.find((s) => s.key === editing) : undefined;
  const rows = view?.settings.filter((s) => s.group === group) ?? [];

  return (
    <section className="k-admin-page k-settings" data-admin-page="settings">
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.settings.heading')}
      </h2>
      <div className="k-settings__groups" role="tablist" aria-label={t('admin.settings.heading')}>
        {GROUPS.map((g) => (
          <Button
            key={g}
            role="tab"
            aria-selected={group === g}
            variant={group === g ? 'primary' : 'secondary'}
            data-group={g}
            onClick={() => {
              setGroup(g);
              setEditing(undefined);
            }}
          >
            {t(`admin.settings.groups.${g}`)}
          </Button>
        ))}
      </div>
      {message ? (
        <div data-settings-message={message.tone}>
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      {view && view.dropped.length > 0 ? (
        <Notice tone="warning">
          {t('admin.settings.dropped', { keys: view.dropped.map((d) => `${d.key} (${d.why})`).join(', ') })}
        </Notice>
      ) : null}
      {!view ? null : editingRow ? (
        <SettingEditor
          row={editingRow}
          name={name(editingRow.key)}
          onCancel={() => setEditing(undefined)}
          onSave={async (value) => {
            if (await save(editingRow.key, value)) setEditing(undefined);
          }}
        />
      ) : group === 'items' ? (
        <ItemsOffPanel view={view} save={save} reset={reset} />
      ) : (
        <>
          {group === 'platform' && view.platformKind === 'embedded' ? (
            <Notice tone="info">{t('admin.settings.embeddedPlatform')}</Notice>
          ) : null}
          <table className="k-admin-table k-settings__table">
            <thead>
              <tr>
                <th scope="col">{t('admin.settings.columns.setting')}</th>
                <th scope="col">{t('admin.settings.columns.value')}</th>
                <th scope="col">{t('admin.settings.columns.source')}</th>
                <th scope="col">{t('admin.settings.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-setting={row.key} data-source={row.source}>
                  <th scope="row">
                    {name(row.key)}
                    <span className="k-settings__when">
                      {row.live ? t('admin.settings.live') : t('admin.settings.restartNeeded')}
                    </span>
                  </th>
                  <td className="k-settings__value" data-value>
                    {show(row)}
                    {row.kind === 'localizedText' && isLocalized(row.value) ? (
                      <span className="k-settings__when" lang={i18n.language === 'en' ? 'zh-CN' : 'en'}>
                        {i18n.language === 'en' ? row.value['zh-CN'] : row.value.en}
                      </span>
                    ) : null}
                    {row.source === 'console' && row.kind !== 'secret' ? (
                      <span className="k-settings__when" data-deployment-value>
                        {t('admin.settings.deploymentValue', {
                          value: show({ ...row, value: row.deploymentValue ?? null }),
                        })}
                      </span>
                    ) : null}
                    {row.pendingRestart ? (
                      <span className="k-settings__flag" data-pending-restart>
                        {t('admin.settings.restartNeeded')}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <span className={`k-settings__source k-settings__source--${row.source}`}>
                      {t(`admin.settings.source.${row.source}`)}
                    </span>
                    {row.locked ? <span className="k-settings__flag">{t('admin.settings.locked')}</span> : null}
                  </td>
                  <td>
                    <div className="k-admin-actions k-settings__row-actions">
                      <Button
                        data-action="edit"
                        disabled={row.locked || (row.group === 'platform' && view.platformKind === 'embedded')}
                        onClick={() => {
                          setMessage(undefined);
                          setEditing(row.key);
                        }}
                      >
                        {t('admin.settings.edit')}
                      </Button>
                      {row.source === 'console' ? (
                        <Button data-action="reset" onClick={() => void reset(row.key)}>
                          {t('admin.settings.reset')}
                        </Button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
