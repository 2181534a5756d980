import { z } from 'zod';
import { err, ok, type Result } from '../result.js';
import { chinaParts } from './china-time.js';
import { limits } from './common.js';

/**
 * What the citizen chose for a print or query item (参保证明: which insurance, which months): the answers to
 * its situation questions (question id → option value) and the form values that shape the record (field id →
 * text). Ids are the catalog's; the kiosk and the platform check them against the item before using them.
 */
const choiceIdSchema = z
  .string()
  .max(48)
  .regex(/^[a-z][a-zA-Z0-9]{0,47}$/, 'a catalog id (camelCase)');

export const recordChoicesSchema = z
  .object({
    answers: z
      .record(choiceIdSchema, choiceIdSchema)
      .refine((o) => Object.keys(o).length <= 20, 'at most 20 answers')
      .describe('Situation question id → chosen option value.'),
    values: z
      .record(choiceIdSchema, z.string().trim().min(1).max(limits.shortText))
      .refine((o) => Object.keys(o).length <= 20, 'at most 20 values')
      .describe('Form field id → value as entered (months as YYYY-MM).'),
  })
  .strict()
  .describe("The citizen's choices for a print or query item, checked against the item's catalog definition.");
export type RecordChoices = z.infer<typeof recordChoicesSchema>;

/** The same choices always give the same text, so a certificate can be keyed by them. */
export function canonicalChoices(choices: RecordChoices | undefined): string {
  if (!choices) return '';
  const sorted = (o: Readonly<Record<string, string>>) =>
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]);
  return JSON.stringify([sorted(choices.answers), sorted(choices.values)]);
}

// ————————————————————————————————————————————————————— periods

/** Months as "2026-03", inclusive at both ends. */
export interface RecordPeriod {
  readonly from: string;
  readonly to: string;
}

/** Longest period a record may cover (the table of a record holds at most 240 rows). */
export const maxPeriodMonths = 240;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months of a period, oldest first. */
export function periodMonths(period: RecordPeriod): string[] {
  const out: string[] = [];
  for (let i = monthIndex(period.from); i <= monthIndex(period.to); i += 1) out.push(monthOf(i));
  return out;
}

export function periodContains(period: RecordPeriod, month: string): boolean {
  const i = monthIndex(month.slice(0, 7));
  return i >= monthIndex(period.from) && i <= monthIndex(period.to);
}

/** "2025年11月—2026年10月", as printed on a certificate. */
export function periodText(period: RecordPeriod): string {
  const zh = (m: string) => `${m.slice(0, 4)}年${m.slice(5, 7)}月`;
  return period.from === period.to ? zh(period.from) : `${zh(period.from)}—${zh(period.to)}`;
}

/** The month of `nowMs` in China time, "2026-11". */
export function chinaMonth(nowMs: number): string {
  const p = chinaParts(nowMs);
  return monthOf(p.year * 12 + p.month - 1);
}

/** The `count` whole months before the month of `nowMs` (China time): "近12个月". */
export function lastMonthsPeriod(nowMs: number, count: number): RecordPeriod {
  const p = chinaParts(nowMs);
  const current = p.year * 12 + p.month - 1;
  return { from: monthOf(current - count), to: monthOf(current - 1) };
}

function parseMonth(text: string | undefined, what: string): Result<string, 'invalidChoices'> {
  const m = text === undefined ? null : MONTH.exec(text.trim());
  if (!m) return err('invalidChoices', `${what} must be a month like 2026-03.`);
  return ok(`${m[1]}-${m[2]}`);
}

/**
 * The period a record should cover, from the well-known choices the catalog's print and query items ask:
 * `period` (last12, last60, lastYear, thisYear, otherYear + `year`, custom + `fromMonth`/`toMonth`), a bare
 * `year`, or `paidFrom`/`paidTo`. Undefined when the choices name no period (the record's own default).
 * A period that ends before it starts, ends after the current month, or is too long is refused.
 */
export function recordPeriod(
  choices: RecordChoices | undefined,
  nowMs: number,
): Result<RecordPeriod | undefined, 'invalidChoices'> {
  if (!choices) return ok(undefined);
  const p = chinaParts(nowMs);
  const current = chinaMonth(nowMs);
  const { answers, values } = choices;
  const yearPeriod = (text: string | undefined): Result<RecordPeriod, 'invalidChoices'> => {
    if (text === undefined || !/^\d{4}$/.test(text.trim()))
      return err('invalidChoices', 'year must be four digits like 2025.');
    const y = Number(text);
    if (y > p.year) return err('invalidChoices', 'The year is in the future.');
    if (y < p.year - maxPeriodMonths / 12) return err('invalidChoices', 'The year is too long ago.');
    return ok({ from: `${y}-01`, to: y === p.year ? current : `${y}-12` });
  };
  const range = (
    fromText: string | undefined,
    toText: string | undefined,
    fromId: string,
    toId: string,
  ): Result<RecordPeriod, 'invalidChoices'> => {
    const from = parseMonth(fromText, fromId);
    if (!from.ok) return from;
    const to = parseMonth(toText, toId);
    if (!to.ok) return to;
    if (monthIndex(to.value) < monthIndex(from.value))
      return err('invalidChoices', `The period ends (${toId}) before it starts (${fromId}).`);
    if (monthIndex(to.value) > monthIndex(current))
      return err('invalidChoices', `The period ends (${toId}) in the future.`);
    if (monthIndex(to.value) - monthIndex(from.value) + 1 > maxPeriodMonths)
      return err('invalidChoices', `The period is longer than ${maxPeriodMonths} months.`);
    return ok({ from: from.value, to: to.value });
  };

  switch (answers.period) {
    case 'last12':
      return ok(lastMonthsPeriod(nowMs, 12));
    case 'last60':
      return ok(lastMonthsPeriod(nowMs, 60));
    case 'lastYear':
      return ok({ from: `${p.year - 1}-01`, to: `${p.year - 1}-12` });
    case 'thisYear':
      return ok({ from: `${p.year}-01`, to: current });
    case 'otherYear':
      return yearPeriod(values.year);
    case 'custom':
      return range(values.fromMonth, values.toMonth, 'fromMonth', 'toMonth');
    case undefined:
      break;
    default:
      return err('invalidChoices', 'Unknown period option.');
  }
  if (values.paidFrom !== undefined || values.paidTo !== undefined)
    return range(values.paidFrom, values.paidTo, 'paidFrom', 'paidTo');
  if (values.year !== undefined) return yearPeriod(values.year);
  return ok(undefined);
}
