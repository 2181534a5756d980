import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default-catalog.js';
import { checkRecordChoices } from './record-choices.js';

const TODAY = new Date('2026-01-15T10:30:00+08:00');
const item = (code: string) => {
  const found = defaultCatalog.items.find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
};
const check = (code: string, answers: Record<string, string>, values: Record<string, string> = {}) =>
  checkRecordChoices(item(code), { answers, values }, TODAY);
const problem = (code: string, answers: Record<string, string>, values: Record<string, string> = {}) => {
  const r = check(code, answers, values);
  return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
};

describe('record choices against the catalog', () => {
  it('accepts what the flow of a print or query item asks', () => {
    expect(check('RS-001', { certificateKind: 'allInsurances', period: 'last12' }).ok).toBe(true);
    expect(
      check(
        'RS-001',
        { certificateKind: 'pensionOnly', period: 'custom' },
        { fromMonth: '2025-03', toMonth: '2025-08' },
      ).ok,
    ).toBe(true);
    expect(check('SW-001', { period: 'custom' }, { fromMonth: '2025-03-01', toMonth: '2025-08-31' }).ok).toBe(true);
    expect(check('GJJ-002', { period: 'otherYear' }, { year: '2024' }).ok).toBe(true);
    expect(check('SC-009', { searchBy: 'name' }, { entityName: '建国家常菜馆' }).ok).toBe(true);
    // A person's fields (the spouse's name and ID number) are never sent, so they are not missing either.
    expect(check('BDC-001', { scope: 'withSpouse' }, { purpose: 'homePurchase' }).ok).toBe(true);
  });

  it('refuses unknown questions, options and fields, and ones that do not apply', () => {
    expect(problem('RS-001', { certificateKind: 'allInsurances', period: 'last12', colour: 'red' })).toBe(
      'invalidChoices: RS-001 has no question "colour".',
    );
    expect(problem('RS-001', { certificateKind: 'medicalOnly', period: 'last12' })).toMatch(
      /^invalidChoices: .*"certificateKind" is not one of its options/,
    );
    expect(problem('RS-001', { certificateKind: 'allInsurances', period: 'last12' }, { shoeSize: '42' })).toBe(
      'invalidChoices: RS-001 has no field "shoeSize".',
    );
    expect(problem('RS-001', { certificateKind: 'allInsurances', period: 'last12' }, { fromMonth: '2025-03' })).toMatch(
      /"fromMonth" does not apply/,
    );
  });

  it('refuses malformed and missing values and unanswered questions, without echoing values', () => {
    expect(
      problem(
        'RS-001',
        { certificateKind: 'allInsurances', period: 'custom' },
        { fromMonth: '2025-3', toMonth: '2025-08' },
      ),
    ).toBe('invalidChoices: RS-001: the field "fromMonth" is not valid.');
    expect(
      problem(
        'RS-001',
        { certificateKind: 'allInsurances', period: 'custom' },
        { fromMonth: '2025-03', toMonth: '2026-05' },
      ),
    ).toMatch(/"toMonth" is not valid/);
    expect(problem('RS-001', { certificateKind: 'allInsurances', period: 'custom' }, { fromMonth: '2025-03' })).toMatch(
      /"toMonth" is missing/,
    );
    expect(problem('RS-001', { certificateKind: 'allInsurances' })).toMatch(/"period" is not answered/);
    expect(
      problem('BDC-001', { scope: 'withSpouse' }, { purpose: 'homePurchase', spouseIdNumber: '11010519491231002X' }),
    ).toMatch(/"spouseIdNumber" is personal/);
    const message = problem('SC-009', { searchBy: 'creditCode' }, { creditCode: 'NOT-A-CODE' });
    expect(message).toMatch(/"creditCode" is not valid/);
    expect(message).not.toContain('NOT-A-CODE');
  });
});
