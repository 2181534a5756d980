/**
 * Dates as printed and numbered in China (UTC+8, no daylight saving), whatever zone the machine or the CI
 * runner is set to, so case numbers, receipts and test images do not depend on the host's time zone.
 */
const OFFSET_MS = 8 * 3600 * 1000;

export interface ChinaDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

export function chinaParts(ms: number): ChinaDateParts {
  const d = new Date(ms + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "20260115" */
export function chinaCompactDate(ms: number): string {
  const p = chinaParts(ms);
  return `${p.year}${pad(p.month)}${pad(p.day)}`;
}

/** "2026-01-15" */
export function chinaIsoDate(ms: number): string {
  const p = chinaParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "2026年01月15日" */
export function chinaLongDate(ms: number): string {
  const p = chinaParts(ms);
  return `${p.year}年${pad(p.month)}月${pad(p.day)}日`;
}

/** "2026-01-15 14:05" */
export function chinaDateTime(ms: number): string {
  const p = chinaParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The instant at 00:00 China time of the day `ms` falls in. */
export function chinaStartOfDay(ms: number): number {
  const p = chinaParts(ms);
  return Date.UTC(p.year, p.month - 1, p.day) - OFFSET_MS;
}

/** Adds working days (Monday to Friday; public holidays are the platform's business, not modelled here). */
export function addWorkingDays(ms: number, days: number): number {
  let t = ms;
  let left = days;
  while (left > 0) {
    t += 24 * 3600 * 1000;
    const wd = chinaParts(t).weekday;
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return t;
}
