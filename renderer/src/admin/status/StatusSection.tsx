import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleStatus, DeviceStatusRow } from '../../../../shared/contract/admin-diagnostics.js';
import type { InspectionSummary } from '../../../../shared/contract/admin-devices.js';
import type { ResponseOf } from '../../../../shared/contract/index.js';
import { deviceNames, deviceProblem } from '../../../../shared/devices/availability.js';
import { Notice } from '../../components/Notice.js';
import { useConsoleCall } from '../admin-context.js';
import { formatBytes, formatDuration, formatTime, type Translate } from './format.js';
import './StatusSection.css';

/** The page refreshes this often while it is shown (and stops when another page is opened). */
const REFRESH_MS = 5000;
/** Below this much free space the disk card warns. */
const LOW_DISK_BYTES = 2 * 1024 ** 3;

/** A code that may break after its dot, never inside a word ("deviceNotReady." / "paperOut"). */
function Code({ code }: { code: string }) {
  const [head, ...rest] = code.split('.');
  return (
    <>
      {head}
      {rest.map((part, i) => (
        <span key={i}>
          .<wbr />
          {part}
        </span>
      ))}
    </>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The state of a device in words: what keeps it from serving if anything does, else its status. */
function stateWords(t: Translate, row: DeviceStatusRow): string {
  const { snapshot } = row;
  if (snapshot.driver === 'none') return t('admin.status.devices.notConfigured', {});
  const problem = deviceProblem(snapshot);
  const words = problem
    ? t(`admin.status.problems.${problem}`, {})
    : t(`admin.status.deviceStatus.${snapshot.status}`, {});
  const low = snapshot.state.kind === 'printer' && snapshot.state.paper === 'low';
  return low && !problem ? `${words}，${t('admin.status.devices.paperLow', {})}` : words;
}

/**
 * 状态, the console's home page: each device with its state in words, its fault code and last fault; the
 * platform link and its round trip; the applications waiting to be sent; disk space; software and uptime;
 * and a warning when no inspection was recorded in 24 h. Refreshes every few seconds while shown.
 */
export function StatusSection() {
  const { t, i18n } = useTranslation();
  const tr = t as unknown as Translate;
  const call = useConsoleCall();
  const [status, setStatus] = useState<ConsoleStatus>();
  const [inspection, setInspection] = useState<InspectionSummary>();
  const [consumables, setConsumables] = useState<ResponseOf<'admin.consumables.list'>['consumables']>();
  const [failure, setFailure] = useState<string>();
  const busy = useRef(false);
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';

  const refresh = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      // The page's own facts, with the inspection (自检's service) and the paper (耗材's) beside them.
      const [reply, checks, paper] = await Promise.all([
        call('admin.status', {}),
        call('admin.checks.lastInspection', {}),
        call('admin.consumables.list', {}),
      ]);
      if (reply.ok) {
        setStatus(reply.value);
        setFailure(undefined);
      } else setFailure(reply.error.code);
      if (checks.ok) setInspection(checks.value);
      if (paper.ok) setConsumables(paper.value.consumables);
    } finally {
      busy.current = false;
    }
  }, [call]);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const time = (iso: string) => formatTime(iso, i18n.language);
  const heading = (
    <h2 id="k-admin-section-title" className="k-admin-page__title">
      {t('admin.status.heading')}
    </h2>
  );
  if (!status) {
    return (
      <section className="k-admin-page k-status" data-admin-page="status">
        {heading}
        {failure ? (
          <Notice tone="warning">{t('admin.status.failed', { code: failure })}</Notice>
        ) : (
          <p>{t('admin.status.loading')}</p>
        )}
      </section>
    );
  }

  const { platform, outbox, disk, software } = status;
  const allSimulated = status.devices.length > 0 && status.devices.every((row) => row.snapshot.simulated);
  return (
    <section className="k-admin-page k-status" data-admin-page="status" data-health={status.health}>
      <div className="k-status__head">
        {heading}
        <p className={`k-status__health k-status__health--${status.health}`} data-status-health>
          {t(`admin.status.health.${status.health}`)}
        </p>
        <p className="k-status__muted">{t('admin.status.updated', { time: time(status.at) })}</p>
      </div>
      <div className="k-status__top">
        {status.healthProblems.length > 0 ? (
          <ul
            className="k-status__problems"
            data-status-problems
            aria-label={t(`admin.status.health.${status.health}`)}
          >
            {status.healthProblems.map((check) => (
              <li key={check.name} data-health-check={check.name}>
                <span className="k-status__check">{check.name}</span> {check.detail}
              </li>
            ))}
          </ul>
        ) : null}
        {failure ? <Notice tone="warning">{t('admin.status.failed', { code: failure })}</Notice> : null}
        {!inspection || inspection.within24h ? null : (
          <div data-status-inspection="missing">
            <Notice tone="warning" title={t('admin.status.noInspection')}>
              {t('admin.status.noInspectionBody')}
            </Notice>
          </div>
        )}
      </div>

      <table className="k-admin-table k-status__devices" data-status-devices>
        <caption className="k-status__caption">
          {t('admin.status.devices.heading')}
          {allSimulated ? <span className="k-status__muted">{t('admin.status.devices.allSimulated')}</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.status.devices.device')}</th>
            <th scope="col">{t('admin.status.devices.state')}</th>
            <th scope="col">{t('admin.status.devices.code')}</th>
            <th scope="col">{t('admin.status.devices.lastFault')}</th>
          </tr>
        </thead>
        <tbody>
          {status.devices.map((row) => (
            <tr
              key={row.snapshot.device}
              data-device={row.snapshot.device}
              data-device-code={row.code ?? ''}
              className={row.code ? 'k-status__row--fault' : undefined}
            >
              <th scope="row">
                {capitalised(deviceNames[row.snapshot.device][lang])}
                {row.snapshot.simulated && !allSimulated ? (
                  <span className="k-status__muted">{t('admin.status.devices.simulated')}</span>
                ) : null}
              </th>
              <td className="k-status__state">{stateWords(tr, row)}</td>
              <td className="k-status__code">{row.code ? <Code code={row.code} /> : t('admin.status.devices.none')}</td>
              <td className="k-status__code">
                {row.lastFault ? (
                  <>
                    <span className="k-status__time">{time(row.lastFault.at)}</span> <Code code={row.lastFault.code} />
                  </>
                ) : (
                  t('admin.status.devices.none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="k-status__cards">
        <section className="k-status__card" data-status-card="platform" aria-labelledby="k-status-platform">
          <h3 id="k-status-platform">{t('admin.status.platform.heading')}</h3>
          <p>
            <strong>
              {platform.online === undefined
                ? t('admin.status.platform.unknown')
                : platform.online
                  ? t('admin.status.platform.online')
                  : t('admin.status.platform.offline')}
            </strong>
            {' · '}
            {t(`admin.status.platform.${platform.kind}`)}
          </p>
          {platform.latencyMs !== undefined ? (
            <p data-status-latency>{t('admin.status.platform.latency', { ms: platform.latencyMs })}</p>
          ) : null}
          {platform.lastContactAt ? (
            <p className="k-status__muted">
              {t('admin.status.platform.lastContact', { time: time(platform.lastContactAt) })}
            </p>
          ) : null}
          {platform.lastError ? (
            <p data-status-platform-error>
              {t('admin.status.platform.error')} <span className="k-status__code">{platform.lastError}</span>
            </p>
          ) : null}
        </section>

        <section className="k-status__card" data-status-card="outbox" aria-labelledby="k-status-outbox">
          <h3 id="k-status-outbox">{t('admin.status.outbox.heading')}</h3>
          <p data-status-outbox={outbox.pending}>
            <strong>
              {outbox.pending === 0
                ? t('admin.status.outbox.none')
                : t('admin.status.outbox.pending', { count: outbox.pending })}
            </strong>
          </p>
          {outbox.pending > 0 ? (
            <p>{t('admin.status.outbox.oldest', { age: formatDuration(tr, outbox.oldestPendingSeconds) })}</p>
          ) : null}
          {outbox.rejected > 0 ? <p>{t('admin.status.outbox.rejected', { count: outbox.rejected })}</p> : null}
        </section>

        <section className="k-status__card" data-status-card="disk" aria-labelledby="k-status-disk">
          <h3 id="k-status-disk">{t('admin.status.disk.heading')}</h3>
          {disk ? (
            <>
              <p>
                <strong>
                  {t('admin.status.disk.free', {
                    free: formatBytes(disk.freeBytes),
                    total: formatBytes(disk.totalBytes),
                  })}
                </strong>
              </p>
              <meter
                className="k-status__meter"
                min={0}
                max={disk.totalBytes}
                low={LOW_DISK_BYTES}
                optimum={disk.totalBytes}
                value={disk.freeBytes}
                aria-label={t('admin.status.disk.heading')}
              />
              {disk.freeBytes < LOW_DISK_BYTES ? <p>{t('admin.status.disk.low')}</p> : null}
            </>
          ) : (
            <p>{t('admin.status.disk.unknown')}</p>
          )}
        </section>

        <section className="k-status__card" data-status-card="software" aria-labelledby="k-status-software">
          <h3 id="k-status-software">{t('admin.status.software.heading')}</h3>
          <p>
            <strong data-status-version>{t('admin.status.software.version', { version: software.version })}</strong>
          </p>
          <p>{t('admin.status.software.uptime', { uptime: formatDuration(tr, software.uptimeSeconds) })}</p>
          <p className="k-status__muted">{t('admin.status.software.kioskId', { id: software.kioskId })}</p>
          {inspection?.lastAt ? (
            <p className="k-status__muted">{t('admin.status.lastInspection', { time: time(inspection.lastAt) })}</p>
          ) : null}
        </section>

        {/* Paper as 耗材 counts it (admin.consumables.list); the words are that page's. */}
        <section className="k-status__card" data-status-card="consumables" aria-labelledby="k-status-consumables">
          <h3 id="k-status-consumables">{t('admin.status.consumables.heading')}</h3>
          {consumables === undefined ? (
            <p className="k-status__muted">{t('admin.status.consumables.unknown')}</p>
          ) : consumables.length === 0 ? (
            <p className="k-status__muted">{t('admin.status.consumables.none')}</p>
          ) : (
            consumables.map((row) => (
              <p key={row.media} data-status-consumable={row.media} data-level={row.level}>
                {row.level === 'ok' ? (
                  t('admin.status.consumables.left', {
                    media: t(`admin.consumables.media.${row.media}`),
                    percent: row.percentLeft,
                  })
                ) : (
                  // Low or out (by the count or by the printer's own sensor): the level, not a percentage
                  // that may say otherwise.
                  <strong>
                    {t('admin.status.consumables.state', {
                      media: t(`admin.consumables.media.${row.media}`),
                      level: t(`admin.consumables.level.${row.level}`),
                    })}
                  </strong>
                )}
              </p>
            ))
          )}
        </section>
      </div>
    </section>
  );
}
