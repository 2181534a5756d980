import { describe, expect, it } from 'vitest';
import { dateDigits, dateFromDigits, dateMask, digitsFromDate } from './field-input.js';

describe('the date keypad', () => {
  it('takes eight digits for a day and six for a month', () => {
    expect(dateDigits('day')).toBe(8);
    expect(dateDigits('month')).toBe(6);
  });

  it('turns typed digits into the form value only once they are complete', () => {
    expect(dateFromDigits('20250601')).toBe('2025-06-01');
    expect(dateFromDigits('202506', 'month')).toBe('2025-06');
    // Incomplete input stays digits, which the field's validation refuses with its own message.
    expect(dateFromDigits('2025')).toBe('2025');
    expect(dateFromDigits('20250', 'month')).toBe('20250');
  });

  it('shows a month as year and month, with no day to type', () => {
    expect(dateMask('2025', 'zh-CN', 'month')).toBe('2025 年 __ 月');
    expect(dateMask('202506', 'en', 'month')).toBe('2025-06');
    expect(dateMask('2025', 'zh-CN')).toBe('2025 年 __ 月 __ 日');
  });

  it('reads a stored value back as keypad digits', () => {
    expect(digitsFromDate('2025-06')).toBe('202506');
    expect(digitsFromDate('2025-06-01')).toBe('20250601');
  });
});
