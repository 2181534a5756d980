import { describe, expect, it } from 'vitest';
import type { SubmissionState } from '../../../../../shared/contract/platform.js';
import { itemTargetFor, packageTargetFor } from '../../../../../test/fixtures/apply-fixtures.js';
import {
  certificateDue,
  confirmationKind,
  consultationPhone,
  mergeSubmission,
  packageMemberCodes,
  packageMemberRows,
  promisedDate,
  promisedDays,
  resultOnSite,
} from './confirmation-logic.js';

const base: SubmissionState = {
  localNumber: 'K01-20260115-0001',
  queryCode: '7K3Q-M2XD-94PA',
  state: 'delivered',
  caseNumber: 'SX-20260115-00001',
  caseStatus: 'accepted',
  instant: false,
  promisedBy: '2026-01-22T09:00:00.000Z',
  certificateAvailable: false,
  duplicate: false,
  offline: false,
};

describe('confirmation', () => {
  it('says done, accepted, saved or set aside', () => {
    expect(confirmationKind({ ...base, instant: true, caseStatus: 'approved', certificateAvailable: true })).toBe(
      'done',
    );
    expect(confirmationKind(base)).toBe('accepted');
    expect(confirmationKind({ ...base, state: 'pending', caseNumber: undefined, offline: true })).toBe('saved');
    expect(confirmationKind({ ...base, state: 'rejected', problem: 'unknownItem' })).toBe('rejected');
  });

  it('takes the case number from submission.changed for its own application only', () => {
    const pending: SubmissionState = { ...base, state: 'pending', caseNumber: undefined, offline: true };
    const delivered = mergeSubmission(pending, {
      localNumber: base.localNumber,
      state: 'delivered',
      caseNumber: 'SX-20260115-00009',
    });
    expect(delivered).toMatchObject({ state: 'delivered', caseNumber: 'SX-20260115-00009', offline: false });
    expect(mergeSubmission(pending, { localNumber: 'K01-OTHER-0002', state: 'delivered', caseNumber: 'X' })).toBe(
      pending,
    );
  });

  it('says by when in China time, in the screen language', () => {
    expect(promisedDate(base, 'zh-CN')).toBe('2026年01月22日');
    expect(promisedDate(base, 'en')).toBe('22 January 2026');
    expect(promisedDate({ ...base, promisedBy: '2026-01-22T20:00:00.000Z' }, 'zh-CN')).toBe('2026年01月23日');
    expect(promisedDate({ ...base, promisedBy: undefined }, 'zh-CN')).toBeUndefined();
  });

  it('prints a certificate only for a delivered case that has one', () => {
    expect(certificateDue({ ...base, certificateAvailable: true })).toBe(true);
    expect(certificateDue(base)).toBe(false);
    expect(certificateDue({ ...base, state: 'pending', caseNumber: undefined, certificateAvailable: true })).toBe(
      false,
    );
  });

  it('gives the item or package phone line and days', () => {
    const item = itemTargetFor('SC-005');
    expect(consultationPhone(item)).toBe('0353-5110646');
    expect(promisedDays(item)).toBe(0);
    const pkg = packageTargetFor('YJS-003');
    expect(consultationPhone(pkg)).toMatch(/^(0\d{2,3}-\d{7,8}|1\d{4}|9\d{4}|400-\d{3}-\d{4})$/);
    expect(promisedDays(pkg)).toBe(pkg.package?.promisedDays);
  });

  it('names the document an item prints on the spot', () => {
    expect(resultOnSite(itemTargetFor('SC-005'))?.['zh-CN']).toBe('食品小经营店备案证');
    expect(resultOnSite(itemTargetFor('RS-006'))).toBeUndefined();
    expect(resultOnSite(packageTargetFor('YJS-003'))).toBeUndefined();
  });

  it('lists the items a package includes for the answers', () => {
    const pkg = packageTargetFor('YJS-003');
    expect(packageMemberCodes(pkg, { married: 'yes', hukouLocal: 'yes', stage: 'pregnant' })).not.toContain('MZ-001');
    expect(packageMemberCodes(pkg, { married: 'no', hukouLocal: 'yes', stage: 'pregnant' })).toContain('MZ-001');
    expect(packageMemberCodes(itemTargetFor('SC-005'), {})).toEqual([]);
  });

  it('lists each package item with its case number once the platform gave one per member', () => {
    const pkg = packageTargetFor('YJS-003');
    const answers = { married: 'no', hukouLocal: 'yes', stage: 'pregnant' };
    expect(packageMemberRows(pkg, answers, base)).toEqual([{ code: 'MZ-001' }, { code: 'WJ-001' }]);
    const memberCases = [
      { itemCode: 'MZ-001', caseNumber: 'SX-20260115-00001', status: 'approved' as const, instant: true },
      { itemCode: 'WJ-001', caseNumber: 'SX-20260115-00002', status: 'approved' as const, instant: true },
    ];
    const delivered = mergeSubmission(base, {
      localNumber: base.localNumber,
      state: 'delivered',
      caseNumber: 'SX-20260115-00001',
      memberCases,
    });
    expect(delivered.memberCases).toEqual(memberCases);
    expect(packageMemberRows(pkg, answers, delivered)).toEqual([
      { code: 'MZ-001', caseNumber: 'SX-20260115-00001' },
      { code: 'WJ-001', caseNumber: 'SX-20260115-00002' },
    ]);
    expect(packageMemberRows(itemTargetFor('SC-005'), {}, delivered)).toEqual([]);
  });
});
