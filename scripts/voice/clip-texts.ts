import { en } from '../../renderer/src/i18n/locales/en.js';
import { zhCN } from '../../renderer/src/i18n/locales/zh-CN.js';
import { defaultCatalog } from '../../shared/catalog/default-catalog.js';
import type { CatalogShape } from '../../shared/catalog/schema.js';
import type { VoiceLocale } from '../../shared/devices/voice-config.js';
import type { ClipText } from '../../electron/devices/voice/clip-pack.js';
import { splitForSpeech } from '../../renderer/src/speech/speech-player.js';

/**
 * Every fixed text the kiosk may speak, for the clip pack: each leaf string of the UI's two locale files that
 * has no {{interpolation}} (those carry a name, a number or a date and are spoken live) and is more than
 * punctuation, and the name of
 * every item and package of the bundled catalog in both languages.
 */
export function uiTexts(messages: unknown, locale: VoiceLocale, prefix = 'ui'): ClipText[] {
  const out: ClipText[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const text = value.trim();
      // Punctuation alone ("：", ", ") is a separator, not something to say.
      // The English voice cannot say Chinese: the English locale's Chinese-only texts (the attract screen's
      // bilingual call to touch) are shown, not spoken, in English.
      const unsayable = locale === 'en' && !/[A-Za-z0-9]/.test(text);
      if (/[\p{L}\p{N}]/u.test(text) && !text.includes('{{') && !unsayable) out.push({ key: path, locale, text });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, path === prefix ? `${prefix}:${k}` : `${path}.${k}`);
  };
  walk(messages, prefix);
  return out;
}

export function catalogTexts(catalog: Pick<CatalogShape, 'items' | 'packages'>): ClipText[] {
  const out: ClipText[] = [];
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const item of catalog.items) out.push({ key: `item:${item.code}.name`, locale, text: item.name[locale] });
    for (const pkg of catalog.packages) out.push({ key: `package:${pkg.code}.name`, locale, text: pkg.name[locale] });
  }
  return out;
}

/**
 * A text as the kiosk speaks it: in the pieces of splitForSpeech (the first sentence alone), each its own clip
 * (`key#2` for the second piece), so every piece of a fixed text is played from the pack.
 */
function asSpoken(text: ClipText): ClipText[] {
  const pieces = splitForSpeech(text.text);
  return pieces.length <= 1
    ? [text]
    : pieces.map((piece, i) => ({ ...text, key: `${text.key}#${i + 1}`, text: piece }));
}

/** The pack's texts in a stable order: UI (zh-CN, en), then the catalog; each in its spoken pieces. */
export function fixedTexts(): ClipText[] {
  return [...uiTexts(zhCN, 'zh-CN'), ...uiTexts(en, 'en'), ...catalogTexts(defaultCatalog)].flatMap(asSpoken);
}
