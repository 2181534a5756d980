import type { AppointmentSlot } from '../../../../../shared/platform/index.js';

/** Pure helpers of the slot page: days with their slots, and words for them. */

export interface SlotDay {
  readonly date: string;
  readonly slots: readonly AppointmentSlot[];
  /** Places left that day over all its slots. */
  readonly remaining: number;
  readonly full: boolean;
}

/** Slots grouped by day, days and slots in time order. */
export function slotDays(slots: readonly AppointmentSlot[]): SlotDay[] {
  const byDate = new Map<string, AppointmentSlot[]>();
  for (const slot of slots) {
    const list = byDate.get(slot.date) ?? [];
    list.push(slot);
    byDate.set(slot.date, list);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => {
      const sorted = [...list].sort((a, b) => a.start.localeCompare(b.start));
      const remaining = sorted.reduce((sum, s) => sum + s.remaining, 0);
      return { date, slots: sorted, remaining, full: remaining === 0 };
    });
}

const OFFSET_MS = 8 * 3600 * 1000;

/** The first day that can be booked (tomorrow, China time), as "2026-01-16". */
export function firstBookableDate(nowMs: number): string {
  return new Date(nowMs + OFFSET_MS + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** How many days the slot page asks for: the item's window, within what the platform answers (14 days). */
export function slotWindowDays(daysAhead: number | undefined): number {
  return Math.max(1, Math.min(daysAhead ?? 7, 14));
}

/** 0 = Sunday, for "2026-01-16". */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const zhWeekdays = ['日', '一', '二', '三', '四', '五', '六'];
const enWeekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1月16日" / "16 January" */
export function dayText(date: string, locale: 'zh-CN' | 'en'): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `${d} ${enMonths[m - 1] ?? ''}` : `${m}月${d}日`;
}

/** "2027年1月14日" / "14 January 2027" */
export function longDateText(date: string, locale: 'zh-CN' | 'en'): string {
  return `${locale === 'en' ? `${dayText(date, locale)} ` : `${date.slice(0, 4)}年`}${locale === 'en' ? date.slice(0, 4) : dayText(date, locale)}`;
}

/** "星期五" / "Friday" */
export function weekdayText(date: string, locale: 'zh-CN' | 'en'): string {
  const w = weekdayOf(date);
  return locale === 'en' ? (enWeekdays[w] ?? '') : `星期${zhWeekdays[w] ?? ''}`;
}

/** "1月16日 星期五 09:00–10:00" */
export function slotText(slot: Pick<AppointmentSlot, 'date' | 'start' | 'end'>, locale: 'zh-CN' | 'en'): string {
  return `${dayText(slot.date, locale)} ${weekdayText(slot.date, locale)} ${slotTimeText(slot)}`;
}

/** "09:00–10:00" */
export function slotTimeText(slot: Pick<AppointmentSlot, 'start' | 'end'>): string {
  return `${slot.start}–${slot.end}`;
}
