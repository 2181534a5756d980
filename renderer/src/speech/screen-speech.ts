/**
 * What a screen says when it appears and on the repeat key (issue 14): the heading, where the citizen is, what
 * to do, errors, the choices numbered ("第一项……", "Option 1 …"), the buttons, and how to act by touch and by
 * keypad. Built from the screen's structure (renderer/src/keypad/use-screen-speech.ts reads the heading, the
 * ScreenLayout action bar, choice rows, hints, statuses and errors from the page), so every screen has a text
 * without one written per screen; a screen adds its own words through ScreenLayout's `spoken`.
 *
 * The text is also published on the screen as `data-spoken` (tests read it), so it must hold no personal data:
 * typed values are never read from the page, and sanitizeSpoken() removes masked names, ID numbers and phone
 * numbers that a status line might carry.
 */

/** The `spoken` section of a locale (renderer/src/i18n/locales). */
export interface SpokenTexts {
  readonly step: string;
  readonly errors: string;
  readonly choicesIntro: string;
  readonly choice: string;
  readonly selected: string;
  readonly unavailable: string;
  readonly actions: string;
  readonly listSeparator: string;
  readonly howTouch: string;
  readonly howKeys: string;
  readonly typeDigits: string;
  readonly typeKeyboard: string;
  readonly hidden: string;
}

export interface SpokenChoice {
  readonly label: string;
  readonly selected?: boolean;
  readonly disabled?: boolean;
}

/** A screen as the citizen meets it, in reading order. */
export interface ScreenSpeechParts {
  readonly heading: string;
  /** The item being done and "第 2 步，共 5 步" (as the caption shows it). */
  readonly caption?: string;
  /** What the screen itself adds (ScreenLayout's `spoken`): said right after the heading. */
  readonly extra?: readonly string[];
  /** Hints, statuses, device prompts and results shown in the body. */
  readonly instructions: readonly string[];
  readonly errors: readonly string[];
  /** The body's choices and buttons, in the keypad's order. */
  readonly choices: readonly SpokenChoice[];
  /** The action bar's buttons: the way forward first, then 返回 and 首页. */
  readonly actions: readonly string[];
  /** The page takes typed input: on a number pad, or on the on-screen keyboard. */
  readonly input?: 'digits' | 'keyboard';
}

/** Fills {{name}} placeholders (i18next's syntax, so the same strings serve both). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五, 100 and more in Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The number said before the n-th choice: 第一项 / Option 1 (the template carries the words). */
export function ordinal(n: number, locale: string): string {
  return locale.startsWith('zh') ? chineseNumeral(n) : String(n);
}

/**
 * Removes what must never be said into the page's attribute or out loud by accident: masked names (张*明,
 * 王**), 15/18-character ID numbers (masked or not) and 11-digit mobile numbers (masked or not).
 */
export function sanitizeSpoken(text: string, hidden: string): string {
  return (
    text
      // ID numbers: 15 or 18 characters of digits (an X last), masked with * or not.
      .replace(/(?<![0-9A-Za-z*])(?=[0-9*]*[0-9])(?:[0-9*]{17}[0-9Xx*]|[0-9*]{15})(?![0-9A-Za-z*])/g, hidden)
      // Mobile numbers: 11 digits from 1, masked or not (139****5678).
      .replace(/(?<![0-9*])1[0-9][0-9*]{9}(?![0-9*])/g, hidden)
      // Masked names: 张*明, 王**, J*** S***.
      .replace(/[\p{Script=Han}A-Za-z]\*+(?:[\p{Script=Han}A-Za-z]|\s[A-Za-z]\*+)?/gu, hidden)
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function sentence(text: string, locale: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  if (/[。！？.!?…:：]$/.test(trimmed)) return trimmed;
  return `${trimmed}${locale.startsWith('zh') ? '。' : '.'}`;
}

function unique(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  return lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => {
      if (!l || seen.has(l)) return false;
      seen.add(l);
      return true;
    });
}

/** The whole text a screen says, from its parts. */
export function buildScreenSpeech(parts: ScreenSpeechParts, texts: SpokenTexts, locale: string): string {
  const say: string[] = [];
  say.push(sentence(parts.heading, locale));
  if (parts.caption) say.push(sentence(parts.caption, locale));
  for (const line of unique(parts.extra ?? [])) say.push(sentence(line, locale));
  const errors = unique(parts.errors);
  if (errors.length > 0) say.push(sentence(fill(texts.errors, { errors: errors.join(texts.listSeparator) }), locale));
  const heard = new Set([parts.heading, parts.caption, ...(parts.extra ?? []), ...errors].map((s) => s?.trim()));
  for (const line of unique(parts.instructions)) if (!heard.has(line)) say.push(sentence(line, locale));
  if (parts.input === 'digits') say.push(texts.typeDigits);
  if (parts.input === 'keyboard') say.push(texts.typeKeyboard);
  const choices = parts.choices.filter((c) => c.label.trim());
  if (choices.length > 0) {
    say.push(fill(texts.choicesIntro, { count: choices.length }));
    choices.forEach((choice, i) => {
      const state = [choice.selected ? texts.selected : '', choice.disabled ? texts.unavailable : '']
        .filter(Boolean)
        .join(texts.listSeparator);
      say.push(
        fill(texts.choice, {
          n: ordinal(i + 1, locale),
          label: state ? `${choice.label.trim()}${texts.listSeparator}${state}` : choice.label.trim(),
        }),
      );
    });
  }
  const actions = unique(parts.actions);
  if (actions.length > 0) say.push(fill(texts.actions, { actions: actions.join(texts.listSeparator) }));
  say.push(texts.howTouch, texts.howKeys);
  const joined = say.filter(Boolean).join(locale.startsWith('zh') ? '' : ' ');
  return sanitizeSpoken(joined, texts.hidden);
}

/**
 * What a key press on a number pad or the on-screen keyboard says: the digit or letter itself, or for a secret
 * (a PIN, a query code) only how many characters are in, never which.
 */
export function typedEcho(
  press: { readonly key: string; readonly secret: boolean; readonly length: number },
  texts: { readonly typedSecret: string; readonly deleted: string; readonly cleared: string; readonly space: string },
): string {
  if (press.key === 'backspace' || press.key === '{bksp}') return texts.deleted;
  if (press.key === 'clear' || press.key === '{clear}') return texts.cleared;
  if (press.secret) return fill(texts.typedSecret, { n: press.length });
  if (press.key === '{space}' || press.key === ' ') return texts.space;
  return press.key;
}
