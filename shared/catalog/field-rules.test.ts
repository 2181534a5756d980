import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default-catalog.js';
import { fieldHint, fieldRule } from './field-rules.js';
import type { FormField } from './schema.js';

const fieldOf = (code: string, id: string): FormField => {
  const field = defaultCatalog.items.find((i) => i.code === code)?.fields.find((f) => f.id === id);
  if (!field) throw new Error(`${code} has no field ${id}`);
  return field;
};

describe('what a field page says before input', () => {
  it('the shop name’s hint follows the licence answer: no 与营业执照一致 for someone applying for the licence', () => {
    const shopName = fieldOf('SC-005', 'shopName');
    expect(fieldHint(shopName, { hasLicense: 'yes' })?.['zh-CN']).toBe('与营业执照一致');
    expect(fieldHint(shopName, { hasLicense: 'together' })?.['zh-CN']).not.toContain('与营业执照一致');
    expect(fieldHint(shopName, { hasLicense: 'together' })?.['zh-CN']).toContain('一并申请的营业执照');
  });

  it('an address in the district says it must name its town before anything is typed', () => {
    expect(fieldRule(fieldOf('SC-005', 'businessAddress'))?.['zh-CN']).toContain('写明乡镇');
    expect(fieldRule(fieldOf('SC-005', 'businessAddress'))?.en).toContain('town or township');
  });

  it('a rule the catalog words for invalid values is said up front; a number with a unit gives its range', () => {
    expect(fieldRule(fieldOf('SC-005', 'staffCount'))?.['zh-CN']).toBe('食品小经营店从业人员应为 1 至 5 人');
    const seats = fieldOf('SC-006', 'seats');
    expect(fieldRule(seats)).toEqual({ 'zh-CN': '1 至 150 个', en: '1 to 150 seats' });
    expect(fieldRule(fieldOf('SC-005', 'creditCode'))).toBeUndefined();
  });
});
