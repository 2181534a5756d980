import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../../shared/result.js';
import {
  businessLicense,
  demoCard,
  itemTargetFor,
  packageTargetFor,
} from '../../../../../test/fixtures/apply-fixtures.js';
import {
  asksForBusiness,
  businessChoices,
  businessRecords,
  eIdStep,
  readStep,
  scanStep,
  wantsContact,
  withBusinessRecords,
  withContactRecords,
} from './identify-logic.js';

describe('reading the ID card', () => {
  it('shows a read card for confirmation', () => {
    const card = demoCard();
    expect(readStep(ok(card))).toEqual({ kind: 'card', card });
  });
  it('waits again when no card came or the wait was canceled', () => {
    expect(readStep(err('timeOut.noCard', 'no card'))).toEqual({ kind: 'wait' });
    expect(readStep(err('canceled.offline', 'read canceled'))).toEqual({ kind: 'wait' });
    expect(readStep(err('canceled', 'read canceled'))).toEqual({ kind: 'wait' });
  });
  it('asks the citizen to place the card again for their own faults, in both languages', () => {
    const step = readStep(err('userError.replaceCard', 'bad placement'));
    expect(step.kind).toBe('replace');
    if (step.kind !== 'replace') return;
    expect(step.message['zh-CN']).toBe('请重新放置身份证');
    expect(step.message.en).toMatch(/place it on the reader again/);
    expect(readStep(err('userError.cardAlreadyRead', 'read before')).kind).toBe('replace');
    expect(readStep(err('invalidData.invalidIdNumber', 'checksum')).kind).toBe('replace');
  });
  it('stops with plain words and a next step when the reader cannot read', () => {
    for (const code of [
      'hardwareError.samFault',
      'deviceNotReady.offline',
      'deviceNotReady.noDevice',
      'timeOut.noAnswer',
      'unavailable',
      'internalError',
    ]) {
      const step = readStep(err(code, 'technician words'));
      expect(step.kind, code).toBe('fault');
      if (step.kind === 'fault') expect(step.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    const sam = readStep(err('hardwareError.samFault', 'SAM'));
    expect(sam.kind === 'fault' && sam.message['zh-CN']).toContain('联系工作人员');
  });
});

describe('scanning an e-ID code', () => {
  const code = `GKEID1.${'A'.repeat(27)}.${'B'.repeat(86)}`;
  it('sends what looks like an e-ID to the platform, and calls any other code not an e-ID', () => {
    expect(scanStep(`${code}\r`)).toEqual({ kind: 'eId', code });
    expect(scanStep('GKEID1.damaged')).toEqual({ kind: 'eId', code: 'GKEID1.damaged' });
    expect(scanStep('GKR1:YQJQ-20260115-00001:7K3Q-M2XD-94PA')).toEqual({ kind: 'notEId' });
    expect(scanStep('https://example.invalid/pay?x=1')).toEqual({ kind: 'notEId' });
  });
  it('takes the verified person as the card holder, without a photo', () => {
    const card = demoCard('zhang-xiaoming');
    const { photo: _none, ...person } = card;
    expect(
      eIdStep(
        ok({
          person: { ...person, cardType: 'resident' as const },
          verifiedAt: '2026-01-15T02:30:00.000Z',
          sample: true,
        }),
      ),
    ).toEqual({ kind: 'person', card: person });
  });
  it('says why a code did not work, with the next step per reason', () => {
    expect(eIdStep(err('notFound', 'forged'))).toEqual({ kind: 'problem', problem: 'notRecognised' });
    expect(eIdStep(err('invalidRequest', 'malformed'))).toEqual({ kind: 'problem', problem: 'notRecognised' });
    expect(eIdStep(err('expired', 'old'))).toEqual({ kind: 'problem', problem: 'expired' });
    expect(eIdStep(err('alreadyUsed', 'used'))).toEqual({ kind: 'problem', problem: 'used' });
    for (const code of ['unavailable', 'internalError', 'unauthorized', 'badResponse'] as const)
      expect(eIdStep(err(code, 'x')), code).toEqual({ kind: 'problem', problem: 'unavailable' });
  });
});

describe('which business', () => {
  it('is asked for business items and packages only', () => {
    expect(asksForBusiness(itemTargetFor('SC-005'))).toBe(true);
    expect(asksForBusiness(packageTargetFor('YJS-001'))).toBe(true);
    expect(asksForBusiness(packageTargetFor('YJS-003'))).toBe(false);
    expect(asksForBusiness(itemTargetFor('RS-006'))).toBe(false);
  });
  it('offers valid business licences once each, with credit code and address', () => {
    const choices = businessChoices([
      businessLicense(),
      businessLicense(),
      businessLicense({ licenseNumber: '92140311MA0L7Q2R9X', status: 'expired', fields: [] }),
      businessLicense({ licenseType: 'foodBusinessLicense', licenseNumber: 'JY21403110012345' }),
    ]);
    expect(choices).toEqual([
      {
        key: '92140311MA0K3J8P1T',
        name: '测试家常菜馆',
        creditCode: '92140311MA0K3J8P1T',
        address: '山西省阳泉市郊区测试路1号',
      },
    ]);
  });
  it('falls back to the holder name and licence number when fields are missing', () => {
    const [choice] = businessChoices([businessLicense({ fields: [] })]);
    expect(choice).toMatchObject({ name: '测试家常菜馆', creditCode: '92140311MA0K3J8P1T' });
    expect(choice?.address).toBeUndefined();
  });
  it('prefills the catalog records businessLicense.* and says whether the applicant holds a licence', () => {
    expect(businessRecords({ name: 'A', creditCode: 'C', address: 'D' })).toEqual({
      'businessLicense.name': 'A',
      'businessLicense.creditCode': 'C',
      'businessLicense.address': 'D',
      'business.licensed': 'yes',
    });
    expect(businessRecords('new')).toEqual({ 'business.licensed': 'no' });
    expect(businessRecords('unknown')).toEqual({});
  });
  it('a new choice replaces the records of an earlier one and keeps the rest', () => {
    const earlier = withBusinessRecords({ 'person.mobile': 'm' }, { name: 'A', creditCode: 'C', address: 'D' });
    expect(withBusinessRecords(earlier, 'new')).toEqual({ 'person.mobile': 'm', 'business.licensed': 'no' });
    expect(withBusinessRecords(earlier, 'unknown')).toEqual({ 'person.mobile': 'm' });
  });
  it('the contact record goes with the person: asked for by forms with a person.* prefill, replaced on a new card', () => {
    expect(wantsContact(itemTargetFor('SC-005'))).toBe(true);
    expect(wantsContact(itemTargetFor('RS-001'))).toBe(false);
    const first = withContactRecords({ 'business.licensed': 'yes' }, '13900000001');
    expect(first).toEqual({ 'business.licensed': 'yes', 'person.mobile': '13900000001' });
    expect(withContactRecords(first, undefined)).toEqual({ 'business.licensed': 'yes' });
  });
});
