import { describe, expect, it } from 'vitest';
import { contrastThemes, palettes } from '../theme/contrast-themes.js';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b2 ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('keypad focus ring (global.css: outer band --color-focus, inner band --color-focus-inner)', () => {
  it.each(contrastThemes)(
    '%s: the two bands are ≥ 3:1 against each other and one is against every background',
    (name) => {
      const p = palettes[name];
      expect(contrast(p.focus, p.focusInner)).toBeGreaterThanOrEqual(3);
      // The page, a surface (choice rows, buttons), the primary colour (primary buttons, the header), black (the
      // black/white header).
      const header = name === 'blackWhite' ? '#000000' : p.primary;
      for (const behind of [p.background, p.surface, p.primary, header])
        expect(Math.max(contrast(p.focus, behind), contrast(p.focusInner, behind)), behind).toBeGreaterThanOrEqual(3);
      // The outer band alone on the page and on a surface.
      expect(contrast(p.focus, p.background)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.focus, p.surface)).toBeGreaterThanOrEqual(3);
    },
  );
});
