import { describe, expect, it } from 'vitest';
import { defaultCatalogSource } from './default-catalog-source.js';
import { defaultCatalog } from './default-catalog.js';
import { flowKindSpecs, packageScreensFor, screensFor } from './flow-kinds.js';
import { resolvePackage } from './resolve-situation.js';
import { flowKinds, itemSchema, lifeEvents, type Item } from './schema.js';
import { checkCatalog, validateCatalog } from './validate-catalog.js';

const item = (code: string): Item => {
  const found = defaultCatalog.items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

describe('the default catalog', () => {
  it('parses all 59 items and at least five packages with every cross-reference checked', () => {
    // A JSON round trip: exactly what a platform download or `npm run catalog -- --check` sees.
    const checked = checkCatalog(JSON.parse(JSON.stringify(defaultCatalogSource)));
    expect(checked.problems.map((p) => `${p.record} ${p.path}: ${p.message}`)).toEqual([]);
    expect(checked.catalog?.items).toHaveLength(59);
    expect(checked.catalog?.packages.length).toBeGreaterThanOrEqual(5);
    expect(defaultCatalog.items).toHaveLength(59);
  });

  it('validates again from its own output (parse is idempotent)', () => {
    const again = validateCatalog(JSON.parse(JSON.stringify(defaultCatalog)));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.value).toEqual(defaultCatalog);
  });

  it('has unique codes whose prefix is their department, in outline order within each department', () => {
    const codes = defaultCatalog.items.map((i) => i.code);
    expect(new Set(codes).size).toBe(59);
    const prefixes = new Map(defaultCatalog.departments.map((d) => [d.id, d.codePrefix]));
    for (const i of defaultCatalog.items) expect(i.code.startsWith(`${prefixes.get(i.department)}-`)).toBe(true);
    for (const d of defaultCatalog.departments) {
      const own = defaultCatalog.items.filter((i) => i.department === d.id).map((i) => Number(i.code.split('-')[1]));
      expect(own, d.id).toEqual(own.map((_, k) => k + 1));
    }
  });

  it('covers the outline: departments, flow kinds and life events', () => {
    const perDepartment = Object.fromEntries(
      defaultCatalog.departments.map((d) => [
        d.codePrefix,
        defaultCatalog.items.filter((i) => i.department === d.id).length,
      ]),
    );
    expect(perDepartment).toEqual({
      RS: 8,
      YB: 5,
      GJJ: 4,
      BDC: 3,
      SC: 9,
      SW: 4,
      GA: 6,
      MZ: 5,
      TY: 2,
      WJ: 3,
      JY: 1,
      CL: 1,
      ZJ: 2,
      BM: 3,
      SF: 1,
      ZH: 2,
    });
    const perFlow = Object.fromEntries(
      flowKinds.map((k) => [k, defaultCatalog.items.filter((i) => i.flow === k).length]),
    );
    expect(perFlow).toEqual({ print: 11, query: 9, apply: 29, book: 3, pay: 6, certify: 1 });
    for (const event of lifeEvents)
      expect(
        defaultCatalog.items.some((i) => i.lifeEvents.includes(event)),
        event,
      ).toBe(true);
  });

  it('has the food shop filing as an instant item whose certificate prints on the spot', () => {
    const food = item('SC-005');
    expect(food.name['zh-CN']).toBe('食品小经营店备案');
    expect(food.instant).toBe(true);
    expect(food.results).toContainEqual(
      expect.objectContaining({ kind: 'certificate', delivery: 'printOnSite', verifiable: true }),
    );
    expect(food.requiredDevices).toContain('documentPrinter');
  });

  it('gives every item both languages and the standard guide elements', () => {
    for (const i of defaultCatalog.items) {
      expect(i.guide.legalBasis.length, i.code).toBeGreaterThan(0);
      expect(i.guide.conditions.length, i.code).toBeGreaterThan(0);
      expect(i.guide.steps.length, i.code).toBeGreaterThan(0);
      expect(i.name.en, i.code).not.toMatch(/[\u4e00-\u9fff]/);
      // Every item parses on its own too (the renderer may receive a single item).
      expect(itemSchema.safeParse(i).success, i.code).toBe(true);
    }
  });

  it('names only screens its flow kind has, and skips those it has no data for', () => {
    for (const i of defaultCatalog.items) {
      const screens = screensFor(i);
      expect(
        screens.every((s) => flowKindSpecs[i.flow].screens.includes(s)),
        i.code,
      ).toBe(true);
      expect(screens[0]).toBe('guide');
    }
    expect(screensFor(item('SC-009'))).not.toContain('identify');
    expect(screensFor(item('SC-005'))).toEqual([
      'guide',
      'identify',
      'situations',
      'materials',
      'form',
      // The commitment page takes the signature: no signing page of its own.
      'commitment',
      'check',
      'submit',
      'confirmation',
      'evaluation',
      'takeCard',
    ]);
    expect(screensFor(item('RS-003'))).toEqual([
      'guide',
      'identify',
      'situations',
      'face',
      'result',
      'evaluation',
      'takeCard',
    ]);
  });
});

describe('the packages', () => {
  const pkg = (code: string) => {
    const found = defaultCatalog.packages.find((p) => p.code === code);
    if (!found) throw new Error(`no package ${code}`);
    return found;
  };

  it('include the five the issue names', () => {
    expect(defaultCatalog.packages.map((p) => p.name['zh-CN'])).toEqual(
      expect.arrayContaining([
        '开餐饮店一件事',
        '个体工商户开办一件事',
        '婚育一件事',
        '退役军人服务一件事',
        '身后一件事',
      ]),
    );
  });

  it('opening a small restaurant asks each shared field once and keeps the stricter limit', () => {
    const r = resolvePackage(pkg('YJS-001'), defaultCatalog, {
      size: 'small',
      useName: 'yes',
      operatorForm: 'individual',
      premises: 'rented',
    });
    expect(r.complete).toBe(true);
    expect(r.members.map((m) => m.item.code)).toEqual(['SC-002', 'SC-005']);
    const ids = r.fields.map((f) => f.field.id);
    expect(new Set(ids).size).toBe(ids.length);
    const staff = r.fields.find((f) => f.field.id === 'staffCount');
    expect(staff?.usedBy).toHaveLength(2);
    expect(staff?.field).toMatchObject({ type: 'number', min: 1, max: 5 });
    expect(r.materials.map((m) => m.key)).toEqual([
      'idCard',
      'leaseContract',
      'registrationForm',
      'healthCertificates',
      'foodSafetyRules',
      'layoutPlan',
    ]);
    // The licence is applied for in the same package, so it is neither asked for nor its code.
    expect(ids).not.toContain('creditCode');
  });

  it('a larger restaurant goes to the small restaurant registration instead, with the gas question', () => {
    const partial = resolvePackage(pkg('YJS-001'), defaultCatalog, {
      size: 'medium',
      useName: 'no',
      operatorForm: 'individual',
      premises: 'owned',
    });
    expect(partial.complete).toBe(false);
    expect(partial.unanswered.map((q) => q.id)).toEqual(['fuel']);
    const r = resolvePackage(pkg('YJS-001'), defaultCatalog, {
      size: 'medium',
      useName: 'no',
      operatorForm: 'individual',
      premises: 'owned',
      fuel: 'gas',
    });
    expect(r.members.map((m) => m.item.code)).toEqual(['SC-002', 'SC-006']);
    expect(r.materials.map((m) => m.key)).toContain('gasSafety');
  });

  it('marriage and birth: the marriage certificate comes from the booked registration, names merged across items', () => {
    const r = resolvePackage(pkg('YJS-003'), defaultCatalog, { married: 'no', hukouLocal: 'yes', stage: 'pregnant' });
    expect(r.members.map((m) => m.item.code)).toEqual(['MZ-001', 'WJ-001']);
    expect(r.provided).toEqual([
      expect.objectContaining({
        item: 'WJ-001',
        by: 'MZ-001',
        material: expect.objectContaining({ id: 'marriageCertificate' }),
      }),
    ]);
    const spouse = r.fields.find((f) => f.field.id === 'spouseName');
    expect(spouse?.usedBy).toEqual([
      { item: 'MZ-001', field: 'partnerName' },
      { item: 'WJ-001', field: 'spouseName' },
    ]);
    expect(packageScreensFor(r.members.map((m) => m.item.flow))).toContain('slot');
    const married = resolvePackage(pkg('YJS-003'), defaultCatalog, {
      married: 'yes',
      hukouLocal: 'yes',
      stage: 'born',
    });
    expect(married.members.map((m) => m.item.code)).toEqual(['WJ-001']);
    expect(married.materials.map((m) => m.key)).toContain('marriageCertificate');
  });

  it('a veteran: signed forms of different items stay apart, the same e-license is asked once', () => {
    const r = resolvePackage(pkg('YJS-004'), defaultCatalog, {
      placement: 'selfEmployment',
      hukouMoved: 'no',
      preferentialCard: 'yes',
      jobHelp: 'yes',
    });
    expect(r.members.map((m) => m.item.code)).toEqual(['TY-001', 'TY-002', 'RS-005', 'RS-006']);
    const keys = r.materials.map((m) => m.key);
    expect(keys.filter((k) => k === 'dischargeCertificate')).toHaveLength(1);
    expect(r.materials.find((m) => m.key === 'dischargeCertificate')?.usedBy.map((u) => u.item)).toEqual([
      'TY-001',
      'TY-002',
      'RS-005',
    ]);
    expect(keys).toEqual(expect.arrayContaining(['registrationForm', 'applicationForm', 'unemploymentForm']));
  });

  it('after a death: death record and names asked once for the funeral refund and the card', () => {
    const r = resolvePackage(pkg('YJS-005'), defaultCatalog, {
      sameHousehold: 'yes',
      hardship: 'no',
      hasCard: 'yes',
      hasProperty: 'no',
    });
    expect(r.members.map((m) => m.item.code)).toEqual(['MZ-005', 'RS-007']);
    expect(r.fields.find((f) => f.field.id === 'deceasedIdNumber')?.usedBy.map((u) => u.item)).toEqual([
      'MZ-005',
      'RS-007',
    ]);
    expect(r.materials.find((m) => m.key === 'deathCertificate')?.usedBy.map((u) => u.item)).toEqual([
      'MZ-005',
      'RS-007',
    ]);
  });
});
