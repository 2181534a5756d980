import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { buildScreenSpeech, type ScreenSpeechParts, type SpokenTexts } from '../speech/screen-speech.js';
import { useSpeech } from '../speech/speech.js';
import { GRID, labelOf } from './focus-order.js';

/** What is never read off the page into the spoken text: typed values, names, data rows, the keys themselves. */
const PRIVATE =
  '[data-private], [data-masked-name], dl, table, input, textarea, .k-keyboard, .k-keypad, [aria-hidden="true"], .k-visually-hidden, [data-dev-dock]';
/** Lines of the body that tell the citizen something: paragraphs, section headings, statuses, page counts. */
const LINES = 'p, h3, [role="status"], [role="alert"], [role="timer"], .k-pager__status, .k-notice__title';
/** Where the screen tells of a change the citizen must hear at once (device prompts, print results). */
const LIVE = '[role="status"], [role="alert"], [data-print-status]';
const MAX_LINES = 10;
const MAX_LINE = 300;

function visibleText(el: Element): string {
  return ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function usable(el: Element): el is HTMLElement {
  return el instanceof HTMLElement && el.checkVisibility() && !el.closest(PRIVATE);
}

/** Reads a screen's structure (never a typed value) for buildScreenSpeech(). */
export function readScreen(root: HTMLElement, extra: readonly string[]): ScreenSpeechParts & { live: string[] } {
  const doc = root.ownerDocument;
  const heading = root.querySelector('#k-screen-title, [data-screen-heading], h1, h2');
  const body = root.querySelector('.k-screen__body') ?? root;
  const caption = root.querySelector('.k-screen__caption');
  const errorEls = [...body.querySelectorAll('.k-error-summary li, .k-field-error')].filter(usable);
  const errors = errorEls.map(visibleText);
  const instructions = [...body.querySelectorAll(LINES)]
    .filter(usable)
    .filter((el) => !el.closest('button, .k-error-summary, .k-field-error') && !el.classList.contains('k-field-error'))
    // A status box holding paragraphs is read through them.
    .filter((el) => !(el.matches('[role="status"], [role="alert"]') && el.querySelector('p')))
    .map(visibleText)
    .filter((line) => line.length > 0)
    .map((line) => line.slice(0, MAX_LINE))
    .slice(0, MAX_LINES);
  const controls = [...body.querySelectorAll<HTMLElement>('button, a[href], [role="radio"], [role="checkbox"]')]
    .filter(usable)
    .filter((el) => !el.closest(`${GRID}, .k-keyboard, .k-error-summary, .k-pager__controls`))
    .filter((el, i, all) => all.indexOf(el) === i);
  const choices = controls.map((el) => ({
    label: labelOf(el),
    selected: el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true',
    disabled: el instanceof HTMLButtonElement && el.disabled,
  }));
  // The attract screen is one big button: its label is what it says.
  if (root instanceof HTMLButtonElement) choices.unshift({ label: labelOf(root), selected: false, disabled: false });
  const actionButtons = [
    ...doc.querySelectorAll('.k-screen__actions-end button'),
    ...doc.querySelectorAll('.k-screen__actions-start button'),
  ].filter((el) => usable(el) && root.contains(el) && !(el as HTMLButtonElement).disabled);
  const live = [...body.querySelectorAll(LIVE)].filter(usable).map(visibleText).filter(Boolean);
  return {
    heading: heading ? visibleText(heading) : '',
    ...(caption ? { caption: visibleText(caption) } : {}),
    extra,
    instructions,
    errors,
    choices,
    actions: actionButtons.map(labelOf),
    ...(body.querySelector('.k-keypad')
      ? { input: 'digits' as const }
      : body.querySelector('.k-keyboard')
        ? { input: 'keyboard' as const }
        : {}),
    live,
  };
}

/**
 * Gives a screen its spoken text: on every page change (a new screen or a new heading) focus moves to the
 * heading and the text is said; the text is kept on the screen's root as `data-spoken` (the repeat key and the
 * tests read it) and follows the page as it changes; errors and new status lines (a device prompt, a print
 * result) are said when they appear.
 */
export function useScreenSpeech(
  ref: RefObject<HTMLElement | null>,
  options: { readonly pageKey: string; readonly spoken?: string | readonly string[]; readonly focusHeading?: boolean },
): void {
  const speech = useSpeech();
  const { t, i18n } = useTranslation();
  const latest = useRef({ speech, t, spoken: options.spoken });
  useEffect(() => {
    latest.current = { speech, t, spoken: options.spoken };
  });
  const locale = i18n.language;
  const focusHeading = options.focusHeading !== false;

  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const doc = root.ownerDocument;
    // A new page: the keypad (and a screen reader) starts at its heading, unless a dialog holds the focus.
    if (focusHeading && !doc.querySelector('dialog[open]'))
      root.querySelector<HTMLElement>('#k-screen-title, [data-screen-heading]')?.focus({ preventScroll: true });
    const compose = () => {
      const { t: translate, spoken } = latest.current;
      const extra = spoken === undefined ? [] : typeof spoken === 'string' ? [spoken] : [...spoken];
      const parts = readScreen(root, extra);
      const texts = translate('spoken', { returnObjects: true }) as unknown as SpokenTexts;
      const text = buildScreenSpeech(parts, texts, locale);
      root.dataset.spoken = text;
      return { parts, text };
    };
    let errorsSaid = '';
    let liveSaid = new Set<string>();
    // After every effect of this commit: a screen that speaks its own prompt as it appears is then replaced by
    // the whole text (which carries the screen's `spoken` words), not cut into.
    const first = window.setTimeout(() => {
      const { parts, text } = compose();
      errorsSaid = parts.errors.join('|');
      liveSaid = new Set(parts.live);
      latest.current.speech.speak(text, { interrupt: true });
    }, 0);
    let pending: number | undefined;
    const observer = new MutationObserver(() => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => {
        const { parts } = compose();
        const errors = parts.errors.join('|');
        if (errors && errors !== errorsSaid) latest.current.speech.speak(parts.errors.join('。'), { interrupt: true });
        errorsSaid = errors;
        const fresh = parts.live.filter((line) => !liveSaid.has(line));
        if (fresh.length > 0) latest.current.speech.speak(fresh.join(' '), { interrupt: false });
        liveSaid = new Set(parts.live);
      }, 150);
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-checked', 'aria-pressed', 'disabled', 'data-print-status', 'data-reader-status'],
    });
    return () => {
      window.clearTimeout(first);
      window.clearTimeout(pending);
      observer.disconnect();
    };
  }, [ref, options.pageKey, locale, focusHeading]);
}
