import type { Locale } from '../../../shared/config/kiosk-config.js';
import type { ContrastTheme } from '../theme/contrast-themes.js';
import type { TextSize } from '../theme/tokens.js';

/** What a citizen may change for their own session; all of it goes back to defaults when the session ends. */
export interface Preferences {
  readonly locale: Locale;
  readonly textSize: TextSize;
  readonly contrast: ContrastTheme;
  readonly senior: boolean;
  readonly voice: boolean;
}

export function defaultPreferences(locale: Locale): Preferences {
  return { locale, textSize: 'S', contrast: 'light', senior: false, voice: false };
}
