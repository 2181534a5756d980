import { type MobileProblem, mobileProblem } from '../validation/phone.js';
import { checkIdNumber } from '../validation/id-number.js';
import type { FieldValue, FormField, LocalizedText } from './schema.js';

/**
 * Validation of form values against catalog fields, shared by the renderer (on "继续") and the platform (on
 * submit). Messages are specific and in both languages ("请输入经营场所地址", not "格式错误"); a field's own
 * `messages` override the built-in ones. Messages never echo the value (it may be personal).
 */

export type FieldProblem = 'required' | 'invalid';

export type FieldCheck =
  | {
      readonly ok: true;
      /** Trimmed and normalized (upper-case X, 2-decimal amounts); undefined when an optional field is empty. */ readonly value:
        FieldValue | undefined;
    }
  | { readonly ok: false; readonly problem: FieldProblem; readonly message: LocalizedText };

const tx = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** Townships and streets of 阳泉市郊区, for addresses that must be inside the district. */
export const districtPlaceNames = [
  '郊区',
  '荫营镇',
  '河底镇',
  '义井镇',
  '平坦镇',
  '西南舁乡',
  '李家庄乡',
  '旧街乡',
  '杨家庄乡',
] as const;

function requiredMessage(field: FormField): LocalizedText {
  if (field.messages?.required) return field.messages.required;
  const label = field.label;
  const choose = field.type === 'choice' || field.type === 'date';
  return choose
    ? tx(`请选择${label['zh-CN']}`, `Choose ${lower(label.en)}`)
    : tx(`请输入${label['zh-CN']}`, `Enter ${lower(label.en)}`);
}

function fail(field: FormField, message: LocalizedText): FieldCheck {
  return { ok: false, problem: 'invalid', message: field.messages?.invalid ?? message };
}

/** What to fix in a mobile number, in plain words; the number itself is never repeated. */
function mobileMessage(problem: MobileProblem): LocalizedText {
  switch (problem.kind) {
    case 'landline':
      return tx(
        '这是固定电话号码，请输入 11 位手机号码，如 13912345678',
        'That is a landline number. Enter an 11-digit mobile number, like 13912345678',
      );
    case 'length':
      return tx(
        `手机号码是 11 位，您输入了 ${problem.digits} 位，请核对`,
        `A mobile number has 11 digits and you entered ${problem.digits}. Please check it`,
      );
    case 'prefix':
      return tx(
        '手机号码以 13 到 19 开头，请核对前两位',
        'Mobile numbers start with 13 to 19. Please check the first two digits',
      );
    case 'notDigits':
      return tx('手机号码只有数字，请重新输入', 'A mobile number has digits only. Please enter it again');
  }
}

const yuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** Checks one value; `today` is injectable for tests. */
export function validateField(field: FormField, value: FieldValue | undefined, today: Date = new Date()): FieldCheck {
  if (field.type === 'choice') return validateChoice(field, value);
  const text = typeof value === 'string' ? value.trim() : Array.isArray(value) ? undefined : '';
  if (text === undefined)
    return fail(field, tx(`${field.label['zh-CN']}只能填写一项`, `${field.label.en} takes one value`));
  if (text === '')
    return field.optional
      ? { ok: true, value: undefined }
      : { ok: false, problem: 'required', message: requiredMessage(field) };

  switch (field.type) {
    case 'text': {
      const length = [...text].length;
      if (length < field.minLength)
        return fail(
          field,
          tx(
            `${field.label['zh-CN']}至少 ${field.minLength} 个字`,
            `${field.label.en} needs at least ${field.minLength} characters`,
          ),
        );
      if (length > field.maxLength)
        return fail(
          field,
          tx(
            `${field.label['zh-CN']}最多 ${field.maxLength} 个字`,
            `${field.label.en} can have at most ${field.maxLength} characters`,
          ),
        );
      if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(text))
        return fail(field, tx(`${field.label['zh-CN']}的格式不正确`, `${field.label.en} is not in the right format`));
      return { ok: true, value: text };
    }
    case 'name': {
      if (!/^[\p{Script=Han}A-Za-z·•. ]{2,30}$/u.test(text))
        return fail(field, tx('姓名应为 2 至 30 个汉字或字母', 'A name has 2 to 30 Chinese characters or letters'));
      return { ok: true, value: text };
    }
    case 'idNumber': {
      const problem = checkIdNumber(text, today);
      if (problem === 'format')
        return fail(
          field,
          tx('请输入 18 位身份证号码，最后一位可以是 X', 'Enter the 18-character ID number; the last one may be X'),
        );
      if (problem === 'birthDate')
        return fail(
          field,
          tx(
            '身份证号码中的出生日期不正确，请核对',
            'The date of birth inside the ID number is not right; please check it',
          ),
        );
      if (problem === 'checksum')
        return fail(
          field,
          tx(
            '身份证号码有误，请逐位核对后重新输入',
            'The ID number is not right; check it digit by digit and enter it again',
          ),
        );
      return { ok: true, value: text.toUpperCase() };
    }
    case 'phone': {
      const digits = text.replace(/[\s-]/g, '');
      const problem = mobileProblem(digits);
      if (problem) return fail(field, mobileMessage(problem));
      return { ok: true, value: digits };
    }
    case 'date': {
      if (field.precision === 'month') {
        // A full date is accepted too (a day keypad) and cut to its month.
        const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(text);
        const month = m ? Number(m[2]) : 0;
        if (!m || month < 1 || month > 12 || Number(m[1]) < 1900)
          return fail(field, tx('请按“年-月”选择月份，如 2025-06', 'Choose a month as year-month, like 2025-06'));
        const value = Number(m[1]) * 12 + month - 1;
        const now = today.getFullYear() * 12 + today.getMonth();
        if (field.range === 'past' && value > now)
          return fail(field, tx(`${field.label['zh-CN']}不能晚于本月`, `${field.label.en} cannot be after this month`));
        if (field.range === 'future' && value < now)
          return fail(
            field,
            tx(`${field.label['zh-CN']}不能早于本月`, `${field.label.en} cannot be before this month`),
          );
        return { ok: true, value: text.slice(0, 7) };
      }
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
      if (!match || !date || date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3]))
        return fail(
          field,
          tx('请按“年-月-日”选择日期，如 2025-06-01', 'Choose a date as year-month-day, like 2025-06-01'),
        );
      const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
      if (field.range === 'past' && date.getTime() > todayUtc)
        return fail(field, tx(`${field.label['zh-CN']}不能晚于今天`, `${field.label.en} cannot be after today`));
      if (field.range === 'future' && date.getTime() < todayUtc)
        return fail(field, tx(`${field.label['zh-CN']}不能早于今天`, `${field.label.en} cannot be before today`));
      return { ok: true, value: text };
    }
    case 'address': {
      if ([...text].length < 5)
        return fail(
          field,
          tx(
            `请填写完整的${field.label['zh-CN']}，写到门牌号`,
            `Enter the full ${lower(field.label.en)}, down to the house number`,
          ),
        );
      if ([...text].length > 120)
        return fail(
          field,
          tx(`${field.label['zh-CN']}最多 120 个字`, `${field.label.en} can have at most 120 characters`),
        );
      if (field.inDistrict && !districtPlaceNames.some((p) => text.includes(p)))
        return fail(
          field,
          tx(
            `${field.label['zh-CN']}须在阳泉市郊区范围内，请写明乡镇`,
            `${field.label.en} must be in Jiaoqu District; include the town or township`,
          ),
        );
      return { ok: true, value: text };
    }
    case 'amount': {
      if (!/^\d{1,10}(\.\d{1,2})?$/.test(text))
        return fail(
          field,
          tx(
            '请输入金额（元），最多两位小数，如 120.50',
            'Enter an amount in yuan with at most two decimals, like 120.50',
          ),
        );
      const fen = Math.round(Number(text) * 100);
      if (fen < field.minFen || fen > field.maxFen)
        return fail(
          field,
          tx(
            `${field.label['zh-CN']}应在 ${yuan(field.minFen)} 元至 ${yuan(field.maxFen)} 元之间`,
            `${field.label.en} must be between ${yuan(field.minFen)} and ${yuan(field.maxFen)} yuan`,
          ),
        );
      return { ok: true, value: (fen / 100).toFixed(2) };
    }
    case 'number': {
      const pattern = field.integer ? /^-?\d{1,12}$/ : /^-?\d{1,12}(\.\d{1,6})?$/;
      const unitZh = field.unit?.['zh-CN'] ?? '';
      const unitEn = field.unit ? ` ${field.unit.en}` : '';
      if (!pattern.test(text))
        return fail(
          field,
          field.integer
            ? tx(`${field.label['zh-CN']}请输入整数`, `Enter a whole number for ${lower(field.label.en)}`)
            : tx(`${field.label['zh-CN']}请输入数字`, `Enter a number for ${lower(field.label.en)}`),
        );
      const n = Number(text);
      if (n < field.min || n > field.max)
        return fail(
          field,
          tx(
            `${field.label['zh-CN']}应在 ${field.min} 至 ${field.max}${unitZh} 之间`,
            `${field.label.en} must be between ${field.min} and ${field.max}${unitEn}`,
          ),
        );
      return { ok: true, value: String(n) };
    }
    case 'creditCode': {
      const code = text.toUpperCase();
      if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code))
        return fail(
          field,
          tx(
            '请输入 18 位统一社会信用代码（营业执照上可以找到）',
            'Enter the 18-character unified social credit code (it is on the business licence)',
          ),
        );
      if (!isValidCreditCode(code))
        return fail(
          field,
          tx(
            '统一社会信用代码有误，请逐位核对',
            'The unified social credit code is not right; check it character by character',
          ),
        );
      return { ok: true, value: code };
    }
    case 'account': {
      const digits = text.replace(/\s/g, '');
      if (!/^\d+$/.test(digits) || digits.length < field.minLength || digits.length > field.maxLength)
        return fail(
          field,
          field.minLength === field.maxLength
            ? tx(
                `${field.label['zh-CN']}为 ${field.minLength} 位数字`,
                `${field.label.en} has ${field.minLength} digits`,
              )
            : tx(
                `${field.label['zh-CN']}为 ${field.minLength} 至 ${field.maxLength} 位数字`,
                `${field.label.en} has ${field.minLength} to ${field.maxLength} digits`,
              ),
        );
      return { ok: true, value: digits };
    }
  }
}

function validateChoice(field: Extract<FormField, { type: 'choice' }>, value: FieldValue | undefined): FieldCheck {
  const chosen = value === undefined || value === '' ? [] : typeof value === 'string' ? [value] : [...value];
  if (chosen.length === 0)
    return field.optional
      ? { ok: true, value: undefined }
      : { ok: false, problem: 'required', message: requiredMessage(field) };
  if (!field.multiple && chosen.length > 1)
    return fail(field, tx(`${field.label['zh-CN']}只能选一项`, `Choose only one for ${lower(field.label.en)}`));
  const allowed = new Set(field.options.map((o) => o.value));
  if (chosen.some((c) => !allowed.has(c)))
    return fail(
      field,
      tx(`请从列出的选项中选择${field.label['zh-CN']}`, `Choose ${lower(field.label.en)} from the options listed`),
    );
  return { ok: true, value: field.multiple ? [...new Set(chosen)] : chosen[0] };
}

export interface FormCheck {
  /** Normalized values of the valid fields (empty optional fields omitted). */
  readonly values: Record<string, FieldValue>;
  /** One entry per field with a problem, in form order (for the "存在问题" summary). */
  readonly errors: readonly {
    readonly field: string;
    readonly problem: FieldProblem;
    readonly message: LocalizedText;
  }[];
}

/** Checks every field (already resolved for the situation); values for fields not in the list are dropped. */
export function validateForm(
  fields: readonly FormField[],
  values: Readonly<Record<string, FieldValue | undefined>>,
  today?: Date,
): FormCheck {
  const out: Record<string, FieldValue> = {};
  const errors: { field: string; problem: FieldProblem; message: LocalizedText }[] = [];
  for (const field of fields) {
    const check = validateField(field, Object.hasOwn(values, field.id) ? values[field.id] : undefined, today);
    if (!check.ok) errors.push({ field: field.id, problem: check.problem, message: check.message });
    else if (check.value !== undefined) out[field.id] = check.value;
  }
  for (const field of fields) {
    const order =
      field.type === 'date' && field.notBefore !== undefined
        ? dateOrderProblem(field, out[field.id], fields, out)
        : undefined;
    if (order) errors.push({ field: field.id, problem: 'invalid', message: order });
  }
  return { values: out, errors };
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character of a unified social credit code (GB 32100-2015) from its first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const v = CREDIT_CHARS.indexOf(first17[i] ?? '');
    if (v < 0) throw new Error('creditCodeCheckChar: character outside the code set');
    sum += v * (CREDIT_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] ?? '?';
}

export function isValidCreditCode(code: string): boolean {
  const c = code.trim().toUpperCase();
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(c) && creditCodeCheckChar(c.slice(0, 17)) === c[17];
}

/**
 * A date that may not come before another (`notBefore`: 截止月份 not before 起始月份), checked on the page of
 * either against the other's value when there is one, so a reversed range is caught where it is typed rather
 * than on a later page. `value` is the checked (normalized) value of `field`.
 */
export function dateOrderProblem(
  field: FormField,
  value: FieldValue | undefined,
  fields: readonly FormField[],
  values: Readonly<Record<string, FieldValue>>,
): LocalizedText | undefined {
  if (field.type !== 'date' || typeof value !== 'string' || value === '') return undefined;
  const other = (id: string) => {
    const text = values[id];
    return typeof text === 'string' && text !== '' ? text : undefined;
  };
  const before = field.notBefore !== undefined ? fields.find((f) => f.id === field.notBefore) : undefined;
  const start = before ? other(before.id) : undefined;
  if (before && start !== undefined && value < start)
    return tx(
      `${field.label['zh-CN']}不能早于${before.label['zh-CN']}`,
      `${field.label.en} cannot be before the ${lower(before.label.en)}`,
    );
  const after = fields.find((f) => f.type === 'date' && f.notBefore === field.id);
  const end = after ? other(after.id) : undefined;
  if (after && end !== undefined && value > end)
    return tx(
      `${field.label['zh-CN']}不能晚于${after.label['zh-CN']}`,
      `${field.label.en} cannot be after the ${lower(after.label.en)}`,
    );
  return undefined;
}
