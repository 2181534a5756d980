import { describe, expect, it } from 'vitest';
import { platformText, platformTextPicker, shownInChinese } from './platform-text.js';

describe('platform texts in the kiosk language', () => {
  it('shows the English in English mode when the platform gave it, the Chinese otherwise', () => {
    expect(platformText('en', '参保状态', 'Status')).toBe('Status');
    expect(platformText('en', '参保状态', undefined)).toBe('参保状态');
    expect(platformText('en', '参保状态', '')).toBe('参保状态');
  });

  it('never shows English in Chinese mode', () => {
    expect(platformText('zh-CN', '参保状态', 'Status')).toBe('参保状态');
    expect(shownInChinese('zh-CN', '参保状态', undefined)).toBe(false);
  });

  it('counts only texts with Chinese in them as untranslated', () => {
    expect(shownInChinese('en', '参保状态', undefined)).toBe(true);
    expect(shownInChinese('en', '3,905.12', undefined)).toBe(false);
    expect(shownInChinese('en', '张*明', 'Zhang')).toBe(false);
    expect(shownInChinese('en', '140311******3417', undefined)).toBe(false);
  });

  it('a picker remembers whether anything on its page stayed Chinese', () => {
    const all = platformTextPicker('en');
    expect(all('险种', 'Insurance')).toBe('Insurance');
    expect(all('2025-06')).toBe('2025-06');
    expect(all.anyChinese()).toBe(false);
    expect(all('山西省阳泉市郊区')).toBe('山西省阳泉市郊区');
    expect(all.anyChinese()).toBe(true);

    const zh = platformTextPicker('zh-CN');
    expect(zh('险种', 'Insurance')).toBe('险种');
    expect(zh('山西省阳泉市郊区')).toBe('山西省阳泉市郊区');
    expect(zh.anyChinese()).toBe(false);
  });
});
