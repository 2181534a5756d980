/**
 * The keypad's reading order over the page (ARCHITECTURE 'The UI'; keymap in keymap.ts): an open dialog's own
 * controls only; else the screen body's choices and buttons in document order, then the action bar's way
 * forward (继续), then 返回 and 首页, then the header (长辈模式, language). The keys of an on-screen number pad
 * or keyboard are one stop in that order (its first key); inside it the arrows move over the grid.
 */

const CONTROL = [
  'button:not([disabled])',
  'a[href]',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Grids whose keys are one stop in the linear order. */
export const GRID = '.k-keypad, .k-keyboard__keys';

function shown(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el.closest('[data-dev-dock], [inert], [aria-hidden="true"]')) return false;
  return el.checkVisibility();
}

/** The open modal dialog, if any (the browser makes the rest inert). */
export function openDialog(doc: Document = document): HTMLDialogElement | undefined {
  const open = [...doc.querySelectorAll<HTMLDialogElement>('dialog[open]')];
  return open.at(-1);
}

function controlsIn(scope: ParentNode): HTMLElement[] {
  return [...scope.querySelectorAll(CONTROL)].filter(shown);
}

/** Every control the keypad can reach, in its order, each grid reduced to its first key. */
export function orderedControls(doc: Document = document): HTMLElement[] {
  const dialog = openDialog(doc);
  let list: HTMLElement[];
  if (dialog) list = controlsIn(dialog);
  else {
    const main = doc.querySelector('main, [data-screen]');
    const body = main?.querySelector('.k-screen__body') ?? main;
    const ends = [...doc.querySelectorAll('.k-screen__actions-end')].flatMap(controlsIn);
    const starts = [...doc.querySelectorAll('.k-screen__actions-start')].flatMap(controlsIn);
    const header = [...doc.querySelectorAll('.k-header')].flatMap(controlsIn);
    // The attract screen is itself the button.
    const self = main instanceof HTMLButtonElement && shown(main) ? [main] : [];
    list = [...self, ...(body ? controlsIn(body) : []), ...ends, ...starts, ...header];
  }
  const seenGrids = new Set<Element>();
  return list.filter((el) => {
    const grid = el.closest(GRID);
    if (!grid) return true;
    if (seenGrids.has(grid)) return false;
    seenGrids.add(grid);
    return true;
  });
}

/** The control after (or before) the focused one, wrapping round; the first one when nothing is focused. */
export function neighbour(doc: Document, direction: 1 | -1): HTMLElement | undefined {
  const list = orderedControls(doc);
  if (list.length === 0) return undefined;
  const active = doc.activeElement;
  const grid = active?.closest(GRID);
  const at = list.findIndex(
    (el) => el === active || (grid !== null && grid !== undefined && el.closest(GRID) === grid),
  );
  if (at === -1) {
    // From the heading (or nothing): down goes to the first control, up to the last.
    return direction === 1 ? list[0] : list.at(-1);
  }
  return list[(at + direction + list.length) % list.length];
}

function centre(el: Element) {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top, height: r.height };
}

/**
 * Inside a grid of keys: left/right to the key beside (in document order), up/down to the nearest key of the
 * row above/below. Undefined when there is no key that way (up from the top row leaves the grid).
 */
export function gridNeighbour(active: HTMLElement, move: 'left' | 'right' | 'up' | 'down'): HTMLElement | undefined {
  const grid = active.closest(GRID);
  if (!grid) return undefined;
  const keys = [...grid.querySelectorAll('button')].filter(shown).filter((b) => !b.disabled);
  const at = keys.indexOf(active as HTMLButtonElement);
  if (at === -1) return keys[0];
  if (move === 'left') return keys[at - 1];
  if (move === 'right') return keys[at + 1];
  const here = centre(active);
  const rows = keys
    .map((k) => ({ k, c: centre(k) }))
    .filter(({ c }) => (move === 'down' ? c.top > here.top + here.height / 2 : c.top < here.top - here.height / 2));
  if (rows.length === 0) return undefined;
  const rowTop = move === 'down' ? Math.min(...rows.map(({ c }) => c.top)) : Math.max(...rows.map(({ c }) => c.top));
  const row = rows.filter(({ c }) => Math.abs(c.top - rowTop) < here.height / 2);
  row.sort((a, b) => Math.abs(a.c.x - here.x) - Math.abs(b.c.x - here.x));
  return row[0]?.k;
}

/** The spoken name of a control or of what a finger touched: its label, without icons. */
export function labelOf(el: Element): string {
  const html = el as HTMLElement;
  const aria = html.getAttribute('aria-label');
  if (aria) return aria.trim();
  const labelledBy = html.getAttribute('aria-labelledby');
  if (labelledBy && !(el instanceof HTMLInputElement)) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.innerText ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    // Never what is typed: the box's name only.
    const named = labelledBy ? el.ownerDocument.getElementById(labelledBy.split(/\s+/)[0] ?? '')?.innerText : '';
    return (named || el.placeholder || '').trim();
  }
  const label = html.querySelector('.k-choice__label, .k-button__label');
  const hint = html.querySelector('.k-choice__hint');
  const comma = el.ownerDocument.documentElement.lang.startsWith('zh') ? '，' : ', ';
  const text = label ? `${label.textContent ?? ''}${hint ? `${comma}${hint.textContent ?? ''}` : ''}` : html.innerText;
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
