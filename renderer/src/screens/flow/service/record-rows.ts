import { personalFieldTypes } from '../../../../../shared/catalog/record-choices.js';
import type { Answers, FieldValue, FormField, Situation } from '../../../../../shared/catalog/schema.js';
import type { LabelledValue, PersonalRecord, RecordChoices } from '../../../../../shared/platform/index.js';
import type { FlowController } from '../../../flows/flow-controller.js';

/**
 * What a print or query item sends with its lookup (参保证明 for which months, 企业信息 by which name): the answers
 * to the questions that apply and the values of the fields that apply and are not about a person, by id.
 */
export function recordChoices(
  resolution: { readonly questions: readonly Situation[]; readonly fields: readonly FormField[] },
  answers: Answers,
  values: Readonly<Record<string, FieldValue>>,
): RecordChoices {
  const chosen: Record<string, string> = {};
  for (const question of resolution.questions) {
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (answer !== undefined) chosen[question.id] = answer;
  }
  const typed: Record<string, string> = {};
  for (const field of resolution.fields) {
    if (personalFieldTypes.has(field.type) || !Object.hasOwn(values, field.id)) continue;
    const v = values[field.id];
    const value = Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v.trim() : '';
    if (value) typed[field.id] = value.slice(0, 100);
  }
  return { answers: chosen, values: typed };
}

/** The choices of a flow as its preview, print and result pages send them (values known without asking included). */
export function flowRecordChoices(flow: Pick<FlowController, 'resolution' | 'state' | 'known'>): RecordChoices {
  return recordChoices(flow.resolution, flow.state.answers, { ...flow.known, ...flow.state.values });
}

/** One entry of a record on the result page: a label and value, or one row of the record's table. */
export type RecordEntry =
  | { readonly kind: 'value'; readonly key: string; readonly label: string; readonly value: string }
  | { readonly kind: 'row'; readonly key: string; readonly title: string; readonly cells: readonly LabelledValue[] };

/** The holder's name is shown masked (passers-by can read a kiosk screen); the rest as the platform says. */
const hiddenLabels = new Set(['姓名', '身份证件号码']);

/** Picks the text to show from the platform's Chinese and optional English (see i18n/platform-text.ts). */
export type PickText = (zh: string, en?: string) => string;
const chineseOnly: PickText = (zh) => zh;

/**
 * A record as entries to page through: its summary rows first, then its table one row per entry, titled by the
 * row's first cell ("2025-06") with the other cells as label/value pairs under it. `pick` chooses the language of
 * each text (the Chinese unless told otherwise).
 */
export function recordEntries(
  record: Pick<PersonalRecord, 'summary' | 'table'>,
  pick: PickText = chineseOnly,
): RecordEntry[] {
  const entries: RecordEntry[] = record.summary
    .filter((row) => !hiddenLabels.has(row.label))
    .map((row, i) => ({
      kind: 'value' as const,
      key: `s${i}`,
      label: pick(row.label, row.labelEn),
      value: pick(row.value, row.valueEn),
    }));
  const table = record.table;
  if (table) {
    const column = (c: number) => pick(table.columns[c] ?? '', table.columnsEn?.[c]);
    table.rows.forEach((row, i) => {
      const rowEn = table.rowsEn?.[i];
      const cell = (c: number) => pick(row[c] ?? '', rowEn?.[c]);
      entries.push({
        kind: 'row',
        key: `t${i}`,
        title: `${column(0)} ${cell(0)}`.trim(),
        cells: row.slice(1).map((_, c) => ({ label: column(c + 1), value: cell(c + 1) })),
      });
    });
  }
  return entries;
}

/** How a table row's cells are laid out: side by side with the label over the value, or one per line beside it. */
export interface CellLayout {
  readonly columns: number;
  /** Height of one line of cells, in value rows. */
  readonly lineWeight: number;
}

/** Two cells side by side, each a label over a value. */
export const twoColumnCells: CellLayout = { columns: 2, lineWeight: 1.15 };
/** 长辈模式: one cell per line, label and value on the same line. */
export const inlineCells: CellLayout = { columns: 1, lineWeight: 0.6 };

/** How much room an entry takes, in value rows: a table row is its title plus its lines of cells. Pages are filled by this weight. */
export function entryWeight(entry: RecordEntry, layout: CellLayout = twoColumnCells): number {
  return entry.kind === 'value' ? 1 : 1 + Math.ceil(entry.cells.length / layout.columns) * layout.lineWeight;
}

/** Splits entries into pages of at most `budget` weight (always at least one entry per page). */
export function pageEntries(
  entries: readonly RecordEntry[],
  budget: number,
  layout: CellLayout = twoColumnCells,
): RecordEntry[][] {
  const pages: RecordEntry[][] = [];
  let current: RecordEntry[] = [];
  let used = 0;
  for (const entry of entries) {
    const w = entryWeight(entry, layout);
    if (current.length > 0 && used + w > budget) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(entry);
    used += w;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}
