import type { FieldValue, FormField } from '../../../../shared/catalog/schema.js';
import type { LabelledValue, PersonalRecord } from '../../../../shared/platform/index.js';

const personalTypes = new Set<FormField['type']>(['name', 'idNumber', 'phone', 'address']);

/**
 * What a lookup without identification sends (企业信息, 发票查验): the answers and the form values that are not
 * about a person, by id.
 */
export function recordChoices(
  fields: readonly FormField[],
  answers: Readonly<Record<string, string>>,
  values: Readonly<Record<string, FieldValue>>,
): Array<{ id: string; value: string }> {
  const choices = Object.entries(answers).map(([id, value]) => ({ id, value }));
  for (const field of fields) {
    if (personalTypes.has(field.type)) continue;
    const v = values[field.id];
    const value = Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v.trim() : '';
    if (value) choices.push({ id: field.id, value: value.slice(0, 100) });
  }
  return choices.slice(0, 20);
}

/** One entry of a record on the result page: a label and value, or one row of the record's table. */
export type RecordEntry =
  | { readonly kind: 'value'; readonly key: string; readonly label: string; readonly value: string }
  | { readonly kind: 'row'; readonly key: string; readonly title: string; readonly cells: readonly LabelledValue[] };

/** The holder's name is shown masked (passers-by can read a kiosk screen); the rest as the platform says. */
const hiddenLabels = new Set(['姓名', '身份证件号码']);

/**
 * A record as entries to page through: its summary rows first, then its table one row per entry, titled by the
 * row's first cell ("2025-06") with the other cells as label/value pairs under it.
 */
export function recordEntries(record: Pick<PersonalRecord, 'summary' | 'table'>): RecordEntry[] {
  const entries: RecordEntry[] = record.summary
    .filter((row) => !hiddenLabels.has(row.label))
    .map((row, i) => ({ kind: 'value' as const, key: `s${i}`, label: row.label, value: row.value }));
  const table = record.table;
  if (table) {
    table.rows.forEach((row, i) => {
      const [first, ...rest] = row;
      entries.push({
        kind: 'row',
        key: `t${i}`,
        title: `${table.columns[0] ?? ''} ${first ?? ''}`.trim(),
        cells: rest.map((value, c) => ({ label: table.columns[c + 1] ?? '', value })),
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
export function pageEntries(entries: readonly RecordEntry[], budget: number, layout: CellLayout = twoColumnCells): RecordEntry[][] {
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
