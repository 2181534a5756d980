import { type CatalogLookup, type RecordChoices, recordPeriod } from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';

/**
 * The kiosk's own check of the choices a print or query item sends (before anything goes to the platform or
 * the printer): the item exists and reads this record, the answers and values fit its questions and fields,
 * and the period they make is a real one (not ending before it starts, not in the future).
 */
export function checkRecordRequest(
  catalog: CatalogLookup,
  itemCode: string,
  record: string | undefined,
  choices: RecordChoices,
  nowMs: number,
): Result<void, 'invalidChoices' | 'unknownItem'> {
  const item = catalog.item(itemCode);
  if (!item) return err('unknownItem', `There is no item with the code ${itemCode} in the catalog.`);
  if (item.flow !== 'print' && item.flow !== 'query')
    return err('invalidChoices', `The item ${itemCode} does not print or look up a record.`);
  if (record !== undefined && item.platformRecord !== record)
    return err('invalidChoices', `The item ${itemCode} does not read the record ${record}.`);
  const checked = catalog.checkChoices?.(itemCode, choices, nowMs);
  if (checked && !checked.ok) return checked;
  const period = recordPeriod(choices, nowMs);
  return period.ok ? ok(undefined) : period;
}
