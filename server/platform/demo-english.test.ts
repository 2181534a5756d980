import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/default-catalog.js';
import { demoCitizens } from '../../shared/demo/demo-citizens.js';
import { personalRecordSchema } from '../../shared/platform/index.js';
import { demoBill } from './demo-bills.js';
import { demoRecord } from './demo-data.js';

const han = /[\u3400-\u9fff]/;
const NOW = Date.parse('2026-11-21T08:00:00+08:00');

/** The embedded platform sends English beside the Chinese for its demo data, so an English reader can read it. */
describe('demo data in English', () => {
  const recordNames = [
    ...new Set(defaultCatalog.items.flatMap((i) => (i.platformRecord ? [i.platformRecord] : []))),
  ].filter((r) => r !== 'marketEntity.publicInfo' && r !== 'tax.invoiceVerification');

  it('every record of every demo citizen has its title, department and labels in English too', () => {
    for (const citizen of demoCitizens) {
      for (const name of recordNames) {
        const record = personalRecordSchema.parse(demoRecord(citizen.idNumber, name, NOW));
        const where = `${name} of demo citizen ${citizen.key}`;
        expect(record.titleEn, where).toBeTruthy();
        expect(record.departmentEn, where).toBeTruthy();
        for (const row of record.summary) {
          expect(row.labelEn, `${where}: a label`).toBeTruthy();
          expect(han.test(row.labelEn ?? ''), `${where}: an English label`).toBe(false);
        }
        if (record.table) expect(record.table.columnsEn?.length, where).toBe(record.table.columns.length);
      }
    }
  });

  it('the medical insurance record has every value in English', () => {
    const citizen = demoCitizens.find((c) => c.key === 'zhang-xiaoming');
    const record = citizen ? demoRecord(citizen.idNumber, 'medicalInsurance.account', NOW) : undefined;
    expect(record?.summary.map((r) => r.valueEn)).toEqual([
      "Employees' basic medical insurance",
      'Employed',
      'Enrolled and contributing',
      'Jiaoqu District, Yangquan, Shanxi',
      '3,905.12 yuan',
    ]);
  });

  it('a water bill has its lines, period and note in English, months as words', () => {
    const result = demoBill({ itemCode: 'BM-001', reference: '3101234567', choices: [] }, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bill.lines.map((l) => l.labelEn)).toEqual(['Bill for September 2026', 'Bill for October 2026']);
    expect(result.bill.lines.map((l) => l.label)).toEqual(['2026年09月账单', '2026年10月账单']);
    expect(result.bill.periodEn).toBe('September 2026 to October 2026');
    expect(result.bill.noteEn).toMatch(/^\d+\.\d{2} yuan owing in all\./);
  });
});
