import { describe, expect, it } from 'vitest';
import { en } from '../i18n/locales/en.js';
import { zhCN } from '../i18n/locales/zh-CN.js';
import {
  buildScreenSpeech,
  chineseNumeral,
  sanitizeSpoken,
  type ScreenSpeechParts,
  typedEcho,
} from './screen-speech.js';

const parts: ScreenSpeechParts = {
  heading: '您的婚姻状况',
  caption: '结婚登记 · 第 3 步，共 8 步',
  instructions: ['请选择一项'],
  errors: [],
  choices: [{ label: '未婚' }, { label: '离异', selected: true }, { label: '丧偶', disabled: true }],
  actions: ['继续', '返回', '首页'],
};

describe('screen speech', () => {
  it('says the heading, where, what to do, the choices numbered, the buttons and how to act (Chinese)', () => {
    const text = buildScreenSpeech(parts, zhCN.spoken, 'zh-CN');
    expect(text.startsWith('您的婚姻状况。结婚登记 · 第 3 步，共 8 步。请选择一项。')).toBe(true);
    expect(text).toContain('共有3项。第一项，未婚。第二项，离异、已选。第三项，丧偶、暂不可用。');
    expect(text).toContain('屏幕下方的按钮：继续、返回、首页。');
    expect(text).toContain(zhCN.spoken.howTouch);
    expect(text).toContain(zhCN.spoken.howKeys);
  });

  it('numbers options in English', () => {
    const text = buildScreenSpeech(
      {
        ...parts,
        heading: 'Your marital status',
        caption: undefined,
        instructions: [],
        choices: [{ label: 'Single' }, { label: 'Divorced' }],
        actions: ['Continue', 'Back'],
      },
      en.spoken,
      'en',
    );
    expect(text).toContain('Your marital status. 2 options. Option 1, Single. Option 2, Divorced.');
    expect(text).toContain('Buttons at the bottom: Continue, Back.');
  });

  it('says errors first after the heading, and a screen’s own words right after it, once', () => {
    const text = buildScreenSpeech(
      { ...parts, extra: ['请签名'], errors: ['请选择一项', '请选择一项'], instructions: ['请选择一项', '请签名'] },
      zhCN.spoken,
      'zh-CN',
    );
    expect(text).toContain('您的婚姻状况。结婚登记 · 第 3 步，共 8 步。请签名。请注意：请选择一项。共有3项。第一项');
    expect(text.match(/请选择一项/g)?.length).toBe(1);
  });

  it('tells how to type on a page that takes digits or text', () => {
    expect(buildScreenSpeech({ ...parts, input: 'digits' }, zhCN.spoken, 'zh-CN')).toContain(zhCN.spoken.typeDigits);
    expect(buildScreenSpeech({ ...parts, input: 'keyboard' }, en.spoken, 'en')).toContain(en.spoken.typeKeyboard);
  });

  it('counts in Chinese', () => {
    expect([1, 2, 10, 11, 20, 35, 99, 100].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '十',
      '十一',
      '二十',
      '三十五',
      '九十九',
      '100',
    ]);
  });

  it('never says a masked name, an ID number or a mobile number, masked or not', () => {
    const hidden = zhCN.spoken.hidden;
    expect(sanitizeSpoken('张*明的办件', hidden)).toBe(`${hidden}的办件`);
    // (A mask followed at once by Han characters may take one more with it: more hidden, never less.)
    expect(sanitizeSpoken('王*，您好', hidden)).toBe(`${hidden}，您好`);
    expect(sanitizeSpoken('身份证 11010519491231002X 已读', hidden)).toBe(`身份证 ${hidden} 已读`);
    expect(sanitizeSpoken('110105********002X', hidden)).toBe(hidden);
    expect(sanitizeSpoken('电话13912345678', hidden)).toBe(`电话${hidden}`);
    expect(sanitizeSpoken('电话139****5678', hidden)).toBe(`电话${hidden}`);
    // Case and acceptance numbers, dates and amounts stay.
    expect(sanitizeSpoken('办件编号 SC-20250301-00012，2025年3月1日，100.00元', hidden)).toBe(
      '办件编号 SC-20250301-00012，2025年3月1日，100.00元',
    );
    const text = buildScreenSpeech(
      { ...parts, heading: '张*明的办件进度', instructions: ['手机 13912345678'] },
      zhCN.spoken,
      'zh-CN',
    );
    expect(text).not.toMatch(/张\*明|13912345678/);
  });

  it('echoes a typed digit, but only the position of a typed secret', () => {
    const texts = { typedSecret: '已输入第3位', deleted: '已删除', cleared: '已清空', space: '空格' };
    expect(typedEcho({ key: '7', secret: false, length: 3 }, texts)).toBe('7');
    expect(typedEcho({ key: '7', secret: true, length: 3 }, texts)).toBe('已输入第3位');
    expect(typedEcho({ key: 'backspace', secret: true, length: 2 }, texts)).toBe('已删除');
    expect(typedEcho({ key: '{clear}', secret: false, length: 0 }, texts)).toBe('已清空');
  });
});
