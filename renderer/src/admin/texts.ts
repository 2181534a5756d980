import { shellTexts } from './shell/shell-texts.js';

/**
 * The console's texts, under the i18next key `admin`. Each page keeps its texts beside it, in both languages
 * in one file, and adds one line here; texts.test.ts checks both languages have the same keys.
 */
export const adminTexts = {
  'zh-CN': { ...shellTexts['zh-CN'] },
  en: { ...shellTexts.en },
};
