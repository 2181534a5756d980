import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default-catalog.js';
import { conditionHolds, resolveSituation, type SituationResolution } from './resolve-situation.js';
import type { Answers, FlowKind, Item } from './schema.js';

const item = (code: string): Item => {
  const found = defaultCatalog.items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

/**
 * Walks the situations page by page as the kiosk does: ask the first unanswered applicable question, take
 * the answer from the script, repeat. Returns the questions asked in order and the final resolution.
 */
function walk(it: Item, script: Record<string, string>): { asked: string[]; final: SituationResolution } {
  const answers: Record<string, string> = {};
  const asked: string[] = [];
  for (let page = 0; page < 20; page += 1) {
    const r = resolveSituation(it, answers);
    const next = r.unanswered[0];
    if (!next) return { asked, final: r };
    const answer = script[next.id];
    if (answer === undefined) throw new Error(`the script has no answer to ${next.id}`);
    asked.push(next.id);
    answers[next.id] = answer;
  }
  throw new Error('too many pages');
}

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('one item per flow kind: walking the situations gives the expected materials', () => {
  const cases: {
    flow: FlowKind;
    code: string;
    script: Answers;
    asked: string[];
    materials: string[];
    fields: string[];
  }[] = [
    {
      flow: 'print',
      code: 'BDC-001',
      script: { scope: 'withSpouse' },
      asked: ['scope'],
      materials: ['idCard', 'marriageCertificate', 'spouseConsent'],
      fields: ['spouseName', 'spouseIdNumber', 'purpose'],
    },
    {
      flow: 'query',
      code: 'BDC-002',
      script: { lookupBy: 'caseNumber' },
      asked: ['lookupBy'],
      materials: ['idCard'],
      fields: ['caseNumber'],
    },
    {
      flow: 'apply',
      code: 'SC-005',
      script: { businessKind: 'catering', hasLicense: 'yes', premises: 'rented' },
      asked: ['businessKind', 'hasLicense', 'premises'],
      materials: ['idCard', 'businessLicense', 'healthCertificates', 'leaseContract', 'foodSafetyRules', 'layoutPlan'],
      fields: [
        'applicantName',
        'applicantIdNumber',
        'mobile',
        'shopName',
        'creditCode',
        'businessAddress',
        'floorArea',
        'staffCount',
        'cateringItems',
      ],
    },
    {
      flow: 'book',
      code: 'BDC-003',
      script: { business: 'inheritance' },
      asked: ['business'],
      materials: ['idCard', 'propertyCertificate', 'inheritanceProof'],
      fields: ['applicantName', 'applicantIdNumber', 'mobile', 'propertyAddress'],
    },
    {
      flow: 'pay',
      code: 'YB-004',
      script: { payFor: 'familyMember' },
      asked: ['payFor'],
      materials: ['idCard'],
      fields: ['insuredName', 'insuredIdNumber'],
    },
    {
      flow: 'certify',
      code: 'RS-003',
      script: { pensionScheme: 'resident' },
      asked: ['pensionScheme'],
      materials: ['idCard'],
      fields: ['mobile'],
    },
  ];

  for (const c of cases) {
    it(`${c.flow}: ${c.code}`, () => {
      const it = item(c.code);
      expect(it.flow).toBe(c.flow);
      const { asked, final } = walk(it, c.script);
      expect(asked).toEqual(c.asked);
      expect(final.complete).toBe(true);
      expect(ids(final.materials)).toEqual(c.materials);
      expect(ids(final.fields)).toEqual(c.fields);
    });
  }

  it('apply, other answers: a retail shop that owns its premises and applies for the licence together', () => {
    const { final } = walk(item('SC-005'), { businessKind: 'retail', hasLicense: 'together', premises: 'owned' });
    expect(ids(final.materials)).toEqual(['idCard', 'healthCertificates', 'premisesOwnership', 'foodSafetyRules']);
    expect(ids(final.fields)).toEqual([
      'applicantName',
      'applicantIdNumber',
      'mobile',
      'shopName',
      'businessAddress',
      'floorArea',
      'staffCount',
      'retailItems',
    ]);
  });

  it('every item of the catalog can be walked to completion with its first options', () => {
    for (const it of defaultCatalog.items) {
      const script = Object.fromEntries(it.situations.map((q) => [q.id, q.options[0]?.value ?? '']));
      const { final } = walk(it, script);
      expect(final.complete, it.code).toBe(true);
    }
  });
});

describe('resolveSituation', () => {
  it('asks a conditional question only when its condition holds', () => {
    const restaurant = item('SC-003');
    expect(resolveSituation(restaurant, { change: 'name' }).questions.map((q) => q.id)).toEqual(['change']);
    expect(resolveSituation(restaurant, { change: 'premises' }).unanswered.map((q) => q.id)).toEqual(['premises']);
  });

  it('ignores answers to unknown or non-applicable questions and unknown options', () => {
    const r = resolveSituation(item('SC-003'), { change: 'name', premises: 'owned', colour: 'blue' });
    expect(r.ignoredAnswers).toEqual(['premises', 'colour']);
    expect(r.answers).toEqual({ change: 'name' });
    const bad = resolveSituation(item('SC-003'), { change: 'everything' });
    expect(bad.complete).toBe(false);
    expect(bad.ignoredAnswers).toEqual(['change']);
  });

  it('leaves out conditional materials while their question is unanswered', () => {
    const r = resolveSituation(item('SC-005'), {});
    expect(r.complete).toBe(false);
    expect(ids(r.materials)).toEqual(['idCard', 'healthCertificates', 'foodSafetyRules']);
  });

  it('conditionHolds: AND of clauses, OR within a clause', () => {
    const cond = [
      { question: 'a', in: ['x', 'y'] },
      { question: 'b', in: ['z'] },
    ];
    expect(conditionHolds(cond, { a: 'y', b: 'z' })).toBe(true);
    expect(conditionHolds(cond, { a: 'y' })).toBe(false);
    expect(conditionHolds(cond, { a: 'w', b: 'z' })).toBe(false);
    expect(conditionHolds(undefined, {})).toBe(true);
    expect(conditionHolds([{ question: 'toString', in: ['x'] }], {})).toBe(false);
  });
});
