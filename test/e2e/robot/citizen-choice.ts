import type { Catalog } from '../../../shared/catalog/index.js';
import { demoBusinesses } from '../../../server/platform/demo-data.js';
import { type DemoCitizen, findDemoCitizen } from '../../../shared/demo/demo-citizens.js';

/**
 * Which demo citizen does which item, so the embedded platform's demo data lets the item finish:
 * business items and the restaurant packages → the restaurant owner (王, who holds a business licence and a
 * food licence); pension certification and elderly items → the retired worker; veterans → the veteran;
 * marriage and birth → the newly married; unemployment and job items → the graduate; the flexible worker's
 * contribution → the sole proprietor; everything else → the employee (who has insurance, housing fund, a
 * home and a traffic fine to pay).
 */
const byCode: Readonly<Record<string, string>> = {
  'RS-003': 'li-xiuying',
  'RS-005': 'chen-siyu',
  'RS-006': 'chen-siyu',
  'WJ-002': 'li-xiuying',
  'MZ-003': 'li-xiuying',
  'TY-001': 'liu-zhiqiang',
  'TY-002': 'liu-zhiqiang',
  'WJ-001': 'zhao-li',
  'MZ-001': 'zhao-li',
  'SW-004': 'wang-jianguo',
  'WJ-003': 'wang-jianguo',
  'YJS-001': 'wang-jianguo',
  'YJS-002': 'wang-jianguo',
  'YJS-003': 'zhao-li',
  'YJS-004': 'liu-zhiqiang',
  'YJS-005': 'li-xiuying',
};

export function citizenKeyFor(catalog: Pick<Catalog, 'items' | 'packages'>, code: string): string {
  const fixed = byCode[code];
  if (fixed) return fixed;
  const audience =
    catalog.items.find((i) => i.code === code)?.audience ?? catalog.packages.find((p) => p.code === code)?.audience;
  return audience === 'business' ? 'wang-jianguo' : 'zhang-xiaoming';
}

export function citizenFor(catalog: Pick<Catalog, 'items' | 'packages'>, code: string): DemoCitizen {
  const citizen = findDemoCitizen(citizenKeyFor(catalog, code));
  if (!citizen) throw new Error(`no demo citizen for ${code}`);
  return citizen;
}

/** The unified social credit code of the citizen's business, when they have one (for fields that ask for it). */
export function creditCodeOf(citizen: DemoCitizen): string | undefined {
  return demoBusinesses.find((b) => b.ownerKey === citizen.key)?.creditCode;
}

/**
 * Answers to situation questions where the first option would not let the robot finish, or where another
 * option exercises more of the kiosk. Keyed by item or package code, then question id → option value.
 * Everything not listed gets the first option.
 */
export const answerOverrides: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // The restaurant owner already holds a licence: file the food shop with it (prefills the credit code).
  'SC-005': { businessKind: 'catering', hasLicense: 'yes' },
  'SC-006': { hasLicense: 'yes' },
  // A print item that asks for a count: exercise the number keypad.
  'SC-001': { copyKind: 'duplicate' },
  // Query by year: exercise the number keypad.
  'RS-002': { recordKind: 'contributions' },
  // Pay bills that exist: the employee's own traffic fine; a utility bill by account number.
  'GA-006': { lookup: 'mine' },
};
