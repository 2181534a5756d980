import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OffReason } from '../../../../shared/config/kiosk-config.js';
import type { SettingKey } from '../../../../shared/config/settings-layer.js';
import type { SettingsView } from '../../../../shared/contract/admin-settings.js';
import { Button } from '../../components/Button.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { useLocalized } from '../../i18n/use-localized.js';

type OffMap = Record<string, OffReason>;

/** Reasons a site gives most often, in both languages, so turning an item off needs no typing. */
const PRESETS: Record<'upgrade' | 'policy' | 'counter', OffReason> = {
  upgrade: { 'zh-CN': '系统升级', en: 'System upgrade' },
  policy: { 'zh-CN': '政策调整', en: 'Policy change' },
  counter: { 'zh-CN': '请到窗口办理', en: 'Please use a service counter' },
};

function mapOf(
  view: SettingsView,
  key: 'itemsOff' | 'departmentsOff',
): { now: OffMap; deployment: OffMap; console: boolean } {
  const row = view.settings.find((s) => s.key === key);
  return {
    now: (row?.value ?? {}) as OffMap,
    deployment: (row?.deploymentValue ?? {}) as OffMap,
    console: row?.source === 'console',
  };
}

/**
 * Items and whole departments on and off. A department is picked on the left, its items listed on the right;
 * turning one off asks for the reason citizens will see on its tile and guide (a common one, or typed).
 */
export function ItemsOffPanel({
  view,
  save,
  reset,
}: {
  view: SettingsView;
  save: (key: SettingKey, value: unknown) => Promise<boolean>;
  reset: (key: SettingKey) => Promise<void>;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { catalog } = useKiosk();
  const [department, setDepartment] = useState(catalog.departments[0]?.id ?? '');
  const [asking, setAsking] = useState<{ key: 'itemsOff' | 'departmentsOff'; code: string; name: string }>();
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const items = mapOf(view, 'itemsOff');
  const departments = mapOf(view, 'departmentsOff');
  const current = catalog.departments.find((d) => d.id === department);
  const shown = catalog.items.filter((i) => i.department === department);

  const turnOn = (key: 'itemsOff' | 'departmentsOff', code: string) => {
    const next = { ...(key === 'itemsOff' ? items.now : departments.now) };
    delete next[code];
    void save(key, next);
  };

  if (asking) {
    const confirm = async () => {
      const next = {
        ...(asking.key === 'itemsOff' ? items.now : departments.now),
        [asking.code]: { 'zh-CN': zh.trim(), en: en.trim() },
      };
      if (await save(asking.key, next)) setAsking(undefined);
    };
    return (
      <form
        className="k-settings__editor"
        data-editor="off-reason"
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <h3>{t('admin.settings.items.reasonTitle', { name: asking.name })}</h3>
        <p>{t('admin.settings.items.reasonPresets')}</p>
        <div className="k-admin-actions">
          {(Object.keys(PRESETS) as Array<keyof typeof PRESETS>).map((preset) => (
            <Button
              key={preset}
              data-preset={preset}
              onClick={() => {
                setZh(PRESETS[preset]['zh-CN']);
                setEn(PRESETS[preset].en);
              }}
            >
              {t(`admin.settings.items.presets.${preset}`)}
            </Button>
          ))}
        </div>
        <label className="k-settings__field">
          {t('admin.settings.chinese')}
          <input value={zh} maxLength={80} onChange={(e) => setZh(e.target.value)} data-field="zh-CN" />
        </label>
        <label className="k-settings__field">
          {t('admin.settings.english')}
          <input value={en} maxLength={160} onChange={(e) => setEn(e.target.value)} data-field="en" lang="en" />
        </label>
        <div className="k-admin-actions">
          <Button onClick={() => setAsking(undefined)}>{t('admin.settings.cancel')}</Button>
          <Button type="submit" variant="primary" data-action="confirm-off">
            {t('admin.settings.items.confirmOff')}
          </Button>
        </div>
      </form>
    );
  }

  const ask = (key: 'itemsOff' | 'departmentsOff', code: string, name: string) => {
    setZh('');
    setEn('');
    setAsking({ key, code, name });
  };
  const departmentOff = departments.now[department];

  return (
    <div className="k-settings__items">
      <div className="k-settings__departments">
        <h3>{t('admin.settings.items.departments')}</h3>
        <ul role="list">
          {catalog.departments.map((d) => (
            <li key={d.id}>
              <Button
                variant={d.id === department ? 'primary' : 'secondary'}
                aria-pressed={d.id === department}
                data-department={d.id}
                data-off={departments.now[d.id] ? 'true' : undefined}
                onClick={() => setDepartment(d.id)}
              >
                {l(d.shortName)}
                {departments.now[d.id] ? ` · ${t('admin.settings.items.off')}` : ''}
              </Button>
            </li>
          ))}
        </ul>
      </div>
      <div className="k-settings__department-items">
        <div className="k-settings__department-head">
          <h3>{current ? t('admin.settings.items.itemsOf', { department: l(current.shortName) }) : null}</h3>
          {current ? (
            departmentOff ? (
              <Button data-action="department-on" onClick={() => turnOn('departmentsOff', current.id)}>
                {t('admin.settings.items.departmentOn')}
              </Button>
            ) : (
              <Button
                data-action="department-off"
                onClick={() => ask('departmentsOff', current.id, l(current.shortName))}
              >
                {t('admin.settings.items.departmentOff')}
              </Button>
            )
          ) : null}
        </div>
        {departmentOff ? (
          <p className="k-settings__flag">{t('admin.settings.items.offBecause', { reason: l(departmentOff) })}</p>
        ) : null}
        <table className="k-admin-table">
          <tbody>
            {shown.map((item) => {
              const off = items.now[item.code];
              const source = off
                ? JSON.stringify(items.deployment[item.code]) === JSON.stringify(off)
                  ? 'deployment'
                  : 'console'
                : undefined;
              return (
                <tr key={item.code} data-item-row={item.code} data-off={off ? 'true' : 'false'}>
                  <th scope="row">
                    <span className="k-settings__code">{item.code}</span> {l(item.name)}
                  </th>
                  <td>
                    {off
                      ? t('admin.settings.items.offBecause', { reason: l(off) })
                      : departmentOff
                        ? t('admin.settings.items.viaDepartment')
                        : t('admin.settings.items.on')}
                    {source ? (
                      <span className={`k-settings__source k-settings__source--${source}`}>
                        {t(`admin.settings.source.${source}`)}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <div className="k-admin-actions k-settings__row-actions">
                      {off ? (
                        <Button data-action="item-on" onClick={() => turnOn('itemsOff', item.code)}>
                          {t('admin.settings.items.turnOn')}
                        </Button>
                      ) : (
                        <Button data-action="item-off" onClick={() => ask('itemsOff', item.code, l(item.name))}>
                          {t('admin.settings.items.turnOff')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="k-admin-actions">
          {items.console ? (
            <Button data-action="reset-items" onClick={() => void reset('itemsOff')}>
              {t('admin.settings.items.resetItems')}
            </Button>
          ) : null}
          {departments.console ? (
            <Button data-action="reset-departments" onClick={() => void reset('departmentsOff')}>
              {t('admin.settings.items.resetDepartments')}
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
