import { creditCodeCheckChar, type FieldValue, type FormField, validateField } from '../../../shared/catalog/index.js';
import { idNumberCheckChar } from '../../../shared/validation/id-number.js';

/**
 * Values a robot citizen types into form fields: valid for the field's rules (checked here with the same
 * validateField the kiosk uses, so a value the kiosk would refuse is caught before it is typed), and
 * synthetic — no value belongs to anybody. Dates come in order within a session (enlistment before
 * discharge, death before cremation, from before to).
 */
export interface ValueContext {
  readonly today: Date;
  /** The applicant's business credit code, when they have one. */
  readonly creditCode?: string;
  /** Counters so successive dates and other people's ID numbers differ and keep their order. */
  readonly counters: { past: number; future: number; person: number };
}

export function newValueContext(today = new Date(), creditCode?: string): ValueContext {
  return { today, ...(creditCode ? { creditCode } : {}), counters: { past: 0, future: 0, person: 0 } };
}

/** Easy words for free text: a citizen's plain phrase, cut to length. */
const HAN_FILLER = '阳泉市郊区政务服务自助终端测试填写内容说明一二三四五六七八九十';
export const OTHER_PERSON_NAME = '李明';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const addDays = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);

/** A synthetic resident ID number of 郊区 (140311) that passes the GB 11643 checksum. */
export function syntheticIdNumber(seq: number, birth = '19900307'): string {
  const first17 = `140311${birth}${pad(100 + (seq % 800), 3)}`;
  return first17 + idNumberCheckChar(first17);
}

export function syntheticCreditCode(): string {
  const first17 = '92140311MA0T3ST0A';
  return first17 + creditCodeCheckChar(first17);
}

function yuanText(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

function textCandidates(field: Extract<FormField, { type: 'text' }>): string[] {
  const out: string[] = [];
  const lengths = [Math.max(field.minLength, 2), Math.max(field.minLength, 4), field.minLength, field.maxLength].filter(
    (n) => n >= 1 && n <= field.maxLength,
  );
  for (const n of lengths) out.push(HAN_FILLER.slice(0, Math.min(n, HAN_FILLER.length)));
  for (const n of [6, 8, 10, 12, 15, 16, 20]) out.push('31415926535897932384626'.slice(0, n));
  out.push('ab12cd34ef');
  return out;
}

/** The value to enter, or undefined when no value the on-screen keyboard can type passes the field's rules. */
export function valueFor(field: FormField, ctx: ValueContext): FieldValue | undefined {
  const candidates = ((): FieldValue[] => {
    switch (field.type) {
      case 'choice':
        return field.multiple ? [[field.options[0]?.value ?? '']] : [field.options[0]?.value ?? ''];
      case 'name':
        return [OTHER_PERSON_NAME];
      case 'idNumber':
        ctx.counters.person += 1;
        return [syntheticIdNumber(ctx.counters.person)];
      case 'phone':
        return ['13912345678'];
      case 'date': {
        if (field.range === 'future') {
          ctx.counters.future += 1;
          return [ymd(addDays(ctx.today, 10 + 20 * ctx.counters.future))];
        }
        ctx.counters.past += 1;
        // Far enough back for "any" and "past", in order: 2 years ago, then every 60 days later.
        return [ymd(addDays(ctx.today, -730 + 60 * ctx.counters.past))];
      }
      case 'address':
        return ['郊区义井镇1号'];
      case 'amount':
        return [yuanText(Math.min(Math.max(100_000, field.minFen), field.maxFen))];
      case 'number': {
        if (field.min >= 1900) return [String(Math.min(Math.max(ctx.today.getFullYear() - 1, field.min), field.max))];
        return [String(Math.min(Math.max(field.min, 1), field.max))];
      }
      case 'creditCode':
        return [ctx.creditCode ?? syntheticCreditCode()];
      case 'account': {
        const length = Math.min(Math.max(10, field.minLength), field.maxLength);
        return ['621731415926535897932384626'.slice(0, length)];
      }
      case 'text':
        return textCandidates(field);
    }
  })();
  return candidates.find((value) => validateField(field, value, ctx.today).ok);
}

/** How a value is entered on the kiosk: the date keypad wants YYYYMMDD digits (YYYYMM for a month). */
export function keysFor(field: FormField, value: string): string {
  return field.type === 'date' ? value.replaceAll('-', '').slice(0, field.precision === 'month' ? 6 : 8) : value;
}
