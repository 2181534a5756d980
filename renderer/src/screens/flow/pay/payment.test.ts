import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../../../shared/catalog/default-catalog.js';
import type { Item } from '../../../../../shared/catalog/schema.js';
import { billQueryFor, clockText, formatYuan, paymentDescription, secondsLeft } from './payment.js';

const item = (code: string): Item => {
  const found = defaultCatalog.items.find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('bill query', () => {
  it('water bill: the account number is the reference; answers and the prepay amount decide the amount', () => {
    const water = item('BM-001');
    expect(
      billQueryFor({
        itemCode: water.code,
        fields: water.fields,
        answers: { payKind: 'prepay' },
        values: { waterAccount: '3101234567', prepayAmount: '100.00' },
      }),
    ).toEqual({
      itemCode: 'BM-001',
      reference: '3101234567',
      choices: [
        { id: 'payKind', value: 'prepay' },
        { id: 'prepayAmount', value: '100.00' },
      ],
    });
  });

  it('medical insurance for a family member: their ID number, never their name, goes to the platform', () => {
    const yb = item('YB-004');
    const q = billQueryFor({
      itemCode: yb.code,
      fields: yb.fields,
      answers: { payFor: 'familyMember' },
      values: { insuredName: '张小宝', insuredIdNumber: '140311201501010011' },
      idCardNumber: '140311198611060014',
    });
    expect(q.idNumber).toBe('140311201501010011');
    expect(JSON.stringify(q)).not.toContain('张小宝');
  });

  it('traffic fines of another vehicle: the plate is the reference, the VIN digits a choice; own fines by the card', () => {
    const ga = item('GA-006');
    const other = billQueryFor({
      itemCode: ga.code,
      fields: ga.fields,
      answers: { lookup: 'otherVehicle' },
      values: { plateType: 'small', plateNumber: '晋C12345', vinLast6: 'A12345' },
    });
    expect(other.reference).toBe('晋C12345');
    expect(other.choices).toContainEqual({ id: 'vinLast6', value: 'A12345' });
    const mine = billQueryFor({
      itemCode: ga.code,
      fields: ga.fields,
      answers: { lookup: 'mine' },
      values: {},
      idCardNumber: '140311198611060014',
    });
    expect(mine).toEqual({
      itemCode: 'GA-006',
      idNumber: '140311198611060014',
      choices: [{ id: 'lookup', value: 'mine' }],
    });
  });
});

describe('money and time', () => {
  it('formats fen as yuan and a countdown as mm:ss', () => {
    expect(formatYuan(8640)).toBe('86.40');
    expect(formatYuan(5)).toBe('0.05');
    expect(clockText(899)).toBe('14:59');
    expect(clockText(-3)).toBe('00:00');
    expect(secondsLeft('2026-01-15T02:45:00.000Z', Date.parse('2026-01-15T02:30:00.500Z'))).toBe(900);
    expect(secondsLeft('2026-01-15T02:45:00.000Z', Date.parse('2026-01-15T03:00:00Z'))).toBe(0);
  });
  it('describes an order in at most 60 characters', () => {
    expect(paymentDescription('水费缴纳', { referenceMasked: '310****567', period: '2025年11月至2025年12月' })).toBe(
      '水费缴纳 310****567 2025年11月至2025年12月',
    );
    expect(paymentDescription('x'.repeat(80), {}).length).toBe(60);
  });
});
