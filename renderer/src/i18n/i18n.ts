import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/config/kiosk-config.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';
import { adminTexts } from '../admin/texts.js';

// The console's texts live beside its pages (renderer/src/admin) and join the one namespace under `admin`.
export const resources = {
  'zh-CN': { translation: { ...zhCN, admin: adminTexts['zh-CN'] } },
  en: { translation: { ...en, admin: adminTexts.en } },
} as const;

/** One i18next instance for the page; every session starts in the configured default language. */
export async function createI18n(defaultLocale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: defaultLocale,
    fallbackLng: false,
    supportedLngs: ['zh-CN', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
