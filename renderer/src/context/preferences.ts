import type { Locale } from '../../../shared/config/kiosk-config.js';
import type { VoiceRate } from '../../../shared/devices/voice-config.js';
import type { ContrastTheme } from '../theme/contrast-themes.js';
import type { TextSize } from '../theme/tokens.js';

/** What a citizen may change for their own session; all of it goes back to defaults when the session ends. */
export interface Preferences {
  readonly locale: Locale;
  readonly textSize: TextSize;
  readonly contrast: ContrastTheme;
  readonly senior: boolean;
  readonly voice: boolean;
  /** Speech volume, 0–1 (the keypad's - and = keys step it; renderer/src/keypad/keymap.ts). */
  readonly volume: number;
  /** Speech speed chosen by the citizen; undefined: the kiosk's configured speed (config.voice.rate). */
  readonly rate: VoiceRate | undefined;
  /** Private mode (the keypad's B key): the screen blanked, speech on the headphone output where there is one. */
  readonly privateMode: boolean;
}

/** The volume a session starts with. */
export const DEFAULT_SPEECH_VOLUME = 0.8;

export function defaultPreferences(locale: Locale): Preferences {
  return {
    locale,
    textSize: 'S',
    contrast: 'light',
    senior: false,
    voice: false,
    volume: DEFAULT_SPEECH_VOLUME,
    rate: undefined,
    privateMode: false,
  };
}
