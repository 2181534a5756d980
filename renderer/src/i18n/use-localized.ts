import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/config/kiosk-config.js';

export interface Localized {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** Picks the current language's text from catalog data ({ 'zh-CN', en }). */
export function useLocalized(): (text: Localized) => string {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (text) => text[locale];
}

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}
