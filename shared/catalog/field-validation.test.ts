import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../validation/id-number.js';
import {
  creditCodeCheckChar,
  dateOrderProblem,
  isValidCreditCode,
  validateField,
  validateForm,
} from './field-validation.js';
import { formFieldSchema, type FormField, type FormFieldInput } from './schema.js';

const field = (input: FormFieldInput): FormField => formFieldSchema.parse(input);
const label = { 'zh-CN': '经营场所地址', en: 'Address of the premises' };
const today = new Date(2025, 5, 15); // 15 June 2025, local time

/** A synthetic ID number with a correct check character (belongs to nobody). */
const id17 = '14031119900101002';
const validId = id17 + idNumberCheckChar(id17);

describe('validateField', () => {
  it('builds specific required messages from the label, or uses the field’s own', () => {
    expect(validateField(field({ id: 'a', type: 'address', label }), '  ')).toEqual({
      ok: false,
      problem: 'required',
      message: { 'zh-CN': '请输入经营场所地址', en: 'Enter address of the premises' },
    });
    const own = { 'zh-CN': '请告诉我们店在哪里', en: 'Tell us where the shop is' };
    expect(
      validateField(field({ id: 'a', type: 'address', label, messages: { required: own } }), undefined),
    ).toMatchObject({ message: own });
    expect(validateField(field({ id: 'a', type: 'address', label, optional: true }), '')).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('ID numbers: GB 11643 checksum, birth date, format, lower-case x', () => {
    const f = field({ id: 'idn', type: 'idNumber', label: { 'zh-CN': '身份证号码', en: 'ID number' } });
    expect(validateField(f, validId, today)).toEqual({ ok: true, value: validId });
    const wrongCheck = id17 + (idNumberCheckChar(id17) === '0' ? '1' : '0');
    expect(validateField(f, wrongCheck, today)).toMatchObject({
      ok: false,
      problem: 'invalid',
      message: { 'zh-CN': '身份证号码有误，请逐位核对后重新输入' },
    });
    expect(validateField(f, '14031119901301001X', today)).toMatchObject({
      message: { 'zh-CN': '身份证号码中的出生日期不正确，请核对' },
    });
    expect(validateField(f, '1403111990', today)).toMatchObject({
      message: { en: 'Enter the 18-character ID number; the last one may be X' },
    });
    const withX = '11010519491231002';
    if (idNumberCheckChar(withX) === 'X')
      expect(validateField(f, `${withX}x`, today)).toEqual({ ok: true, value: `${withX}X` });
  });

  it('phones: mainland mobile numbers, spaces and dashes tolerated', () => {
    const f = field({ id: 'm', type: 'phone', label: { 'zh-CN': '手机号码', en: 'Mobile number' } });
    expect(validateField(f, '139 0000 0101')).toEqual({ ok: true, value: '13900000101' });
    // Each wrong number is told what is wrong with it, without repeating it.
    const said = (value: string) => {
      const check = validateField(f, value);
      return check.ok ? 'accepted' : check.message['zh-CN'];
    };
    expect(said('0353-5110601')).toBe('这是固定电话号码，请输入 11 位手机号码，如 13912345678');
    expect(said('1390000010')).toBe('手机号码是 11 位，您输入了 10 位，请核对');
    expect(said('139000001011')).toBe('手机号码是 11 位，您输入了 12 位，请核对');
    expect(said('12345678901')).toBe('手机号码以 13 到 19 开头，请核对前两位');
    expect(said('139oooo0101')).toBe('手机号码只有数字，请重新输入');
    for (const value of ['0353-5110601', '1390000010', '12345678901']) expect(said(value)).not.toContain(value);
  });

  it('unified social credit codes: GB 32100 checksum', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    const f = field({
      id: 'c',
      type: 'creditCode',
      label: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
    });
    const code = `92140311MA0L8X7Q2${creditCodeCheckChar('92140311MA0L8X7Q2')}`;
    expect(validateField(f, code.toLowerCase())).toEqual({ ok: true, value: code });
    expect(validateField(f, '92140311MA0L8X7Q2O')).toMatchObject({
      ok: false,
      message: { 'zh-CN': '请输入 18 位统一社会信用代码（营业执照上可以找到）' },
    });
  });

  it('dates: format, real day, past and future ranges', () => {
    const past = field({ id: 'd', type: 'date', range: 'past', label: { 'zh-CN': '死亡日期', en: 'Date of death' } });
    expect(validateField(past, '2025-06-15', today)).toEqual({ ok: true, value: '2025-06-15' });
    expect(validateField(past, '2025-06-16', today)).toMatchObject({
      ok: false,
      message: { 'zh-CN': '死亡日期不能晚于今天' },
    });
    expect(validateField(past, '2025-02-30', today)).toMatchObject({
      ok: false,
      message: { en: 'Choose a date as year-month-day, like 2025-06-01' },
    });
    const future = field({ id: 'd', type: 'date', range: 'future', label: { 'zh-CN': '开始日期', en: 'Start date' } });
    expect(validateField(future, '2025-06-14', today)).toMatchObject({
      ok: false,
      message: { en: 'Start date cannot be before today' },
    });
  });

  it('months: year-month, not after this month', () => {
    const f = field({
      id: 'm',
      type: 'date',
      precision: 'month',
      range: 'past',
      label: { 'zh-CN': '起始月份', en: 'From month' },
    });
    expect(validateField(f, '2025-06', today)).toEqual({ ok: true, value: '2025-06' });
    expect(validateField(f, '2025-05-20', today)).toEqual({ ok: true, value: '2025-05' });
    expect(validateField(f, '2025-07', today)).toMatchObject({
      ok: false,
      message: { 'zh-CN': '起始月份不能晚于本月' },
    });
    expect(validateField(f, '2025-13', today)).toMatchObject({
      ok: false,
      message: { en: 'Choose a month as year-month, like 2025-06' },
    });
  });

  it('amounts: yuan with two decimals, limits in fen', () => {
    const f = field({
      id: 'rent',
      type: 'amount',
      minFen: 100_00,
      maxFen: 20_000_00,
      label: { 'zh-CN': '每月租金', en: 'Monthly rent' },
    });
    expect(validateField(f, '1200.5')).toEqual({ ok: true, value: '1200.50' });
    expect(validateField(f, '12.345')).toMatchObject({ ok: false });
    expect(validateField(f, '50')).toMatchObject({
      ok: false,
      message: { 'zh-CN': '每月租金应在 100 元至 20000 元之间' },
    });
  });

  it('numbers: integers, ranges with the unit, and the field’s own invalid message', () => {
    const own = { 'zh-CN': '食品小经营店从业人员应为 1 至 5 人', en: 'A small food shop has 1 to 5 staff' };
    const f = field({
      id: 's',
      type: 'number',
      min: 1,
      max: 5,
      label: { 'zh-CN': '从业人员人数', en: 'Number of staff' },
      messages: { invalid: own },
    });
    expect(validateField(f, '3')).toEqual({ ok: true, value: '3' });
    expect(validateField(f, '8')).toMatchObject({ ok: false, message: own });
    const area = field({
      id: 'a',
      type: 'number',
      min: 1,
      max: 60,
      unit: { 'zh-CN': '平方米', en: 'square metres' },
      label: { 'zh-CN': '经营面积', en: 'Floor area' },
    });
    expect(validateField(area, '61')).toMatchObject({
      message: { 'zh-CN': '经营面积应在 1 至 60平方米 之间', en: 'Floor area must be between 1 and 60 square metres' },
    });
    expect(validateField(area, '2.5')).toMatchObject({ message: { 'zh-CN': '经营面积请输入整数' } });
  });

  it('addresses inside the district', () => {
    const f = field({ id: 'a', type: 'address', inDistrict: true, label });
    expect(validateField(f, '山西省阳泉市郊区荫营镇荫营村东街12号')).toMatchObject({ ok: true });
    expect(validateField(f, '山西省太原市小店区长风街1号')).toMatchObject({
      ok: false,
      message: { 'zh-CN': '经营场所地址须在阳泉市郊区范围内，请写明乡镇' },
    });
    expect(validateField(f, '郊区')).toMatchObject({
      ok: false,
      message: { 'zh-CN': '请填写完整的经营场所地址，写到门牌号' },
    });
  });

  it('choices: single, multiple, unknown option', () => {
    const options = [
      { value: 'hot', label: { 'zh-CN': '热食', en: 'Hot dishes' } },
      { value: 'cold', label: { 'zh-CN': '冷食', en: 'Cold dishes' } },
    ];
    const one = field({ id: 'c', type: 'choice', options, label: { 'zh-CN': '餐饮服务项目', en: 'Food you prepare' } });
    expect(validateField(one, 'hot')).toEqual({ ok: true, value: 'hot' });
    expect(validateField(one, ['hot', 'cold'])).toMatchObject({ ok: false });
    expect(validateField(one, 'raw')).toMatchObject({
      ok: false,
      message: { 'zh-CN': '请从列出的选项中选择餐饮服务项目' },
    });
    expect(validateField(one, undefined)).toMatchObject({
      ok: false,
      problem: 'required',
      message: { 'zh-CN': '请选择餐饮服务项目' },
    });
    const many = field({
      id: 'c',
      type: 'choice',
      multiple: true,
      options,
      label: { 'zh-CN': '餐饮服务项目', en: 'Food you prepare' },
    });
    expect(validateField(many, ['cold', 'hot', 'cold'])).toEqual({ ok: true, value: ['cold', 'hot'] });
  });

  it('text: length and pattern with its own message; names; accounts', () => {
    const tradeName = field({
      id: 't',
      type: 'text',
      minLength: 2,
      maxLength: 10,
      pattern: '^\\p{Script=Han}{2,10}$',
      label: { 'zh-CN': '字号', en: 'Trade name' },
      messages: { invalid: { 'zh-CN': '字号应为 2 至 10 个汉字', en: 'A trade name has 2 to 10 Chinese characters' } },
    });
    expect(validateField(tradeName, '荫香')).toEqual({ ok: true, value: '荫香' });
    expect(validateField(tradeName, 'Yin香')).toMatchObject({
      ok: false,
      message: { en: 'A trade name has 2 to 10 Chinese characters' },
    });
    const name = field({ id: 'n', type: 'name', label: { 'zh-CN': '逝者姓名', en: 'Name of the deceased' } });
    expect(validateField(name, '欧阳晓明')).toMatchObject({ ok: true });
    expect(validateField(name, '张3')).toMatchObject({ ok: false });
    const card = field({
      id: 'b',
      type: 'account',
      minLength: 16,
      maxLength: 19,
      label: { 'zh-CN': '收款银行卡号', en: 'Bank card' },
    });
    expect(validateField(card, '6222 0000 0000 0000')).toEqual({ ok: true, value: '6222000000000000' });
    expect(validateField(card, '1234')).toMatchObject({ message: { 'zh-CN': '收款银行卡号为 16 至 19 位数字' } });
  });
});

describe('validateForm', () => {
  it('lists every problem in form order and keeps normalized values', () => {
    const fields = [
      field({ id: 'applicantIdNumber', type: 'idNumber', label: { 'zh-CN': '身份证号码', en: 'ID number' } }),
      field({ id: 'mobile', type: 'phone', label: { 'zh-CN': '手机号码', en: 'Mobile number' } }),
      field({ id: 'businessAddress', type: 'address', label }),
      field({ id: 'note', type: 'text', optional: true, label: { 'zh-CN': '备注', en: 'Note' } }),
    ];
    const r = validateForm(
      fields,
      { applicantIdNumber: validId.toLowerCase(), mobile: '15500', extra: 'dropped' },
      today,
    );
    expect(r.values).toEqual({ applicantIdNumber: validId });
    expect(r.errors.map((e) => [e.field, e.problem])).toEqual([
      ['mobile', 'invalid'],
      ['businessAddress', 'required'],
    ]);
    // Messages never carry the value that was typed.
    expect(JSON.stringify(r.errors)).not.toContain('15500');
  });
});

describe('a date range (notBefore)', () => {
  const from = field({
    id: 'fromMonth',
    type: 'date',
    precision: 'month',
    label: { 'zh-CN': '起始月份', en: 'From month' },
  });
  const to = field({
    id: 'toMonth',
    type: 'date',
    precision: 'month',
    notBefore: 'fromMonth',
    label: { 'zh-CN': '截止月份', en: 'To month' },
  });
  const fields = [from, to];

  it('is caught on the page of the end month when it ends before it starts', () => {
    expect(dateOrderProblem(to, '2025-02', fields, { fromMonth: '2025-03' })?.['zh-CN']).toBe(
      '截止月份不能早于起始月份',
    );
    expect(dateOrderProblem(to, '2025-03', fields, { fromMonth: '2025-03' })).toBeUndefined();
    expect(dateOrderProblem(to, '2025-02', fields, {})).toBeUndefined();
  });

  it('is caught on the page of the start month when it is changed to after the end', () => {
    expect(dateOrderProblem(from, '2025-09', fields, { toMonth: '2025-08' })?.en).toBe(
      'From month cannot be after the to month',
    );
    expect(dateOrderProblem(from, '2025-01', fields, { toMonth: '2025-08' })).toBeUndefined();
  });

  it('is refused by validateForm as well, on the end month', () => {
    const r = validateForm(fields, { fromMonth: '2025-05', toMonth: '2025-04' }, today);
    expect(r.errors.map((e) => [e.field, e.problem])).toEqual([['toMonth', 'invalid']]);
  });
});
