import { type ContrastTheme, palettes } from './contrast-themes.js';
import { pixelsPerMm, type ScreenProfile } from './screen-profiles.js';
import { bodyFontMm, lineHeight, MIN_TARGET_CSS_PX, type TextSize, tokensMm } from './tokens.js';

export interface ThemeSettings {
  readonly profile: ScreenProfile;
  readonly textSize: TextSize;
  readonly contrast: ContrastTheme;
  readonly senior: boolean;
}

/** CSS custom properties for a theme: every length in px for this panel, every colour from the palette. */
export function themeVariables(settings: ThemeSettings): Record<string, string> {
  const perMm = pixelsPerMm(settings.profile);
  const px = (mm: number) => `${Math.round(mm * perMm * 10) / 10}px`;
  const textSize = settings.senior ? 'XL' : settings.textSize;
  const body = bodyFontMm[textSize];
  const target = Math.max(
    settings.senior ? tokensMm.touchTargetSenior : tokensMm.touchTarget,
    MIN_TARGET_CSS_PX / perMm,
  );
  const palette = palettes[settings.contrast];
  return {
    '--font-body': px(body),
    '--font-small': px(Math.max(bodyFontMm.S, body * 0.85)),
    '--font-heading': px(body * 1.45),
    '--font-title': px(body * 1.9),
    '--line-height': String(lineHeight),
    '--target': px(target),
    '--gap': px(tokensMm.gap),
    '--gap-large': px(tokensMm.gapLarge),
    '--radius': px(tokensMm.radius),
    '--focus-ring': px(tokensMm.focusRing),
    '--page-padding': px(tokensMm.pagePadding),
    '--header-height': px(tokensMm.headerHeight),
    '--color-background': palette.background,
    '--color-surface': palette.surface,
    '--color-text': palette.text,
    '--color-text-muted': palette.textMuted,
    '--color-primary': palette.primary,
    '--color-on-primary': palette.onPrimary,
    '--color-border': palette.border,
    '--color-focus': palette.focus,
    '--color-focus-inner': palette.focusInner,
    '--color-danger': palette.danger,
    '--color-success': palette.success,
    '--color-accent': palette.accent,
  };
}

export function applyTheme(root: HTMLElement, settings: ThemeSettings): void {
  for (const [name, value] of Object.entries(themeVariables(settings))) root.style.setProperty(name, value);
  root.dataset.contrast = settings.contrast;
  root.dataset.senior = String(settings.senior);
}
