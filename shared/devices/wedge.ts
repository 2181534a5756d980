/**
 * Keyboard-wedge (HID keyboard) scanners type their code into the focused page, much faster than a person
 * and ending with Enter. This pure decoder tells such a burst from typing: every gap between keystrokes at
 * most `maxKeyGapMs`, at least `minLength` characters, then Enter. The renderer feeds it key events and hands
 * complete codes to main (`devices.scanner.wedgeScan`); a kiosk has no physical keyboard, so a slow burst is
 * the on-screen keyboard or a technician and is left alone.
 */
export interface WedgeOptions {
  readonly maxKeyGapMs: number;
  readonly minLength: number;
  readonly maxLength?: number;
}

export type WedgeVerdict =
  /** Not (yet) part of a scan: let the key through. */
  | { readonly kind: 'pass' }
  /** Part of a burst that looks like a scan: the page should not see this key. */
  | { readonly kind: 'swallow' }
  /** Enter that completed a scan. */
  | { readonly kind: 'scan'; readonly code: string };

export class WedgeDecoder {
  private buffer = '';
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: WedgeOptions) {}

  /** `key` is KeyboardEvent.key; `at` a millisecond clock (event.timeStamp). */
  feed(key: string, at: number): WedgeVerdict {
    const gap = at - this.lastAt;
    this.lastAt = at;
    if (gap > this.options.maxKeyGapMs) this.buffer = '';
    if (key === 'Enter') {
      const code = this.buffer;
      this.buffer = '';
      if (code.length >= this.options.minLength && gap <= this.options.maxKeyGapMs) return { kind: 'scan', code };
      return { kind: 'pass' };
    }
    if (key.length !== 1) return { kind: 'pass' }; // Shift, arrows …: scanners send Shift around capitals
    if (this.buffer.length >= (this.options.maxLength ?? 4096)) this.buffer = '';
    this.buffer += key;
    // The first keys of a burst reach the page (they could be a person); once it is clearly a scanner, swallow.
    return this.buffer.length >= 3 ? { kind: 'swallow' } : { kind: 'pass' };
  }

  reset(): void {
    this.buffer = '';
    this.lastAt = Number.NEGATIVE_INFINITY;
  }
}
