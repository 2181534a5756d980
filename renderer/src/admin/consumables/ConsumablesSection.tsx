import { AlertTriangle, CheckCircle2, PackageOpen, XOctagon } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consumable } from '../../../../shared/contract/admin-devices.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { type DeviceSnapshots, useDevices } from '../../context/devices-context.js';
import { useConsoleCall } from '../admin-context.js';
import './consumables.css';

const levelIcon = { ok: CheckCircle2, low: AlertTriangle, out: XOctagon } as const;

/** What the printers report about their paper, as one comparable string. */
function paperSensors(devices: DeviceSnapshots): string {
  return [devices.documentPrinter, devices.receiptPrinter]
    .map((d) => (d ? `${d.status}:${d.state.kind === 'printer' ? d.state.paper : ''}` : '-'))
    .join('|');
}

/**
 * 耗材: per printer medium, what is left by the count since the last 已换纸 (a bar with the numbers, and the
 * level in words with an icon: never colour alone), the printer's own report, a warning when low or
 * empty, and 已换纸.
 */
export function ConsumablesSection() {
  const { t, i18n } = useTranslation();
  const call = useConsoleCall();
  const [rows, setRows] = useState<Consumable[]>([]);
  const [message, setMessage] = useState<{ tone: 'success' | 'warning'; text: string }>();

  const refresh = useCallback(async () => {
    const reply = await call('admin.consumables.list', {});
    if (reply.ok) setRows(reply.value.consumables);
  }, [call]);
  // Again whenever a printer's paper sensor or status changes: the page follows the printer while it is open.
  const sensors = paperSensors(useDevices());
  useEffect(() => {
    void refresh();
  }, [refresh, sensors]);

  const refill = async (row: Consumable) => {
    const reply = await call('admin.consumables.refill', { media: row.media });
    if (!reply.ok) setMessage({ tone: 'warning', text: t('admin.consumables.failed', { code: reply.error.code }) });
    else
      setMessage({
        tone: 'success',
        text: t('admin.consumables.refilled', { media: t(`admin.consumables.media.${row.media}`) }),
      });
    await refresh();
  };

  const metres = (mm: number) => (mm / 1000).toFixed(1);
  const time = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, {
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
  const markerLevel = (level: number) =>
    level >= 0
      ? `${level}%`
      : level === -3
        ? t('admin.consumables.printer.markerLevel.some')
        : t('admin.consumables.printer.markerLevel.unknown');

  return (
    <section className="k-admin-page k-consumables" data-admin-page="consumables">
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.consumables.heading')}
      </h2>
      <div aria-live="polite">{message ? <Notice tone={message.tone}>{message.text}</Notice> : null}</div>
      {rows.map((row) => {
        const media = t(`admin.consumables.media.${row.media}`);
        const Icon = levelIcon[row.level];
        const amount = (n: number) => (row.unit === 'mm' ? metres(n) : String(n));
        const note = t(`admin.consumables.printer.note.${row.printer.note}`);
        return (
          <article
            key={row.media}
            className={`k-consumable k-consumable--${row.level}`}
            data-consumable={row.media}
            data-level={row.level}
          >
            <header className="k-consumable__head">
              <h3>{media}</h3>
              <p className="k-consumable__level">
                <Icon className="k-icon" aria-hidden="true" />
                {t(`admin.consumables.level.${row.level}`)}
                {row.levelFrom ? (
                  <span className="k-consumable__from">
                    {t('common.inBrackets', { text: t(`admin.consumables.levelFrom.${row.levelFrom}`) })}
                  </span>
                ) : null}
              </p>
            </header>
            {row.level !== 'ok' ? (
              <Notice tone="warning">{t(`admin.consumables.warning.${row.level}`, { media })}</Notice>
            ) : null}
            <div className="k-consumable__bar" aria-hidden="true">
              <div className="k-consumable__fill" style={{ width: `${row.percentLeft}%` }} />
              <div className="k-consumable__low" style={{ left: `${row.lowPercent}%` }} />
            </div>
            <p className="k-consumable__numbers" data-left>
              {t(`admin.consumables.left.${row.unit}`, {
                remaining: amount(row.remaining),
                capacity: amount(row.capacity),
                percent: row.percentLeft,
              })}
              {' · '}
              {t(`admin.consumables.used.${row.unit}`, { used: amount(row.used) })}
            </p>
            <p className="k-consumable__meta">
              {row.refilledAt
                ? t('admin.consumables.refilledAt', { time: time(row.refilledAt), who: row.refilledBy ?? '' })
                : t('admin.consumables.neverRefilled')}
            </p>
            <p className="k-consumable__meta" data-printer-report>
              {t('admin.consumables.printer.paper', {
                state: t(`admin.consumables.printer.paperState.${row.printer.paper}`),
              })}
              {row.printer.markers.length > 0
                ? ` · ${t('admin.consumables.printer.markers', {
                    list: row.printer.markers.map((m) => `${m.name} ${markerLevel(m.level)}`).join('，'),
                  })}`
                : ''}
              {row.printer.reasons.length > 0
                ? ` · ${t('admin.consumables.printer.reasons', { list: row.printer.reasons.join(', ') })}`
                : ''}
              {note ? ` · ${note}` : ''}
            </p>
            <div className="k-admin-actions">
              <Button
                variant={row.level === 'ok' ? 'secondary' : 'primary'}
                icon={<PackageOpen className="k-icon" />}
                onClick={() => void refill(row)}
                data-action={`refill-${row.media}`}
                aria-label={`${t('admin.consumables.refill')} ${media}`}
              >
                {t('admin.consumables.refill')}
              </Button>
            </div>
          </article>
        );
      })}
    </section>
  );
}
