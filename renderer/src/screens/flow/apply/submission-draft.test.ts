import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { submissionDraftSchema } from '../../../../../shared/platform/submission.js';
import type { FlowState } from '../../../flows/flow-state.js';
import type { FlowTarget } from '../../../flows/flow-target.js';
import { knownValues } from '../../../flows/prefill.js';
import { applyKeys } from '../steps/apply-outcome.js';
import { demoCard, itemTargetFor, packageTargetFor, stateWith } from '../../../../../test/fixtures/apply-fixtures.js';
import { eLicenseChoice } from './materials-logic.js';
import { buildDraft, draftFingerprint } from './submission-draft.js';

const signature = `sha256:${'ab'.repeat(32)}`;
const page = `sha256:${'cd'.repeat(32)}`;

function inputs(target: FlowTarget, state: FlowState) {
  const resolution = target.resolve(state.answers);
  const known = knownValues(resolution.fields, {
    idCard: state.idCard,
    answers: state.answers,
    values: state.values,
    records: state.records,
  });
  return { target, state, resolution, known, locale: 'zh-CN' as const };
}

function foodShopState(overrides: Partial<FlowState> = {}): FlowState {
  return stateWith({
    idCard: demoCard(),
    answers: { businessKind: 'catering', hasLicense: 'yes', premises: 'rented' },
    values: {
      mobile: '13900000103',
      shopName: '测试家常菜馆',
      creditCode: '92140311MA0K3J8P1T',
      businessAddress: '山西省阳泉市郊区测试路1号',
      floorArea: '45',
      staffCount: '3',
      cateringItems: ['hot', 'cold'],
    },
    materials: {
      idCard: eLicenseChoice('residentIdCard', demoCard().idNumber),
      businessLicense: eLicenseChoice('businessLicense', '92140311MA0K3J8P1T'),
      healthCertificates: { kind: 'commitment' },
      leaseContract: { kind: 'bringLater' },
      foodSafetyRules: { kind: 'commitment' },
      layoutPlan: { kind: 'scan', attachmentIds: [page] },
    },
    committed: true,
    signatureId: signature,
    outcome: {
      [applyKeys.committedAt]: '2026-01-15T02:29:00.000Z',
      [applyKeys.business]: { name: '测试家常菜馆', creditCode: '92140311MA0K3J8P1T' },
    },
    ...overrides,
  });
}

describe('the application sent on 提交', () => {
  it('is a valid platform draft with every material, answer and field of 食品小经营店备案', () => {
    const built = buildDraft(inputs(itemTargetFor('SC-005'), foodShopState()));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const parsed = submissionDraftSchema.safeParse({ ...built.draft, idempotencyKey: randomUUID() });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const draft = built.draft;
    expect(draft.target).toEqual({ kind: 'item', itemCode: 'SC-005' });
    expect(draft.applicant).toMatchObject({
      phone: '13900000103',
      identifiedBy: 'idCard',
      business: { name: '测试家常菜馆', creditCode: '92140311MA0K3J8P1T' },
    });
    expect(draft.situationAnswers).toEqual({ businessKind: 'catering', hasLicense: 'yes', premises: 'rented' });
    expect(draft.materials?.map((m) => `${m.materialId}:${m.satisfiedBy}`)).toEqual([
      'idCard:eLicense',
      'businessLicense:eLicense',
      'healthCertificates:commitment',
      'leaseContract:later',
      'foodSafetyRules:commitment',
      'layoutPlan:scan',
    ]);
    expect(draft.materials?.find((m) => m.materialId === 'healthCertificates')).toMatchObject({
      commitmentAcceptedAt: '2026-01-15T02:29:00.000Z',
      signatureRef: signature,
    });
    // Values the ID card settles are in the form too.
    expect(draft.form).toMatchObject({
      applicantName: demoCard().name,
      cateringItems: ['hot', 'cold'],
      floorArea: '45',
    });
    expect(draft.signatureRef).toBe(signature);
  });

  it('names what is missing instead of sending an incomplete application', () => {
    const target = itemTargetFor('SC-005');
    expect(buildDraft(inputs(target, foodShopState({ idCard: undefined })))).toEqual({
      ok: false,
      problem: { kind: 'notIdentified' },
    });
    const { layoutPlan: _dropped, ...fewer } = foodShopState().materials;
    expect(buildDraft(inputs(target, foodShopState({ materials: fewer })))).toEqual({
      ok: false,
      problem: { kind: 'material', materialId: 'layoutPlan' },
    });
    expect(buildDraft(inputs(target, foodShopState({ signatureId: undefined })))).toEqual({
      ok: false,
      problem: { kind: 'notSigned' },
    });
    expect(buildDraft(inputs(target, foodShopState({ committed: false })))).toEqual({
      ok: false,
      problem: { kind: 'notCommitted' },
    });
  });

  it('sends a package as one application with its merged form', () => {
    const target = packageTargetFor('YJS-003');
    const card = demoCard('zhao-li');
    const state = stateWith({
      idCard: card,
      answers: { married: 'yes', hukouLocal: 'yes', stage: 'pregnant' },
      values: {
        mobile: '13900000104',
        spouseName: '张晓明',
        spouseIdNumber: demoCard('zhang-xiaoming').idNumber,
        childOrder: 'first',
        dueDate: '2026-09-01',
        residenceAddress: card.address,
      },
      materials: {
        idCard: eLicenseChoice('residentIdCard', card.idNumber),
        marriageCertificate: eLicenseChoice('marriageCertificate', 'J140311-2025-001'),
      },
      committed: true,
      signatureId: signature,
    });
    const built = buildDraft(inputs(target, state));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.draft.target).toEqual({ kind: 'package', packageCode: 'YJS-003' });
    expect(built.draft.applicant.business).toBeUndefined();
    expect(submissionDraftSchema.safeParse({ ...built.draft, idempotencyKey: randomUUID() }).success).toBe(true);
  });

  it('keeps the same fingerprint for the same draft, whatever the key order', () => {
    expect(draftFingerprint({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      draftFingerprint({ b: { d: 'x', c: [1, 2] }, a: 1 }),
    );
    expect(draftFingerprint({ a: 1 })).not.toBe(draftFingerprint({ a: 2 }));
  });
});
