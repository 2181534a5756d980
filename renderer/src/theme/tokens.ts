/**
 * Design tokens in millimetres, from the accessibility rules in ARCHITECTURE.md ('The UI'), converted to pixels per screen.
 *
 * - Touch targets ≥ 12.7 mm with gaps ≥ 2.54 mm (VVSG); 长辈模式 uses ≥ 16 mm (MIIT: ≥ 60 dp).
 * - Capital height ≥ 4.8 mm for the smallest text (Section 508 402.4). Noto Sans' Latin capitals are 0.733 em
 *   tall, so the smallest font size is 4.8 / 0.733 ≈ 6.6 mm. Four sizes S/M/L/XL; XL's capitals are well over
 *   the 6.1 mm that 0.7° subtends at 500 mm (EN 301 549 5.1.4).
 * - Line spacing ≥ 1.3 (MIIT).
 */
export const CAP_HEIGHT_RATIO = 0.733;

export type TextSize = 'S' | 'M' | 'L' | 'XL';
export const textSizes: readonly TextSize[] = ['S', 'M', 'L', 'XL'];

/** Body font size per text size setting, in mm. */
export const bodyFontMm: Record<TextSize, number> = { S: 6.6, M: 7.6, L: 8.8, XL: 10.4 };

export const tokensMm = {
  touchTarget: 12.7,
  touchTargetSenior: 16,
  gap: 2.54,
  gapLarge: 5,
  radius: 2.5,
  focusRing: 1.2,
  pagePadding: 8,
  headerHeight: 22,
} as const;

export const lineHeight = 1.4;

/** Smallest CSS pixel size any target may have whatever the panel (WCAG 2.5.8). */
export const MIN_TARGET_CSS_PX = 24;
