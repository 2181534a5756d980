import { ChevronLeft, ChevronRight, Download, Usb } from 'lucide-react';
import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  StatisticsItem,
  StatisticsRange,
  StatisticsSummary,
} from '../../../../shared/contract/admin-statistics.js';
import type { RemovableDrive } from '../../../../shared/contract/admin-diagnostics.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { useConsoleCall } from '../admin-context.js';
import { BarChart, type BarSeries } from './BarChart.js';
import './statistics.css';

const RANGES: readonly StatisticsRange[] = ['today', '7d', '30d'];

/**
 * Rows of the per-item table per page: as many as the box has room for, so the page never scrolls in either
 * orientation or language. Measured from the rows on screen (the tallest, so a page of long names fits too)
 * when the data, the language or the box's size change — not when a page is turned, so pages stay put.
 */
function useRowsThatFit(box: RefObject<HTMLDivElement | null>, remeasure: readonly unknown[]): number {
  const [rows, setRows] = useState(4);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const measure = () => {
      const shown = [...element.querySelectorAll<HTMLElement>('tbody tr')];
      if (shown.length === 0) return;
      const heights = shown.map((r) => r.getBoundingClientRect().height);
      const tallest = Math.max(...heights);
      // What is not a row (heading, table head, pager, gaps): the content's height less the rows'.
      const last = element.lastElementChild?.getBoundingClientRect().bottom ?? 0;
      const content = last - element.getBoundingClientRect().top;
      const others = content - heights.reduce((n, h) => n + h, 0);
      const fit = Math.max(1, Math.floor((element.clientHeight - others) / tallest));
      setRows((current) => (current === fit ? current : fit));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Remeasured when what it shows changes, by the caller's list.
  }, [box, ...remeasure]);
  return rows;
}

/** Hands the page a file to save: the browser's download of a Blob, under the web host and Electron alike. */
function saveText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * 统计: how the kiosk was used — per day and per item started, completed, abandoned (and where), the median
 * time, ratings by level, pages printed, device faults and uptime — as charts a person would rather look at,
 * with every number also as text (the charts are pictures; the tables beside them are what a screen reader
 * reads). The per-item table turns pages with 上一页/下一页; the whole can be downloaded as CSV or saved to a
 * USB drive.
 */
export function StatisticsSection() {
  const { t, i18n } = useTranslation();
  const call = useConsoleCall();
  const { catalog } = useKiosk();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [range, setRange] = useState<StatisticsRange>('7d');
  const [summary, setSummary] = useState<StatisticsSummary>();
  const [problem, setProblem] = useState<string>();
  const [page, setPage] = useState(0);
  const [drive, setDrive] = useState<RemovableDrive>();
  const [working, setWorking] = useState(false);
  // Kept as a text key, so a language switch redraws it in the new language.
  const [message, setMessage] = useState<{
    tone: 'success' | 'warning';
    key: string;
    values?: Record<string, string>;
  }>();

  const load = useCallback(
    async (which: StatisticsRange) => {
      setProblem(undefined);
      const reply = await call('admin.statistics.summary', { range: which });
      if (!reply.ok) return setProblem(t('admin.statistics.failed', { code: reply.error.code }));
      setSummary(reply.value);
      setPage(0);
    },
    [call, t],
  );
  useEffect(() => {
    void load(range);
  }, [load, range]);

  const findDrive = useCallback(async () => {
    const reply = await call('admin.diagnostics.drives', {});
    const found = reply.ok ? reply.value.drives.find((d) => d.writable) : undefined;
    setDrive(found);
    return found;
  }, [call]);
  useEffect(() => {
    void findDrive();
  }, [findDrive]);

  const nameOf = useCallback(
    (item: StatisticsItem) => {
      const found =
        item.target.kind === 'item'
          ? catalog.items.find((i) => i.code === item.target.code)
          : catalog.packages.find((p) => p.code === item.target.code);
      return found ? found.name[locale] : item.target.code;
    },
    [catalog, locale],
  );

  const duration = (seconds: number | undefined) => {
    if (seconds === undefined) return t('admin.statistics.none');
    return seconds < 60
      ? t('admin.statistics.seconds', { s: seconds })
      : t('admin.statistics.minutes', { m: Math.floor(seconds / 60), s: seconds % 60 });
  };
  const shortDay = (day: string) => day.slice(5);

  const perDaySeries = useMemo<BarSeries[]>(
    () =>
      summary
        ? [
            {
              label: t('admin.statistics.cards.started'),
              data: summary.days.map((d) => d.started),
              colorVar: '--color-primary',
            },
            {
              label: t('admin.statistics.cards.completed'),
              data: summary.days.map((d) => d.completed),
              colorVar: '--color-success',
            },
            {
              label: t('admin.statistics.cards.abandoned'),
              data: summary.days.map((d) => d.abandoned),
              colorVar: '--color-danger',
            },
          ]
        : [],
    [summary, t],
  );
  const dayLabels = useMemo(() => summary?.days.map((d) => shortDay(d.day)) ?? [], [summary]);
  const levelLabels = useMemo(
    () => summary?.ratings.map((r) => `${t(`admin.statistics.levels.${r.level}`)} ${r.count}`) ?? [],
    [summary, t],
  );
  const ratingSeries = useMemo<BarSeries[]>(
    () =>
      summary
        ? [
            {
              label: t('admin.statistics.count'),
              data: summary.ratings.map((r) => r.count),
              colorVar: '--color-primary',
            },
          ]
        : [],
    [summary, t],
  );

  const exportCsv = async () => {
    setWorking(true);
    setMessage(undefined);
    const reply = await call('admin.statistics.csv', { range, locale });
    setWorking(false);
    if (!reply.ok) return setMessage({ tone: 'warning', key: 'exportFailed', values: { code: reply.error.code } });
    saveText(reply.value.fileName, reply.value.csv);
    setMessage({ tone: 'success', key: 'downloaded', values: { file: reply.value.fileName } });
  };

  const saveToDrive = async () => {
    setWorking(true);
    setMessage(undefined);
    const target = await findDrive();
    if (!target) {
      setWorking(false);
      return setMessage({ tone: 'warning', key: 'noDrive' });
    }
    const reply = await call('admin.statistics.saveToDrive', { range, locale, driveId: target.id });
    setWorking(false);
    if (!reply.ok) return setMessage({ tone: 'warning', key: 'exportFailed', values: { code: reply.error.code } });
    setMessage({ tone: 'success', key: 'saved', values: { file: reply.value.fileName } });
  };

  const items = summary?.items ?? [];
  const itemsBox = useRef<HTMLDivElement>(null);
  const pageSize = useRowsThatFit(itemsBox, [summary, locale]);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = items.slice(current * pageSize, (current + 1) * pageSize);
  const totals = summary?.totals;

  return (
    <section className="k-admin-page k-stats" data-admin-page="statistics" aria-busy={!summary || working}>
      <div className="k-stats__head">
        <h2 id="k-admin-section-title" className="k-admin-page__title">
          {t('admin.statistics.heading')}
        </h2>
        <div className="k-stats__ranges" role="group" aria-label={t('admin.statistics.range')}>
          {RANGES.map((r) => (
            <Button
              key={r}
              variant={r === range ? 'primary' : 'secondary'}
              aria-pressed={r === range}
              data-range={r}
              onClick={() => setRange(r)}
            >
              {t(`admin.statistics.ranges.${r}`)}
            </Button>
          ))}
        </div>
        {summary ? (
          <p className="k-stats__period" data-stats-period={`${summary.from}/${summary.to}`}>
            {t('admin.statistics.period', { from: summary.from, to: summary.to })}
          </p>
        ) : null}
      </div>

      {problem ? <Notice tone="warning">{problem}</Notice> : null}
      {!summary || !totals ? (
        <p role="status">{t('admin.statistics.loading')}</p>
      ) : (
        <>
          <dl className="k-stats__cards">
            <Card name="started" label={t('admin.statistics.cards.started')} value={String(totals.started)} />
            <Card name="completed" label={t('admin.statistics.cards.completed')} value={String(totals.completed)} />
            <Card name="abandoned" label={t('admin.statistics.cards.abandoned')} value={String(totals.abandoned)} />
            <Card name="median" label={t('admin.statistics.cards.median')} value={duration(totals.medianSeconds)} />
            <Card
              name="uptime"
              label={t('admin.statistics.cards.uptime')}
              value={`${summary.uptime.percent}%`}
              note={t('admin.statistics.uptimeSince', {
                since: new Date(summary.uptime.since).toLocaleString(i18n.language, {
                  month: '2-digit',
                  day: '2-digit',
                  hour: '2-digit',
                  minute: '2-digit',
                  hour12: false,
                }),
              })}
            />
            <Card
              name="printed"
              label={t('admin.statistics.cards.printed')}
              value={t('admin.statistics.pages', { a4: totals.a4Pages })}
              note={t('admin.statistics.receipts', { receipts: totals.receipts })}
            />
            <Card
              name="faults"
              label={t('admin.statistics.cards.faults')}
              value={String(totals.faults)}
              note={summary.faults.map((f) => `${t(`admin.statistics.devices.${f.device}`)} ${f.count}`).join(' · ')}
            />
            <Card name="rated" label={t('admin.statistics.cards.ratings')} value={String(totals.rated)} />
          </dl>

          <div className="k-stats__charts">
            <figure className="k-stats-chart" aria-labelledby="k-stats-per-day">
              <figcaption id="k-stats-per-day">{t('admin.statistics.perDay')}</figcaption>
              <BarChart name="per-day" labels={dayLabels} series={perDaySeries} />
              <table className="k-visually-hidden" data-stats-days>
                <caption>{t('admin.statistics.perDayCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.statistics.day')}</th>
                    <th scope="col">{t('admin.statistics.cards.started')}</th>
                    <th scope="col">{t('admin.statistics.cards.completed')}</th>
                    <th scope="col">{t('admin.statistics.cards.abandoned')}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.days.map((d) => (
                    <tr key={d.day} data-stats-day={d.day}>
                      <th scope="row">{d.day}</th>
                      <td>{d.started}</td>
                      <td>{d.completed}</td>
                      <td>{d.abandoned}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>
            <figure className="k-stats-chart" aria-labelledby="k-stats-ratings">
              <figcaption id="k-stats-ratings">{t('admin.statistics.ratingsTitle')}</figcaption>
              <BarChart name="ratings" labels={levelLabels} series={ratingSeries} horizontal />
              <table className="k-visually-hidden" data-stats-ratings>
                <caption>{t('admin.statistics.ratingsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.statistics.level')}</th>
                    <th scope="col">{t('admin.statistics.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.ratings.map((r) => (
                    <tr key={r.level} data-stats-level={r.level}>
                      <th scope="row">{t(`admin.statistics.levels.${r.level}`)}</th>
                      <td>{r.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>
          </div>

          <div className="k-stats__items" ref={itemsBox}>
            <h3 id="k-stats-items">{t('admin.statistics.items')}</h3>
            {items.length === 0 ? (
              <p data-stats-items="none">{t('admin.statistics.noItems')}</p>
            ) : (
              <>
                <table className="k-admin-table k-stats__table" aria-labelledby="k-stats-items" data-stats-items>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.statistics.columns.item')}</th>
                      <th scope="col" className="k-stats__num">
                        {t('admin.statistics.columns.started')}
                      </th>
                      <th scope="col" className="k-stats__num">
                        {t('admin.statistics.columns.completed')}
                      </th>
                      <th scope="col" className="k-stats__num">
                        {t('admin.statistics.columns.abandoned')}
                      </th>
                      <th scope="col">{t('admin.statistics.columns.abandonedAt')}</th>
                      <th scope="col">{t('admin.statistics.columns.median')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {visible.map((item) => (
                      <tr key={`${item.target.kind}:${item.target.code}`} data-stats-item={item.target.code}>
                        <th scope="row">
                          <span className="k-stats__name">{nameOf(item)}</span>
                          <span className="k-stats__code">
                            {item.target.code}
                            {item.target.kind === 'package' ? ` · ${t('admin.statistics.package')}` : ''}
                          </span>
                        </th>
                        <td className="k-stats__num" data-col="started">
                          {item.started}
                        </td>
                        <td className="k-stats__num" data-col="completed">
                          {item.completed}
                        </td>
                        <td className="k-stats__num" data-col="abandoned">
                          {item.abandoned}
                        </td>
                        <td
                          data-col="abandonedAt"
                          data-steps={item.abandonedAt.map((a) => `${a.step}:${a.count}`).join(' ')}
                        >
                          {item.abandonedAt.length === 0
                            ? t('admin.statistics.none')
                            : item.abandonedAt
                                .slice(0, 3)
                                .map((a) => `${t(`admin.statistics.steps.${a.step}`)} ${a.count}`)
                                .join(t('common.listSeparator'))}
                        </td>
                        <td data-col="median">{duration(item.medianSeconds)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {items.length > 0 ? (
                  <div className="k-stats__pager">
                    <Button
                      onClick={() => setPage(current - 1)}
                      disabled={current === 0}
                      icon={<ChevronLeft className="k-icon" />}
                      data-action="previous-page"
                    >
                      {t('admin.statistics.previous')}
                    </Button>
                    <span aria-live="polite" data-page={current + 1} data-pages={pages}>
                      {t('admin.statistics.pageOf', { page: current + 1, pages })}
                    </span>
                    <Button
                      onClick={() => setPage(current + 1)}
                      disabled={current >= pages - 1}
                      icon={<ChevronRight className="k-icon" />}
                      data-action="next-page"
                    >
                      {t('admin.statistics.next')}
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </div>

          <div className="k-admin-actions k-stats__actions">
            <Button
              variant="primary"
              icon={<Download className="k-icon" />}
              disabled={working}
              onClick={() => void exportCsv()}
              data-action="download-csv"
            >
              {t('admin.statistics.download')}
            </Button>
            <Button
              icon={<Usb className="k-icon" />}
              disabled={working || !drive}
              onClick={() => void saveToDrive()}
              data-action="save-csv-to-drive"
            >
              {drive ? t('admin.statistics.saveTo', { drive: drive.label || drive.id }) : t('admin.statistics.save')}
            </Button>
            {!drive ? <span className="k-stats__hint">{t('admin.statistics.noDrive')}</span> : null}
          </div>
          {message ? (
            <div data-stats-outcome={message.tone}>
              <Notice tone={message.tone}>
                <p>{t(`admin.statistics.${message.key}`, message.values ?? {})}</p>
              </Notice>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function Card({ name, label, value, note }: { name: string; label: string; value: string; note?: string }) {
  return (
    <div className="k-stats__card" data-stat={name}>
      <dt>{label}</dt>
      <dd className="k-stats__value">{value}</dd>
      {note ? <dd className="k-stats__note">{note}</dd> : null}
    </div>
  );
}
