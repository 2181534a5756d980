import type { Page } from 'playwright-core';
import { axeViolations } from './axe.js';
import { expect } from 'vitest';

/** The page does not scroll and no screen body is taller than its box. */
export async function expectPageFits(page: Page, what: string) {
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
    `${what}: page scrolls`,
  ).toBe(true);
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('.k-screen__body')].every((b) => b.scrollHeight <= b.clientHeight + 1),
    ),
    `${what}: body overflows`,
  ).toBe(true);
}

/**
 * Boxes in the screen body wider than their room that do not scroll sideways; with `cut`, also boxes that hide
 * their overflow and cut text off at the bottom (cards, rows, choices); with `skipTextareas`, text areas aside.
 */
function overflowingBoxes(page: Page, options: { readonly cut: boolean; readonly skipTextareas: boolean }) {
  return page.evaluate(({ cut, skipTextareas }) => {
    const shown = [...document.querySelectorAll('.k-screen__body, .k-screen__body *')].filter(
      (e): e is HTMLElement =>
        e instanceof HTMLElement && e.checkVisibility() && !(skipTextareas && e.tagName === 'TEXTAREA'),
    );
    return shown
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
      .map((e) => e.className || e.tagName)
      .concat(
        shown
          .filter((e) => cut && getComputedStyle(e).overflowY === 'hidden' && e.scrollHeight > e.clientHeight + 1)
          .map((e) => `${e.className || e.tagName} (cut)`),
      );
  }, options);
}

/**
 * Nothing overflows: the page does not scroll, no screen body is taller than its box, no box inside it has more
 * content than room (a paged list whose page is too full spills over its pager), and nothing sticks out of the body.
 */
export async function expectNoScrolling(page: Page, what: string) {
  await expectPageFits(page, what);
  const spilling = await page.evaluate(() => {
    const body = document.querySelector('.k-screen__body');
    if (!body) return [];
    const box = body.getBoundingClientRect();
    return [...body.querySelectorAll<HTMLElement>('*')]
      .filter((e) => e.checkVisibility() && !(e instanceof SVGElement) && getComputedStyle(e).display !== 'inline')
      .filter((e) => {
        const r = e.getBoundingClientRect();
        const outside = r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.left < box.left - 1;
        // Boxes of boxes only: a line of large text may draw a few pixels past its own line box, harmlessly.
        const tooFull = e.childElementCount > 0 && e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 2;
        return outside || tooFull;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 60));
  });
  expect(spilling, `${what}: content spills out of its box`).toEqual([]);
  expect(await overflowingBoxes(page, { cut: false, skipTextareas: false }), `${what}: overflowing boxes`).toEqual([]);
}

/**
 * As expectPageFits, and no box in the screen body is wider than its room or cuts its text off at the bottom
 * (text areas, which wrap and scroll on their own, aside).
 */
export async function expectNothingCutOff(page: Page, what: string) {
  await expectPageFits(page, what);
  expect(await overflowingBoxes(page, { cut: true, skipTextareas: true }), `${what}: overflowing boxes`).toEqual([]);
}

/** Every visible button is at least 12.7 mm (51 px on the reference panel) in both directions. */
export async function expectBigTargets(page: Page, what: string) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => b.checkVisibility() && !b.closest('.k-keyboard') && !b.closest('[data-dev-dock]'))
      .map((b) => ({
        text: (b.textContent ?? '').trim().slice(0, 20),
        w: b.getBoundingClientRect().width,
        h: b.getBoundingClientRect().height,
      }))
      .filter((b) => b.w < 51 || b.h < 51),
  );
  expect(small, `${what}: small targets`).toEqual([]);
}

/** No two visible buttons overlap (a crowded action bar or grid would). */
export async function expectNoOverlap(page: Page, what: string) {
  const overlaps = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll('button')]
      .filter((b) => b.checkVisibility() && !b.closest('[data-dev-dock]'))
      .map((b) => ({ text: (b.textContent ?? '').trim().slice(0, 12), r: b.getBoundingClientRect() }));
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (
          a.r.left < b.r.right - 1 &&
          b.r.left < a.r.right - 1 &&
          a.r.top < b.r.bottom - 1 &&
          b.r.top < a.r.bottom - 1
        )
          out.push(`${a.text} × ${b.text}`);
      }),
    );
    return out;
  });
  expect(overlaps, `${what}: overlapping buttons`).toEqual([]);
}

/** axe-core (WCAG 2.2 AA rules): no serious or critical violation; findings name rules and selectors only. */
export async function expectAccessible(page: Page, what: string) {
  const serious = (await axeViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  expect(serious, `${what}: axe`).toEqual([]);
}
