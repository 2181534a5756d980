import { describe, expect, it } from 'vitest';
import {
  canonicalChoices,
  lastMonthsPeriod,
  periodMonths,
  periodText,
  recordChoicesSchema,
  recordPeriod,
} from './record-choices.js';

const NOW = Date.parse('2026-01-15T02:30:00Z'); // 2026-01-15 in Yangquan
const choices = (answers: Record<string, string>, values: Record<string, string> = {}) => ({ answers, values });

describe('record choices', () => {
  it('is a strict shape of catalog ids', () => {
    expect(recordChoicesSchema.safeParse(choices({ period: 'last12' })).success).toBe(true);
    expect(recordChoicesSchema.safeParse({ answers: {}, values: {}, extra: 1 }).success).toBe(false);
    expect(recordChoicesSchema.safeParse(choices({ 'Bad-Id': 'x' })).success).toBe(false);
    expect(recordChoicesSchema.safeParse(choices({ period: 'not an option id' })).success).toBe(false);
    expect(recordChoicesSchema.safeParse(choices({}, { fromMonth: '' })).success).toBe(false);
    expect(recordChoicesSchema.safeParse(choices({}, { fromMonth: 'x'.repeat(101) })).success).toBe(false);
    expect(recordChoicesSchema.safeParse({ answers: [], values: {} }).success).toBe(false);
  });

  it('keys the same choices the same way, whatever their order', () => {
    expect(canonicalChoices(choices({ a: 'x', b: 'y' }, { c: '1' }))).toBe(
      canonicalChoices(choices({ b: 'y', a: 'x' }, { c: '1' })),
    );
    expect(canonicalChoices(choices({ a: 'x' }))).not.toBe(canonicalChoices(choices({ a: 'y' })));
  });
});

describe('record periods', () => {
  it('reads the last 12 and last 60 whole months, last year, this year and another year', () => {
    expect(recordPeriod(choices({ period: 'last12' }), NOW)).toEqual({
      ok: true,
      value: { from: '2025-01', to: '2025-12' },
    });
    expect(recordPeriod(choices({ period: 'last60' }), NOW)).toEqual({
      ok: true,
      value: { from: '2021-01', to: '2025-12' },
    });
    expect(recordPeriod(choices({ period: 'lastYear' }), NOW)).toEqual({
      ok: true,
      value: { from: '2025-01', to: '2025-12' },
    });
    expect(recordPeriod(choices({ period: 'thisYear' }), NOW)).toEqual({
      ok: true,
      value: { from: '2026-01', to: '2026-01' },
    });
    expect(recordPeriod(choices({ period: 'otherYear' }, { year: '2023' }), NOW)).toEqual({
      ok: true,
      value: { from: '2023-01', to: '2023-12' },
    });
    expect(recordPeriod(choices({ recordKind: 'contributions' }, { year: '2024' }), NOW)).toEqual({
      ok: true,
      value: { from: '2024-01', to: '2024-12' },
    });
    expect(recordPeriod(choices({ certificateKind: 'pensionOnly' }), NOW)).toEqual({ ok: true, value: undefined });
    expect(recordPeriod(undefined, NOW)).toEqual({ ok: true, value: undefined });
  });

  it('reads a custom period of months or days, and payment dates', () => {
    expect(recordPeriod(choices({ period: 'custom' }, { fromMonth: '2025-03', toMonth: '2025-08' }), NOW)).toEqual({
      ok: true,
      value: { from: '2025-03', to: '2025-08' },
    });
    expect(
      recordPeriod(choices({ period: 'custom' }, { fromMonth: '2025-03-02', toMonth: '2026-01-10' }), NOW),
    ).toEqual({ ok: true, value: { from: '2025-03', to: '2026-01' } });
    expect(
      recordPeriod(choices({ taxKind: 'property' }, { paidFrom: '2025-05-01', paidTo: '2025-05-31' }), NOW),
    ).toEqual({ ok: true, value: { from: '2025-05', to: '2025-05' } });
  });

  it('refuses a period that ends before it starts, ends in the future, is malformed or too long', () => {
    const refused = (c: ReturnType<typeof choices>) => {
      const r = recordPeriod(c, NOW);
      expect(r.ok, JSON.stringify(c)).toBe(false);
      return r.ok ? '' : `${r.error.code}: ${r.error.message}`;
    };
    expect(refused(choices({ period: 'custom' }, { fromMonth: '2025-08', toMonth: '2025-03' }))).toMatch(
      /^invalidChoices: .*before it starts/,
    );
    expect(refused(choices({ period: 'custom' }, { fromMonth: '2025-08', toMonth: '2026-02' }))).toMatch(
      /in the future/,
    );
    expect(refused(choices({ period: 'custom' }, { fromMonth: '2025-13', toMonth: '2025-12' }))).toMatch(
      /fromMonth must be a month/,
    );
    expect(refused(choices({ period: 'custom' }, { fromMonth: '2025-01' }))).toMatch(/toMonth must be a month/);
    expect(refused(choices({ period: 'custom' }, { fromMonth: '1990-01', toMonth: '2025-12' }))).toMatch(/longer than/);
    expect(refused(choices({ period: 'otherYear' }, { year: '2027' }))).toMatch(/future/);
    expect(refused(choices({ period: 'otherYear' }, { year: '25' }))).toMatch(/four digits/);
    expect(refused(choices({ period: 'last13' }))).toMatch(/Unknown period/);
  });

  it('lists and prints the months of a period', () => {
    expect(periodMonths({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodText({ from: '2025-11', to: '2026-10' })).toBe('2025年11月—2026年10月');
    expect(periodText({ from: '2025-11', to: '2025-11' })).toBe('2025年11月');
    expect(lastMonthsPeriod(NOW, 12)).toEqual({ from: '2025-01', to: '2025-12' });
  });
});
