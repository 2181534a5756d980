import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import { demoCitizens } from '../../../shared/demo/demo-citizens.js';
import { demoBusinesses, demoLicenses, demoRecord } from '../../../server/platform/demo-data.js';
import { resolveFontDir } from './pdf-kit.js';

/**
 * Everything the kiosk prints must exist in the bundled fonts (a GB 2312 subset of Noto Sans CJK SC);
 * a missing glyph prints as an empty box. This checks every string the demo platform and the catalog
 * can put on a document. Rare characters in real names (生僻字) need a larger subset: see the report.
 */
const fontkit = createRequire(import.meta.url)('fontkit') as {
  openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean };
};
const dir = resolveFontDir();
const fonts = ['NotoSansSC-Regular', 'NotoSansSC-Bold'].map((f) => fontkit.openSync(join(dir, `${f}.otf`)));

function missing(texts: Iterable<string>): string[] {
  const chars = new Set<string>();
  for (const t of texts) for (const ch of t) if (!/\s/.test(ch)) chars.add(ch);
  return [...chars].filter((ch) => fonts.some((f) => !f.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the bundled document fonts', () => {
  it('cover the demo people, businesses, their e-licenses and every record the demo platform prints', () => {
    const t = Date.parse('2026-01-15T02:30:00Z');
    const records = [
      'socialInsurance.enrolment',
      'socialInsurance.rightsRecord',
      'socialInsurance.pensionEligibility',
      'medicalInsurance.enrolment',
      'housingFund.depositCertificate',
      'housingFund.loanProgress',
      'tax.individualIncomeTaxRecord',
      'tax.paymentRecords',
      'realEstate.ownershipRecord',
      'publicSecurity.householdRegistration',
      'marketEntity.businessLicense',
      'eLicense.holdings',
      'health.employeeHealthCertificate',
      'other.unknown',
    ];
    const texts = [
      ...strings(demoCitizens.map(({ persona: _p, ...c }) => c)),
      ...strings(demoBusinesses),
      ...demoCitizens.flatMap((c) => strings(demoLicenses(c.idNumber, t))),
      ...demoCitizens.flatMap((c) => records.flatMap((r) => strings(demoRecord(c.idNumber, r, t)))),
    ];
    expect(missing(texts)).toEqual([]);
  });

  it('cover what the catalog puts on receipts and certificates (names, departments, labels, options, materials)', () => {
    const texts = [
      ...defaultCatalog.items.flatMap((i) => [
        i.name['zh-CN'],
        ...i.results.map((r) => r.name['zh-CN']),
        ...i.materials.map((m) => m.name['zh-CN']),
        ...i.fields.map((f) => f.label['zh-CN']),
        ...i.fields.flatMap((f) => (f.type === 'choice' ? f.options.map((o) => o.label['zh-CN']) : [])),
      ]),
      ...defaultCatalog.departments.map((d) => d.name['zh-CN']),
      ...defaultCatalog.packages.map((p) => p.name['zh-CN']),
    ];
    expect(missing(texts)).toEqual([]);
  });
});
