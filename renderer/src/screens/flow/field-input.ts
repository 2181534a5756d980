import type { FormField } from '../../../../shared/catalog/schema.js';

/** How a field is typed on a touch screen without a keyboard. */
export type InputKind =
  | { readonly kind: 'keypad'; readonly extraKey?: 'X' | '.'; readonly maxLength: number }
  | { readonly kind: 'keyboard'; readonly mode: 'pinyin' | 'letters'; readonly maxLength: number }
  | { readonly kind: 'choice'; readonly multiple: boolean }
  | { readonly kind: 'date' };

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
      return { kind: 'date' };
    case 'name':
      return { kind: 'keyboard', mode: 'pinyin', maxLength: 30 };
    case 'address':
      return { kind: 'keyboard', mode: 'pinyin', maxLength: 120 };
    case 'text':
      return { kind: 'keyboard', mode: 'pinyin', maxLength: field.maxLength };
  }
}

/** Digits typed on the date keypad (YYYYMMDD) ↔ the form value (YYYY-MM-DD). */
export function dateFromDigits(digits: string): string {
  return digits.length === 8 ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}` : digits;
}

export function digitsFromDate(value: string): string {
  return value.replaceAll('-', '');
}

/** "2025____" → "2025 年 __ 月 __ 日" while typing. */
export function dateMask(digits: string, locale: 'zh-CN' | 'en'): string {
  const padded = digits.padEnd(8, '_');
  return locale === 'en' ? `${padded.slice(0, 4)}-${padded.slice(4, 6)}-${padded.slice(6, 8)}` : `${padded.slice(0, 4)} 年 ${padded.slice(4, 6)} 月 ${padded.slice(6, 8)} 日`;
}
