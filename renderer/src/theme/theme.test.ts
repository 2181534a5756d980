import { describe, expect, it } from 'vitest';
import { themeVariables } from './apply-theme.js';
import { contrastThemes, palettes } from './contrast-themes.js';
import { pixelsPerMm, screenProfiles } from './screen-profiles.js';
import { bodyFontMm, CAP_HEIGHT_RATIO, textSizes, tokensMm } from './tokens.js';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('theme', () => {
  it('the reference panel has about 4 px per mm', () => {
    expect(pixelsPerMm(screenProfiles['portrait-21.5'])).toBeCloseTo(4.03, 2);
  });

  it.each(contrastThemes)('%s: text ≥ 4.5:1 and controls ≥ 3:1', (name) => {
    const p = palettes[name];
    for (const bg of [p.background, p.surface]) {
      expect(contrast(p.text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.textMuted, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.danger, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.border, bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.focus, bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.primary, bg)).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(p.onPrimary, p.primary)).toBeGreaterThanOrEqual(4.5);
  });

  it('pure black and white really is', () => {
    expect(contrast(palettes.blackWhite.text, palettes.blackWhite.background)).toBe(21);
  });

  it('the smallest text has capitals of at least 4.8 mm; the largest at least 6.1 mm', () => {
    expect(bodyFontMm.S * CAP_HEIGHT_RATIO).toBeGreaterThanOrEqual(4.8);
    expect(bodyFontMm.XL * 1.45 * CAP_HEIGHT_RATIO).toBeGreaterThanOrEqual(6.1); // headings at XL
    expect(textSizes.map((s) => bodyFontMm[s])).toEqual([...textSizes.map((s) => bodyFontMm[s])].sort((a, b) => a - b));
  });

  it.each(Object.entries(screenProfiles))(
    '%s: targets ≥ 12.7 mm (16 mm in 长辈模式), never under 24 px',
    (_name, profile) => {
      const perMm = pixelsPerMm(profile);
      const px = (v: string) => Number.parseFloat(v);
      const normal = themeVariables({ profile, textSize: 'S', contrast: 'light', senior: false });
      const senior = themeVariables({ profile, textSize: 'S', contrast: 'light', senior: true });
      expect(px(normal['--target'] ?? '')).toBeGreaterThanOrEqual(Math.max(24, tokensMm.touchTarget * perMm) - 0.1);
      expect(px(senior['--target'] ?? '')).toBeGreaterThanOrEqual(16 * perMm - 0.1);
      expect(px(normal['--gap'] ?? '')).toBeGreaterThanOrEqual(2.54 * perMm - 0.1);
      // 长辈模式 always uses the largest text size.
      expect(px(senior['--font-body'] ?? '')).toBeCloseTo(bodyFontMm.XL * perMm, 0);
      expect(Number(normal['--line-height'])).toBeGreaterThanOrEqual(1.3);
    },
  );
});
