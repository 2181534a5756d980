import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { kioskEvaluationSchema } from '../../../../../shared/contract/platform.js';
import { evaluationPages, evaluationProblems, evaluationRequest, isLowLevel } from './evaluation-logic.js';

const empty = { reasonCodes: [], reasonText: '', phone: '' } as const;

describe('evaluation', () => {
  it('asks a reason and a phone only for the bottom two levels', () => {
    expect(evaluationPages({ ...empty, level: 'satisfied' })).toEqual(['level']);
    expect(evaluationPages({ ...empty, level: 'dissatisfied' })).toEqual(['level', 'reason', 'phone']);
    expect(evaluationPages({ ...empty, level: 'veryDissatisfied', reasonCodes: ['other'] })).toEqual([
      'level',
      'reason',
      'reasonText',
      'phone',
    ]);
    expect(isLowLevel('basicallySatisfied')).toBe(false);
  });

  it('needs a level; a low level needs a reason; a phone, if given, must be a mobile number', () => {
    expect(evaluationProblems(empty)).toEqual(['level']);
    expect(evaluationProblems({ ...empty, level: 'verySatisfied' })).toEqual([]);
    expect(evaluationProblems({ ...empty, level: 'dissatisfied' })).toEqual(['reason']);
    expect(evaluationProblems({ ...empty, level: 'dissatisfied', reasonCodes: ['other'] })).toEqual(['reason']);
    expect(evaluationProblems({ ...empty, level: 'dissatisfied', reasonCodes: ['other'], reasonText: '排队' })).toEqual(
      [],
    );
    expect(evaluationProblems({ ...empty, level: 'dissatisfied', reasonCodes: ['tooSlow'], phone: '1390000' })).toEqual(
      ['phone'],
    );
  });

  it('builds requests the contract accepts', () => {
    const good = evaluationRequest(
      { ...empty, level: 'verySatisfied', reasonCodes: ['tooSlow'], phone: '13900000101' },
      { idempotencyKey: randomUUID(), itemCode: 'SC-005' },
    );
    expect(good).not.toHaveProperty('phone');
    expect(good.reasonCodes).toEqual([]);
    expect(kioskEvaluationSchema.safeParse(good).success).toBe(true);
    const bad = evaluationRequest(
      {
        level: 'veryDissatisfied',
        reasonCodes: ['tooSlow', 'other'],
        reasonText: '  说明看不懂  ',
        phone: '13900000101',
      },
      { idempotencyKey: randomUUID(), caseNumber: 'SX-20260115-00001' },
    );
    expect(bad).toMatchObject({ reason: '说明看不懂', phone: '13900000101', caseNumber: 'SX-20260115-00001' });
    expect(kioskEvaluationSchema.safeParse(bad).success).toBe(true);
  });
});
