import type { StatisticsSummary } from '../../../../shared/contract/admin-statistics.js';
import type { UsageTarget } from '../../../../shared/contract/usage.js';

export type CsvLocale = 'zh-CN' | 'en';

const headers = {
  'zh-CN': {
    about: ['终端编号', '起始日期', '结束日期', '生成时间'],
    days: ['日期', '开始', '完成', '放弃', '评价', 'A4页数', '凭条', '设备故障'],
    items: ['类型', '编码', '名称', '开始', '完成', '放弃', '中位用时(秒)', '放弃于'],
    ratings: ['评价等级', '次数'],
    faults: ['设备', '故障次数'],
    uptime: ['运行率(%)', '运行秒数', '统计秒数', '统计起点'],
    kind: { item: '事项', package: '一件事' },
    total: '合计',
  },
  en: {
    about: ['kiosk', 'from', 'to', 'generated'],
    days: ['date', 'started', 'completed', 'abandoned', 'ratings', 'A4 pages', 'receipts', 'device faults'],
    items: ['kind', 'code', 'name', 'started', 'completed', 'abandoned', 'median seconds', 'abandoned at'],
    ratings: ['rating', 'count'],
    faults: ['device', 'faults'],
    uptime: ['uptime %', 'seconds up', 'seconds counted', 'counted from'],
    kind: { item: 'item', package: 'package' },
    total: 'total',
  },
} as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field that a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe; numbers are written as numbers.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const line = (fields: ReadonlyArray<string | number>) => fields.map(csvField).join(',');

/**
 * The statistics as one CSV file: blocks separated by an empty line — about, per day (with a total row), per
 * item, ratings, device faults, uptime — with the same numbers as the page. Headers and names in the
 * page's language. Lines end in CRLF (RFC 4180, and what Excel expects); the page adds a BOM for Excel.
 */
export function statisticsCsv(
  summary: StatisticsSummary,
  options: { kioskId: string; locale: CsvLocale; name: (target: UsageTarget) => string },
): string {
  const h = headers[options.locale];
  const t = summary.totals;
  const blocks: string[][] = [
    [line(h.about), line([options.kioskId, summary.from, summary.to, summary.generatedAt])],
    [
      line(h.days),
      ...summary.days.map((d) =>
        line([d.day, d.started, d.completed, d.abandoned, d.rated, d.a4Pages, d.receipts, d.faults]),
      ),
      line([h.total, t.started, t.completed, t.abandoned, t.rated, t.a4Pages, t.receipts, t.faults]),
    ],
    [
      line(h.items),
      ...summary.items.map((i) =>
        line([
          h.kind[i.target.kind],
          i.target.code,
          options.name(i.target),
          i.started,
          i.completed,
          i.abandoned,
          i.medianSeconds ?? '',
          i.abandonedAt.map((a) => `${a.step}:${a.count}`).join(' '),
        ]),
      ),
    ],
    [line(h.ratings), ...summary.ratings.map((r) => line([r.level, r.count]))],
    [line(h.faults), ...summary.faults.map((f) => line([f.device, f.count]))],
    [
      line(h.uptime),
      line([summary.uptime.percent, summary.uptime.upSeconds, summary.uptime.spanSeconds, summary.uptime.since]),
    ],
  ];
  return `${blocks.map((b) => b.join('\r\n')).join('\r\n\r\n')}\r\n`;
}
