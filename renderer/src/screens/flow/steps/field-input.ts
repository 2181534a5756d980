import type { FormField } from '../../../../../shared/catalog/schema.js';

/** How a field is typed on a touch screen without a keyboard. */
export type InputKind =
  | { readonly kind: 'keypad'; readonly extraKey?: 'X' | '.'; readonly maxLength: number }
  | { readonly kind: 'keyboard'; readonly mode: 'pinyin' | 'letters'; readonly maxLength: number }
  | { readonly kind: 'choice'; readonly multiple: boolean }
  | { readonly kind: 'date'; readonly precision: 'day' | 'month' };

export function inputKindFor(field: FormField): InputKind {
  switch (field.type) {
    case 'idNumber':
      return { kind: 'keypad', extraKey: 'X', maxLength: 18 };
    case 'phone':
      return { kind: 'keypad', maxLength: 11 };
    case 'account':
      return { kind: 'keypad', maxLength: field.maxLength };
    case 'number':
      return { kind: 'keypad', extraKey: field.integer ? undefined : '.', maxLength: 12 };
    case 'amount':
      return { kind: 'keypad', extraKey: '.', maxLength: 13 };
    case 'creditCode':
      return { kind: 'keyboard', mode: 'letters', maxLength: 18 };
    case 'choice':
      return { kind: 'choice', multiple: field.multiple };
    case 'date':
      return { kind: 'date', precision: field.precision };
    case 'name':
      return { kind: 'keyboard', mode: 'pinyin', maxLength: 30 };
    case 'address':
      return { kind: 'keyboard', mode: 'pinyin', maxLength: 120 };
    case 'text':
      return { kind: 'keyboard', mode: 'pinyin', maxLength: field.maxLength };
  }
}

/** How many digits the date keypad takes: YYYYMMDD, or YYYYMM for a month. */
export function dateDigits(precision: 'day' | 'month'): number {
  return precision === 'month' ? 6 : 8;
}

/** Digits typed on the date keypad (YYYYMMDD or YYYYMM) ↔ the form value (YYYY-MM-DD or YYYY-MM). */
export function dateFromDigits(digits: string, precision: 'day' | 'month' = 'day'): string {
  if (precision === 'month') return digits.length === 6 ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}` : digits;
  return digits.length === 8 ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}` : digits;
}

export function digitsFromDate(value: string): string {
  return value.replaceAll('-', '');
}

/** "2025____" → "2025 年 __ 月 __ 日" (or "2025 年 __ 月" for a month) while typing. */
export function dateMask(digits: string, locale: 'zh-CN' | 'en', precision: 'day' | 'month' = 'day'): string {
  const padded = digits.padEnd(dateDigits(precision), '_');
  const [year, month, day] = [padded.slice(0, 4), padded.slice(4, 6), padded.slice(6, 8)];
  if (precision === 'month') return locale === 'en' ? `${year}-${month}` : `${year} 年 ${month} 月`;
  return locale === 'en' ? `${year}-${month}-${day}` : `${year} 年 ${month} 月 ${day} 日`;
}
