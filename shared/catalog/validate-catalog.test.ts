import { describe, expect, it } from 'vitest';
import { defaultCatalogSource } from './default-catalog-source.js';
import { checkCatalog, validateCatalog } from './validate-catalog.js';

/** A fresh JSON copy of the bundled catalog to break. */
// biome-ignore lint/suspicious/noExplicitAny: tests poke at untyped JSON on purpose
type Json = any;
const fresh = (): Json => JSON.parse(JSON.stringify(defaultCatalogSource));
const itemIndex = (catalog: Json, code: string): number => catalog.items.findIndex((i: Json) => i.code === code);
const lines = (catalog: Json): string[] => {
  const result = validateCatalog(catalog);
  if (result.ok) return [];
  expect(result.error.code).toBe('catalogInvalid');
  return result.error.message.split('\n').slice(1);
};

describe('validateCatalog rejects broken catalogs, naming the item and the field', () => {
  it('accepts the bundled catalog', () => {
    expect(validateCatalog(fresh()).ok).toBe(true);
  });

  it('unknown question in a condition', () => {
    const c = fresh();
    const food = c.items[itemIndex(c, 'SC-005')];
    food.materials.find((m: Json) => m.id === 'leaseContract').when = [{ question: 'rentedOrNot', in: ['rented'] }];
    expect(lines(c)).toEqual([
      'SC-005 materials[leaseContract].when[rentedOrNot].question: unknown question "rentedOrNot" (or one not asked before)',
    ]);
  });

  it('unknown option of a known question', () => {
    const c = fresh();
    c.items[itemIndex(c, 'RS-008')].fields.find((f: Json) => f.id === 'postalAddress').when = [
      { question: 'delivery', in: ['courier'] },
    ];
    expect(lines(c)).toEqual([
      'RS-008 fields[postalAddress].when[delivery].in[0]: question "delivery" has no option "courier"',
    ]);
  });

  it('a question depending on a later question', () => {
    const c = fresh();
    const questions = c.items[itemIndex(c, 'SC-005')].situations;
    questions[0].when = [{ question: 'premises', in: ['owned'] }];
    expect(lines(c)).toEqual([
      'SC-005 situations[businessKind].when[premises].question: unknown question "premises" (or one not asked before)',
    ]);
  });

  it('a known answer mapped to an option the question lacks, and a hint on an unknown question', () => {
    const c = fresh();
    const food = c.items[itemIndex(c, 'SC-005')];
    food.situations.find((q: Json) => q.id === 'hasLicense').answeredBy.map.no = 'notYet';
    food.fields.find((f: Json) => f.id === 'shopName').hintsWhen[0].when = [{ question: 'licence', in: ['yes'] }];
    expect(lines(c)).toEqual([
      'SC-005 situations[hasLicense].answeredBy.map.no: question "hasLicense" has no option "notYet"',
      'SC-005 fields[shopName].hintsWhen[0].when[licence].question: unknown question "licence" (or one not asked before)',
    ]);
  });

  it('unknown field in a prefill and unknown question in a prefill', () => {
    const c = fresh();
    const fields = c.items[itemIndex(c, 'GJJ-003')].fields;
    fields.find((f: Json) => f.id === 'monthlyRent').prefill = { source: 'field', field: 'rent' };
    fields.find((f: Json) => f.id === 'spouseName').prefill = { source: 'answer', question: 'spouse' };
    expect(lines(c)).toEqual([
      'GJJ-003 fields[spouseName].prefill.question: unknown question "spouse"',
      'GJJ-003 fields[monthlyRent].prefill.field: unknown field "rent" (or one not asked before)',
    ]);
  });

  it('unknown material, item and question in a package', () => {
    const c = fresh();
    const restaurant = c.packages.find((p: Json) => p.code === 'YJS-002');
    restaurant.members[2].provided = [{ material: 'tradeLicence', by: 'SC-002' }];
    restaurant.members[0].item = 'SC-077';
    restaurant.members[1].answers.useName = { fromQuestion: 'named' };
    expect(lines(c)).toEqual([
      'YJS-002 members[SC-077].item: unknown item "SC-077"',
      'YJS-002 members[SC-002].answers.useName.fromQuestion: unknown package question "named"',
      'YJS-002 members[RS-006].provided[tradeLicence].material: RS-006 has no material "tradeLicence"',
    ]);
  });

  it('unknown field in a package merge, and a member question left unanswered', () => {
    const c = fresh();
    const births = c.packages.find((p: Json) => p.code === 'YJS-003');
    births.merges[0].fields[0].field = 'fianceName';
    delete births.members[1].answers.stage;
    expect(lines(c)).toEqual([
      'YJS-003 members[WJ-001].answers: question "stage" of WJ-001 is not answered by the package',
      'YJS-003 merges[spouseName].fields[MZ-001].field: MZ-001 has no field "fianceName"',
    ]);
  });

  it('missing translations, in an item and in a department', () => {
    const c = fresh();
    const item = c.items[itemIndex(c, 'YB-003')];
    delete item.name.en;
    item.fields.find((f: Json) => f.id === 'hospital').label.en = '  ';
    item.guide.steps[1] = { 'zh-CN': '选择备案类型' };
    c.departments[0].name.en = '人社局';
    expect(lines(c)).toEqual([
      'catalog departments[humanResources].name.en: untranslated Chinese in the English text (en)',
      'YB-003 name.en: missing translation (en)',
      'YB-003 guide.steps[1].en: missing translation (en)',
      'YB-003 fields[hospital].label.en: empty translation (en)',
    ]);
  });

  it('duplicate codes, in items and in packages', () => {
    const c = fresh();
    c.items[itemIndex(c, 'GJJ-002')].code = 'GJJ-001';
    c.packages[1].code = 'YJS-001';
    const problems = lines(c);
    expect(problems).toContain('GJJ-001 code: duplicate code "GJJ-001": another item has it');
    expect(problems).toContain('YJS-001 code: duplicate code "YJS-001": another package has it');
  });

  it('a bad field type, and then its references are still checked', () => {
    const c = fresh();
    const fields = c.items[itemIndex(c, 'BDC-001')].fields;
    fields.find((f: Json) => f.id === 'purpose').type = 'dropdown';
    fields.find((f: Json) => f.id === 'spouseName').when = [{ question: 'scopes', in: ['withSpouse'] }];
    expect(lines(c)).toEqual([
      'BDC-001 fields[purpose].type: bad field type: must be one of text, name, idNumber, phone, date, choice, address, amount, number, creditCode, account',
      'BDC-001 fields[spouseName].when[scopes].question: unknown question "scopes" (or one not asked before)',
    ]);
  });

  it('unknown department, category and e-license type; code prefix not of its department', () => {
    const c = fresh();
    const item = c.items[itemIndex(c, 'SC-001')];
    item.category = 'licences';
    item.materials[0].satisfiedBy[0].licenseType = 'passport';
    c.items[itemIndex(c, 'SC-002')].department = 'commerce';
    c.items[itemIndex(c, 'SC-003')].department = 'taxation';
    const problems = lines(c);
    expect(problems).toEqual([
      'SC-001 materials[idCard].satisfiedBy[eLicense].licenseType: Invalid option: expected one of "residentIdCard"|"householdRegister"|"residencePermit"|"marriageCertificate"|"birthMedicalCertificate"|"deathMedicalCertificate"|"cremationCertificate"|"socialSecurityCard"|"employmentCertificate"|"retirementCertificate"|"businessLicense"|"foodBusinessRecord"|"foodBusinessLicense"|"healthCertificate"|"realEstateCertificate"|"housingLeaseRecord"|"veteranDischargeCertificate"|"veteranPreferentialCard"|"disabilityCertificate"|"elderlyPreferentialCard"|"subsistenceAllowanceCertificate"|"driverLicense"|"vehicleLicense"|"noCriminalRecordCertificate"',
      'SC-001 category: unknown category "licences"',
      'SC-002 department: unknown department "commerce"',
      'SC-003 code: code must start with "SW-" (department taxation)',
    ]);
  });

  it('flow rules: an instant item with days, a pay item without payment, a certify item without the camera', () => {
    const c = fresh();
    c.items[itemIndex(c, 'SC-005')].promisedDays = 3;
    delete c.items[itemIndex(c, 'YB-004')].payment;
    c.items[itemIndex(c, 'RS-003')].requiredDevices = ['idCardReader'];
    expect(lines(c)).toEqual([
      'RS-003 requiredDevices: a certify item needs the faceCamera',
      'YB-004 payment: a pay item needs payment',
      'SC-005 promisedDays: an instant item has promisedDays 0',
    ]);
  });

  it('reports everything at once, and garbage as one line', () => {
    const c = fresh();
    c.version = 'latest';
    c.items[0].flow = 'fax';
    c.items[1].name = undefined;
    c.extra = true;
    expect(checkCatalog(c).problems.map((p) => p.record)).toEqual(['catalog', 'catalog', 'RS-001', 'RS-002']);
    expect(lines(42)).toEqual([
      'catalog: a catalog is a JSON object with version, region, departments, categories, items and packages',
    ]);
    expect(lines({})).toContain('catalog items: items must be a list');
  });
});
