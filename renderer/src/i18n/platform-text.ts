import type { Locale } from '../../../shared/config/kiosk-config.js';

/** Han characters: what an English reader cannot read. Numbers, codes and masked names are fine in either mode. */
const han = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Texts the platform returns come in Chinese, with English beside them when the platform gave it
 * (`label` + `labelEn`). In English mode the English is shown; without it the Chinese, and the page says once
 * that what it shows is as issued by the platform. Chinese mode always shows the Chinese.
 */
export function platformText(locale: Locale, zh: string, en: string | undefined): string {
  return locale === 'en' && en ? en : zh;
}

/** True when English mode must show this text in Chinese (no English given, and it has Chinese in it). */
export function shownInChinese(locale: Locale, zh: string, en: string | undefined): boolean {
  return locale === 'en' && !en && han.test(zh);
}

/** Picks texts for one page and remembers whether any of them had to stay Chinese (for the page's one note). */
export interface PlatformTextPicker {
  (zh: string, en?: string): string;
  /** Whether a picked text was shown in Chinese in English mode. */
  readonly anyChinese: () => boolean;
}

export function platformTextPicker(locale: Locale): PlatformTextPicker {
  let chinese = false;
  const pick = (zh: string, en?: string) => {
    if (shownInChinese(locale, zh, en)) chinese = true;
    return platformText(locale, zh, en);
  };
  return Object.assign(pick, { anyChinese: () => chinese });
}
