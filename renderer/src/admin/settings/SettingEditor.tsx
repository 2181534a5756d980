import { Minus, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingRow } from '../../../../shared/contract/admin-settings.js';
import { Button } from '../../components/Button.js';

type Localized = { 'zh-CN': string; en: string };

function initialText(row: SettingRow): string {
  const value = row.value;
  if (row.kind === 'secret' || value === undefined || value === null) return '';
  if (row.kind === 'device') return JSON.stringify(value, null, 2);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * One setting's editor, by its kind: two texts (中文, English), a number with −/+ (seconds), a language, a
 * phone or address, a secret (typed anew, never shown), a device profile as JSON. What it sends is checked by
 * main with the kiosk's own schema; a refusal names the field and the editor stays open with what was typed.
 */
export function SettingEditor({
  row,
  name,
  onSave,
  onCancel,
}: {
  row: SettingRow;
  name: string;
  onSave: (value: unknown) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const localized = (row.value ?? undefined) as Localized | undefined;
  const [zh, setZh] = useState(localized?.['zh-CN'] ?? '');
  const [en, setEn] = useState(localized?.en ?? '');
  const [text, setText] = useState(() => initialText(row));
  const [busy, setBusy] = useState(false);

  const submit = async (value: unknown) => {
    setBusy(true);
    await onSave(value);
    setBusy(false);
  };

  const value = (): unknown => {
    switch (row.kind) {
      case 'localizedText':
        return { 'zh-CN': zh.trim(), en: en.trim() };
      case 'seconds':
        return Number(text);
      case 'device':
        try {
          return JSON.parse(text) as unknown;
        } catch {
          // Sent as text: main refuses it naming the field, like any other invalid value.
          return text;
        }
      default:
        return text.trim();
    }
  };

  const step = (delta: number) => setText((current) => String(Math.max(0, (Number(current) || 0) + delta)));

  return (
    <form
      className="k-settings__editor"
      data-editor={row.key}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(value());
      }}
    >
      <h3>{name}</h3>
      {row.kind === 'localizedText' ? (
        <>
          <label className="k-settings__field">
            {t('admin.settings.chinese')}
            <input value={zh} maxLength={200} onChange={(e) => setZh(e.target.value)} data-field="zh-CN" />
          </label>
          <label className="k-settings__field">
            {t('admin.settings.english')}
            <input value={en} maxLength={200} onChange={(e) => setEn(e.target.value)} data-field="en" lang="en" />
          </label>
        </>
      ) : row.kind === 'seconds' ? (
        <div className="k-settings__stepper">
          <Button aria-label="−10" icon={<Minus className="k-icon" />} onClick={() => step(-10)}>
            10
          </Button>
          <label className="k-settings__field">
            {name}
            <input
              inputMode="numeric"
              value={text}
              maxLength={4}
              onChange={(e) => setText(e.target.value.replace(/[^0-9]/g, ''))}
              data-field="seconds"
            />
          </label>
          <Button aria-label="+10" icon={<Plus className="k-icon" />} onClick={() => step(10)}>
            10
          </Button>
        </div>
      ) : row.kind === 'locale' ? (
        <div className="k-admin-actions" role="radiogroup" aria-label={name}>
          {(['zh-CN', 'en'] as const).map((locale) => (
            <Button
              key={locale}
              role="radio"
              aria-checked={text === locale}
              variant={text === locale ? 'primary' : 'secondary'}
              onClick={() => setText(locale)}
              data-locale={locale}
            >
              {t(`admin.settings.locales.${locale}`)}
            </Button>
          ))}
        </div>
      ) : row.kind === 'device' ? (
        <label className="k-settings__field">
          {t('admin.settings.deviceHint')}
          <textarea
            value={text}
            rows={8}
            maxLength={4000}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
            data-field="device"
          />
        </label>
      ) : (
        <label className="k-settings__field">
          {row.kind === 'secret' ? t('admin.settings.secretHint') : name}
          <input
            type={row.kind === 'secret' ? 'password' : 'text'}
            autoComplete="off"
            value={text}
            maxLength={row.kind === 'url' ? 300 : 512}
            onChange={(e) => setText(e.target.value)}
            data-field={row.kind}
          />
        </label>
      )}
      <div className="k-admin-actions">
        <Button onClick={onCancel}>{t('admin.settings.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={busy} data-action="save">
          {t('admin.settings.save')}
        </Button>
      </div>
    </form>
  );
}
