import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { kioskEvaluationSchema } from '../../../../shared/contract/platform.js';
import {
  emptyEvaluationForm,
  type EvaluationForm,
  evaluationFormPages,
  evaluationPageProblem,
  evaluationSubmitRequest,
  type ServiceReasonCode,
  toggleReason,
} from './evaluation-form.js';

const form = (change: Partial<EvaluationForm<ServiceReasonCode>>): EvaluationForm<ServiceReasonCode> => ({
  ...emptyEvaluationForm,
  ...change,
});

describe('evaluation form (shared by the 好差评 screens)', () => {
  it('asks reasons and a phone only for 不满意 and 非常不满意, and the words only for "other"', () => {
    expect(evaluationFormPages(form({ level: 'basicallySatisfied' }))).toEqual(['level']);
    expect(evaluationFormPages(form({ level: 'dissatisfied' }))).toEqual(['level', 'reason', 'phone']);
    expect(evaluationFormPages(form({ level: 'veryDissatisfied', reasonCodes: ['slow', 'other'] }))).toEqual([
      'level',
      'reason',
      'reasonText',
      'phone',
    ]);
  });

  it('checks each page on its own: a level, a reason, the words when "other" stands alone, a mobile number if any', () => {
    expect(evaluationPageProblem('level', form({}))).toBe('level');
    expect(evaluationPageProblem('reason', form({ level: 'dissatisfied' }))).toBe('reason');
    expect(evaluationPageProblem('reason', form({ level: 'dissatisfied', reasonCodes: ['other'] }))).toBeUndefined();
    expect(
      evaluationPageProblem('reasonText', form({ level: 'dissatisfied', reasonCodes: ['other'], reasonText: '   ' })),
    ).toBe('reasonText');
    expect(
      evaluationPageProblem('reasonText', form({ level: 'dissatisfied', reasonCodes: ['other', 'slow'] })),
    ).toBeUndefined();
    expect(evaluationPageProblem('phone', form({ phone: '1391234' }))).toBe('phone');
    expect(evaluationPageProblem('phone', form({ phone: '' }))).toBeUndefined();
    expect(evaluationPageProblem('phone', form({ phone: '13912345678' }))).toBeUndefined();
  });

  it('un-choosing "other" drops the words written for it', () => {
    const withWords = form({ level: 'dissatisfied', reasonCodes: ['other'], reasonText: '排队太久' });
    expect(toggleReason(withWords, 'other')).toMatchObject({ reasonCodes: [], reasonText: '' });
    expect(toggleReason(withWords, 'slow')).toMatchObject({ reasonCodes: ['other', 'slow'], reasonText: '排队太久' });
  });

  it('builds requests the contract accepts; reasons and phone only go with a low level', () => {
    const ids = { idempotencyKey: randomUUID(), caseNumber: 'YQJQ-20260115-00001' };
    const high = evaluationSubmitRequest(
      { ...form({ reasonCodes: ['slow'], phone: '13912345678' }), level: 'satisfied' },
      ids,
    );
    expect(high).toEqual({
      idempotencyKey: ids.idempotencyKey,
      caseNumber: ids.caseNumber,
      level: 'satisfied',
      reasonCodes: [],
    });
    expect(kioskEvaluationSchema.safeParse(high).success).toBe(true);
    const low = evaluationSubmitRequest(
      {
        ...form({ reasonCodes: ['staffAttitude', 'other'], reasonText: '  窗口没人  ', phone: '13912345678' }),
        level: 'veryDissatisfied',
      },
      ids,
    );
    expect(low).toMatchObject({
      level: 'veryDissatisfied',
      reasonCodes: ['staffAttitude', 'other'],
      reason: '窗口没人',
      phone: '13912345678',
    });
    expect(kioskEvaluationSchema.safeParse(low).success).toBe(true);
    // "other" without words is dropped; a preset reason still carries the rating.
    expect(
      evaluationSubmitRequest({ ...form({ reasonCodes: ['deviceFault', 'other'] }), level: 'dissatisfied' }, ids)
        .reasonCodes,
    ).toEqual(['deviceFault']);
  });
});
