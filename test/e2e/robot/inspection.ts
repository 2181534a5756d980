import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { screenshot } from '../support/kiosk-harness.js';

/** One axe finding, without any page content (selectors and rule names only). */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: number;
  readonly targets: readonly string[];
}

export interface LayoutProblem {
  readonly variant: string;
  readonly code: string;
  readonly screen: string;
  /** Pixels the screen body, the document or an open dialog would need to scroll (0 = fits). */
  readonly bodyOverflow: number;
  readonly documentOverflow: number;
  readonly dialogOverflow: number;
}

export interface ClippedText {
  readonly variant: string;
  readonly screen: string;
  /** Class names of the boxes whose content is wider or taller than the box. */
  readonly boxes: readonly string[];
}

/**
 * Looks at every screen the robot meets: once per kind of screen (per variant), a screenshot and an axe-core
 * run; on every page, whether anything would need scrolling. Nothing personal is kept — axe results are cut
 * to rule ids, impacts and selectors.
 */
export class Inspector {
  readonly axe = new Map<string, AxeFinding[]>();
  readonly layout: LayoutProblem[] = [];
  readonly clipped: ClippedText[] = [];
  readonly screenshots: string[] = [];
  /** Milliseconds spent on axe runs and on screenshots (the inspection's share of the run time). */
  readonly spentMs = { axe: 0, screenshots: 0 };
  private readonly seen = new Set<string>();

  constructor(
    private readonly options: {
      readonly axeVariants: readonly string[];
      readonly screenshotVariants: readonly string[];
    },
  ) {}

  /** Call when a page is ready for the citizen. `kind` names the distinct screen ("field-date", "dialog-scan"). */
  async visit(page: Page, variant: string, code: string, kind: string): Promise<void> {
    const fit = await page.evaluate(() => {
      const body = document.querySelector('.k-screen__body');
      const dialog = document.querySelector('dialog[open]');
      const root = document.documentElement;
      return {
        body: body ? body.scrollHeight - body.clientHeight : 0,
        document: Math.max(root.scrollHeight - window.innerHeight, root.scrollWidth - window.innerWidth),
        dialog: dialog
          ? Math.max(
              dialog.scrollHeight - dialog.clientHeight,
              ...[...dialog.querySelectorAll('.k-dialog__body')].map((b) => b.scrollHeight - b.clientHeight),
            )
          : 0,
      };
    });
    if (fit.body > 1 || fit.document > 1 || fit.dialog > 1) {
      this.layout.push({
        variant,
        code,
        screen: kind,
        bodyOverflow: Math.max(0, fit.body),
        documentOverflow: Math.max(0, fit.document),
        dialogOverflow: Math.max(0, fit.dialog),
      });
    }

    const key = `${variant}:${kind}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);

    const boxes = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.k-button, .k-choice, .k-tile, .k-keypad__key, .k-check-row, .k-material, dd, .k-svc-day',
        ),
      ]
        .filter(
          (e) =>
            e.offsetParent !== null &&
            (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) &&
            getComputedStyle(e).overflow !== 'visible',
        )
        .map((e) => [...e.classList].join('.') || e.tagName.toLowerCase())
        .slice(0, 10),
    );
    if (boxes.length > 0) this.clipped.push({ variant, screen: kind, boxes });

    if (this.options.screenshotVariants.includes(variant)) {
      const started = performance.now();
      this.screenshots.push(
        await screenshot(
          page,
          variant === this.options.screenshotVariants[0] ? `screen-${kind}` : `screen-${variant}-${kind}`,
        ),
      );
      this.spentMs.screenshots += performance.now() - started;
    }
    if (this.options.axeVariants.includes(variant)) {
      const started = performance.now();
      const violations = await axeViolations(page);
      this.spentMs.axe += performance.now() - started;
      this.axe.set(
        key,
        violations.map((v) => ({
          rule: v.id,
          impact: v.impact ?? 'unknown',
          help: v.help,
          nodes: v.nodes.length,
          targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
        })),
      );
    }
  }

  seriousViolations(): Array<{ screen: string; rule: string; impact: string; nodes: number }> {
    const out: Array<{ screen: string; rule: string; impact: string; nodes: number }> = [];
    for (const [screen, findings] of this.axe)
      for (const f of findings)
        if (f.impact === 'serious' || f.impact === 'critical')
          out.push({ screen, rule: f.rule, impact: f.impact, nodes: f.nodes });
    return out;
  }

  writeReport(path: string): void {
    mkdirSync(dirname(path), { recursive: true });
    const screens = [...this.axe.entries()].map(([screen, violations]) => ({ screen, violations }));
    const counts: Record<string, number> = {};
    for (const { violations } of screens) for (const v of violations) counts[v.impact] = (counts[v.impact] ?? 0) + 1;
    writeFileSync(
      path,
      `${JSON.stringify({ generatedAt: new Date().toISOString(), screensChecked: screens.length, counts, secondsSpent: { axe: Math.round(this.spentMs.axe / 1000), screenshots: Math.round(this.spentMs.screenshots / 1000) }, screens, layout: this.layout, clipped: this.clipped }, null, 2)}\n`,
    );
  }
}
