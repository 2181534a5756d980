/**
 * Colour themes. Text contrast ≥ 4.5:1 and controls ≥ 3:1 (WCAG); "blackWhite" is pure black on white for
 * low vision (MIIT). Colour is never the only cue: states also change text, icons or borders.
 */
export type ContrastTheme = 'light' | 'dark' | 'blackWhite';
export const contrastThemes: readonly ContrastTheme[] = ['light', 'dark', 'blackWhite'];

export interface Palette {
  readonly background: string;
  readonly surface: string;
  readonly text: string;
  readonly textMuted: string;
  readonly primary: string;
  readonly onPrimary: string;
  readonly border: string;
  readonly focus: string;
  /**
   * The focus ring's inner band, between the element and the outer `focus` ring: the two together are visible
   * (≥ 3:1) on the page, on surfaces and on the primary-coloured header (global.css, keypad focus ring).
   */
  readonly focusInner: string;
  readonly danger: string;
  readonly success: string;
  readonly accent: string;
}

export const palettes: Record<ContrastTheme, Palette> = {
  light: {
    background: '#f3f6fa',
    surface: '#ffffff',
    text: '#14181f',
    textMuted: '#414b5a',
    primary: '#0b4f9c',
    onPrimary: '#ffffff',
    border: '#5b6675',
    focus: '#c25400',
    focusInner: '#ffffff',
    danger: '#b3261e',
    success: '#1c6b35',
    accent: '#b01e23',
  },
  dark: {
    background: '#0e1116',
    surface: '#1b2029',
    text: '#f2f4f7',
    textMuted: '#c4cad3',
    primary: '#8cc2ff',
    onPrimary: '#0a1a2e',
    border: '#a3adba',
    focus: '#ffb15c',
    focusInner: '#0e1116',
    danger: '#ff9a92',
    success: '#8fdc9f',
    accent: '#ff8d8f',
  },
  blackWhite: {
    background: '#ffffff',
    surface: '#ffffff',
    text: '#000000',
    textMuted: '#000000',
    primary: '#000000',
    onPrimary: '#ffffff',
    border: '#000000',
    focus: '#000000',
    focusInner: '#ffffff',
    danger: '#000000',
    success: '#000000',
    accent: '#000000',
  },
};
