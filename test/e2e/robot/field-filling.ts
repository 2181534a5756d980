import type { FieldValue, FormField } from '../../../shared/catalog/index.js';
import { keysFor, type ValueContext, valueFor } from './field-values.js';
import { type CitizenHands, RobotStuck } from './page-actions.js';
import { planTyping } from './pinyin-typing.js';

/** Personal values the robot typed (other people's names and ID numbers, phones) — checked gone after the wipe. */
export type Typed = Set<string>;

interface FieldOnPage {
  readonly id: string;
  readonly type: string | undefined;
  readonly text: string | undefined;
  readonly checked: readonly string[];
}

async function readField(hands: CitizenHands): Promise<FieldOnPage> {
  return hands.page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('main [data-field-type]');
    const input = el instanceof HTMLInputElement ? el : undefined;
    return {
      id: el?.dataset.field ?? el?.id.replace(/^field-/, '') ?? '',
      type: el?.dataset.fieldType,
      text: input?.value,
      checked: [...document.querySelectorAll<HTMLElement>('main [aria-checked="true"]')].map(
        (e) => e.dataset.value ?? '',
      ),
    };
  });
}

/** Types on the on-screen keyboard (pinyin, letters, symbols), counting every press as a tap. */
export async function typeOnKeyboard(hands: CitizenHands, text: string): Promise<void> {
  const mode = ((await hands.page.locator('.k-keyboard').first().getAttribute('data-mode', { timeout: 5_000 })) ??
    'pinyin') as 'pinyin' | 'letters' | 'symbols';
  const plan = planTyping(text, mode);
  if (!plan) throw new RobotStuck('a value has characters the on-screen keyboard cannot type');
  for (const press of plan) {
    if (press.kind === 'key') await hands.touch(`.k-keyboard [data-skbtn="${press.key}"]`);
    else {
      for (let i = 0; i < press.pagesForward; i += 1)
        await hands.tap(hands.page.locator('.k-keyboard__candidate-pages button').nth(1));
      await hands.tap(`.k-keyboard [data-candidate="${press.char}"]`);
    }
  }
}

export async function typeOnKeypad(hands: CitizenHands, keys: string): Promise<void> {
  for (const key of keys) await hands.touch(`.k-keypad [data-key="${key}"]`);
}

/**
 * Fills the one field of a form page: leaves what the kiosk prefilled (from the ID card or platform records)
 * as a citizen would, else enters a valid value the way the field asks for it (choice rows, keypad, date
 * keypad, keyboard with pinyin). Returns the value entered, if any.
 */
export async function fillField(
  hands: CitizenHands,
  findField: (id: string) => FormField | undefined,
  ctx: ValueContext,
  typed: Typed,
): Promise<FieldValue | undefined> {
  const onPage = await readField(hands);
  const field = findField(onPage.id);
  if (!field) throw new RobotStuck(`a form page shows a field the catalog does not have (${onPage.id || 'none'})`);
  if (field.type === 'choice') {
    if (onPage.checked.length > 0) return undefined;
    const value = valueFor(field, ctx);
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) await hands.tap(`main [data-value="${v}"]`);
    return value;
  }
  const current = onPage.text ?? '';
  const filled = field.type === 'date' ? current !== '' && !current.includes('_') : current.trim() !== '';
  if (filled) return undefined;
  const value = valueFor(field, ctx);
  if (typeof value !== 'string')
    throw new RobotStuck(`no value the kiosk's keys can enter passes the rules of field ${field.id} (${field.type})`);
  if (field.type === 'name' || field.type === 'idNumber' || field.type === 'phone') typed.add(value);
  const keys = keysFor(field, value);
  if (await hands.page.locator('main .k-keyboard').count()) {
    await typeOnKeyboard(hands, keys);
    const shown = await hands.page.locator(`main [id="field-${field.id}"]`).inputValue();
    if (shown !== keys) throw new RobotStuck(`typing field ${field.id} on the keyboard gave a different text`);
  } else {
    await typeOnKeypad(hands, keys);
  }
  return value;
}
