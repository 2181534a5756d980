import { describe, expect, it } from 'vitest';
import { demoCard, itemTargetFor } from '../../../test/fixtures/apply-fixtures.js';
import { businessRecords, withContactRecords } from '../screens/flow/steps/identify-logic.js';
import { type FlowState, initialFlowState } from './flow-state.js';
import { nextStep, situationPageKey, stepNumber } from './flow-steps.js';
import type { FlowTarget } from './flow-target.js';
import { knownAnswers } from './known-answers.js';
import { pathSteps } from './path-steps.js';

/** What identification gives a licensed shop owner: the business picked and the mobile number on record. */
const licensed = withContactRecords(
  businessRecords({ name: '建国家常菜馆', creditCode: '92140311MA0K3J8P1T', address: '郊区河底镇1号' }),
  '13900000001',
);

/**
 * Walks a flow page by page as FlowRunner does (answers merged with the known ones, the next page worked out
 * after the answer), giving `answers` to questions and 'x' to fields; returns each page with its counter.
 */
function walk(target: FlowTarget, records: Record<string, string>, answers: Record<string, string>, senior = false) {
  let state: FlowState = initialFlowState('guide');
  const seen: Array<{ key: string; index: number; total: number }> = [];
  const effective = (s: FlowState) => ({ ...s, answers: { ...s.answers, ...knownAnswers(target, s.records) } });
  for (let i = 0; i < 60; i += 1) {
    const steps = pathSteps(target, effective(state), senior);
    seen.push({ key: state.stepKey, ...stepNumber(steps, state.stepKey) });
    const step = steps.find((s) => s.key === state.stepKey);
    if (!step || step.key === 'check') break;
    if (step.screen === 'identify') state = { ...state, idCard: demoCard(), records };
    if (step.screen === 'situations')
      for (const q of step.questions) state = { ...state, answers: { ...state.answers, [q.id]: answers[q.id] ?? '' } };
    if (step.screen === 'form') state = { ...state, values: { ...state.values, [step.field.id]: 'x' } };
    const next = nextStep(pathSteps(target, effective(state), senior), step.key);
    if (!next) break;
    state = { ...state, stepKey: next.key };
  }
  return seen;
}

describe('the pages of a flow along the path the answers lead to', () => {
  const food = itemTargetFor('SC-005');

  it('a licensed business: the licence question, the shop name, credit code and address and the mobile on record get no page', () => {
    const keys = walk(food, licensed, { businessKind: 'catering', premises: 'rented' }).map((p) => p.key);
    expect(keys).not.toContain('situation:hasLicense');
    for (const id of ['shopName', 'creditCode', 'businessAddress', 'mobile']) expect(keys).not.toContain(`field:${id}`);
    expect(keys).toContain('situation:businessKind');
    expect(keys.at(-1)).toBe('check');
  });

  it('新开办的: the licence question is answered too; the shop name and address are asked, the credit code is not', () => {
    const keys = walk(food, businessRecords('new'), { businessKind: 'retail', premises: 'owned' }).map((p) => p.key);
    expect(keys).not.toContain('situation:hasLicense');
    expect(keys).toContain('field:shopName');
    expect(keys).toContain('field:businessAddress');
    expect(keys).not.toContain('field:creditCode');
  });

  it('the licence lookup failed: the question is asked, on the page of the question before it', () => {
    const target = itemTargetFor('SC-005');
    const steps = pathSteps(
      target,
      { ...initialFlowState('guide'), idCard: demoCard(), records: businessRecords('unknown') },
      false,
    );
    const page = steps.find((s) => s.key === situationPageKey(steps, 'hasLicense'));
    expect(page?.screen === 'situations' && page.questions.map((q) => q.id)).toEqual(['businessKind', 'hasLicense']);
  });

  it('a licensed business: what the shop does and whose the premises are share one page', () => {
    const pages = walk(food, licensed, { businessKind: 'retail', premises: 'owned' }).map((p) => p.key);
    expect(pages.filter((k) => k.startsWith('situation:'))).toEqual(['situation:businessKind']);
  });

  it('the step counter counts on by one and its total does not change along the licensed path', () => {
    const pages = walk(food, licensed, { businessKind: 'retail', premises: 'owned' });
    pages.forEach((page, i) => expect(page.index).toBe(i + 1));
    expect(new Set(pages.map((p) => p.total)).size).toBe(1);
  });

  it('the counter never goes back, whatever path is taken', () => {
    for (const records of [licensed, businessRecords('new'), businessRecords('unknown')]) {
      const pages = walk(food, records, { hasLicense: 'together', businessKind: 'both', premises: 'rented' });
      pages.forEach((page, i) => expect(page.index).toBe(i + 1));
    }
  });

  it('长辈模式 skips optional fields (the check page offers them), and nothing else', () => {
    const target = itemTargetFor('WJ-002');
    const normal = walk(target, {}, {}).map((p) => p.key);
    const senior = walk(target, {}, {}, true).map((p) => p.key);
    const optional = (target.item?.fields ?? []).filter((f) => f.optional).map((f) => `field:${f.id}`);
    expect(optional.length).toBeGreaterThan(0);
    expect(normal).toEqual(expect.arrayContaining(optional));
    expect(senior).toEqual(normal.filter((k) => !optional.includes(k)));
  });

  it('a known value opened with 修改 from the check page has its page while it is open, counted as the check page', () => {
    const state = {
      ...initialFlowState('field:shopName'),
      idCard: demoCard(),
      records: licensed,
      answers: { ...knownAnswers(food, licensed), businessKind: 'retail', premises: 'owned' },
    };
    const steps = pathSteps(food, state, false);
    expect(steps.find((s) => s.key === 'field:shopName')).toMatchObject({ revisit: true });
    expect(stepNumber(steps, 'field:shopName')).toEqual(stepNumber(steps, 'check'));
    expect(pathSteps(food, { ...state, stepKey: 'check' }, false).map((s) => s.key)).not.toContain('field:shopName');
  });
});
