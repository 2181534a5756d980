import { describe, expect, it } from 'vitest';
import type { AppointmentSlot } from '../../../../../shared/platform/index.js';
import {
  dayText,
  firstBookableDate,
  longDateText,
  slotText,
  slotDays,
  slotTimeText,
  slotWindowDays,
  weekdayText,
} from './slots.js';

const slot = (date: string, start: string, remaining: number): AppointmentSlot => ({
  slotId: `S${date.replace(/-/g, '')}${start.replace(':', '')}`,
  itemCode: 'MZ-001',
  date,
  start,
  end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:${start.slice(3)}`,
  location: '婚姻登记处',
  capacity: 5,
  remaining,
});

describe('slot days', () => {
  it('groups by day in order, sums places and marks a day with none left as full', () => {
    const days = slotDays([
      slot('2026-01-19', '14:30', 0),
      slot('2026-01-16', '10:00', 2),
      slot('2026-01-16', '09:00', 0),
      slot('2026-01-19', '09:00', 0),
    ]);
    expect(days.map((d) => [d.date, d.remaining, d.full])).toEqual([
      ['2026-01-16', 2, false],
      ['2026-01-19', 0, true],
    ]);
    expect(days[0]?.slots.map((s) => s.start)).toEqual(['09:00', '10:00']);
  });
  it('books from tomorrow in China time and within the platform’s 14 days', () => {
    expect(firstBookableDate(Date.parse('2026-01-15T02:30:00Z'))).toBe('2026-01-16');
    expect(firstBookableDate(Date.parse('2026-01-15T17:00:00Z'))).toBe('2026-01-17'); // 01:00 on the 16th in Yangquan
    expect(slotWindowDays(30)).toBe(14);
    expect(slotWindowDays(undefined)).toBe(7);
  });
  it('says days and times in both languages', () => {
    expect(dayText('2026-01-16', 'zh-CN')).toBe('1月16日');
    expect(dayText('2026-01-16', 'en')).toBe('16 January');
    expect(weekdayText('2026-01-16', 'zh-CN')).toBe('星期五');
    expect(weekdayText('2026-01-16', 'en')).toBe('Friday');
    expect(slotTimeText({ start: '09:00', end: '10:00' })).toBe('09:00–10:00');
    expect(longDateText('2027-01-14', 'zh-CN')).toBe('2027年1月14日');
    expect(slotText({ date: '2026-01-16', start: '09:00', end: '10:00' }, 'en')).toBe('16 January Friday 09:00–10:00');
    expect(longDateText('2027-01-14', 'en')).toBe('14 January 2027');
  });
});
