import { describe, expect, it } from 'vitest';
import { kioskComplaintSchema, progressLookupResultSchema } from '../../../../shared/contract/platform.js';
import {
  complaintRequest,
  complaintPageProblem,
  emptyComplaint,
  firstProblemPage,
  KIOSK_SUBJECT,
} from './complaint-logic.js';
import {
  codeProblem,
  eIdLookupProblem,
  groupCode,
  normalizeQueryCode,
  numberProblem,
  problemOfError,
  progressEntries,
  scanResult,
  slipWords,
  typedQueries,
} from './progress-logic.js';
import { caseNumberProblem, keyFor } from './services-logic.js';

describe('progress lookup', () => {
  it('reads a query code the way people type it from paper', () => {
    expect(normalizeQueryCode('7k3q m2xd 94pa')).toBe('7K3Q-M2XD-94PA');
    expect(normalizeQueryCode('7K3QM2XD94PA')).toBe('7K3Q-M2XD-94PA');
    expect(normalizeQueryCode('7K3Q-M2XD-94PO')).toBe('7K3Q-M2XD-94P0'); // O is read as 0
    expect(normalizeQueryCode('IL00-0000-0000')).toBe('1100-0000-0000');
    expect(codeProblem('')).toBe('empty');
    expect(codeProblem('7K3Q-M2XD')).toBe('length');
    expect(codeProblem('7K3Q-M2XD-94PU')).toBe('format'); // U is never printed
    expect(codeProblem('7k3qm2xd94pa')).toBeUndefined();
    expect(groupCode('7k3qm2')).toBe('7K3Q-M2');
    expect(groupCode('7K3Q-M2XD-94PA')).toBe('7K3Q-M2XD-94PA');
  });

  it('takes a typed number as a case number first, then as a local acceptance number', () => {
    expect(numberProblem(' ')).toBe('empty');
    expect(numberProblem('YQJQ 2026/01')).toBe('format');
    expect(typedQueries('yqjq-20260115-00001', '7k3qm2xd94pa')).toEqual([
      { by: 'caseNumber', caseNumber: 'YQJQ-20260115-00001', queryCode: '7K3Q-M2XD-94PA' },
      { by: 'localNumber', localAcceptanceNumber: 'YQJQ-20260115-00001', queryCode: '7K3Q-M2XD-94PA' },
    ]);
  });

  it('puts applications waiting here first, and says plainly why nothing was found', () => {
    const reply = progressLookupResultSchema.parse({
      cases: [
        {
          caseNumber: 'YQJQ-20260115-00001',
          localAcceptanceNumber: 'DEMO-0001-20260115-0001',
          target: { kind: 'item', itemCode: 'SC-005' },
          title: '食品小经营店备案',
          department: '阳泉市郊区市场监督管理局',
          applicantMasked: '王*国',
          status: 'approved',
          acceptedAt: '2026-01-15T02:30:00.000Z',
          timeline: [{ status: 'accepted', at: '2026-01-15T02:30:00.000Z' }],
          certificateAvailable: true,
        },
      ],
      queuedHere: [
        { localNumber: 'DEMO-0001-20260115-0002', title: '个体工商户设立登记', savedAt: '2026-01-15T02:40:00.000Z' },
      ],
    });
    expect(progressEntries(reply.cases, reply.queuedHere).map((e) => e.kind)).toEqual(['queued', 'case']);
    expect(problemOfError('notFound', 'typed')).toBe('notFound');
    expect(problemOfError('notFound', 'idCard')).toBe('noCases');
    expect(problemOfError('unavailable', 'scan')).toBe('unavailable');
    expect(scanResult({ kind: 'certificate', valid: true, online: 'valid' })).toEqual({
      kind: 'problem',
      problem: 'certificateCode',
    });
    expect(scanResult({ kind: 'unknown', valid: false, reason: 'malformed' })).toEqual({
      kind: 'problem',
      problem: 'notReceipt',
    });
    expect(scanResult({ kind: 'receipt', valid: true, queuedHere: true })).toEqual({ kind: 'queued' });
    expect(scanResult({ kind: 'receipt', valid: false, reason: 'unavailable' })).toEqual({
      kind: 'problem',
      problem: 'unavailable',
    });
    expect(scanResult({ kind: 'receipt', valid: false, reason: 'notFound' })).toEqual({
      kind: 'problem',
      problem: 'notFound',
    });
  });
});

describe('slips and e-ID codes at the progress lookup', () => {
  it('turns a checked payment receipt or appointment slip into words, and never claims more offline than the kiosk knows', () => {
    const paid = {
      kind: 'payment',
      valid: true,
      printedHere: true,
      online: 'valid',
      orderNumber: 'PAY-20260115-000001',
      amountFen: 8640,
      paidAt: '2026-01-15T02:30:00.000Z',
    } as const;
    expect(scanResult(paid)).toEqual({ kind: 'slip', slip: paid });
    expect(slipWords(paid, 'zh-CN')).toEqual({
      key: 'paymentPaid',
      values: { amount: '86.40', when: '2026-01-15 10:30' },
    });
    expect(slipWords({ ...paid, valid: false, reason: 'expired' }, 'zh-CN').key).toBe('paymentNotPaid');
    expect(
      slipWords(
        { kind: 'payment', valid: true, printedHere: true, online: 'unreachable', orderNumber: 'PAY-20260115-000001' },
        'en',
      ).key,
    ).toBe('printedHereOffline');
    expect(
      slipWords(
        {
          kind: 'payment',
          valid: false,
          reason: 'unreachable',
          printedHere: false,
          online: 'unreachable',
          orderNumber: 'PAY-20260115-000001',
        },
        'en',
      ).key,
    ).toBe('unreachable');
    const booked = {
      kind: 'booking',
      valid: true,
      printedHere: false,
      online: 'valid',
      bookingNumber: 'YY-20260115-00001',
      date: '2026-01-16',
      start: '09:00',
      end: '10:00',
      location: '婚姻登记处',
    } as const;
    expect(slipWords(booked, 'en')).toEqual({
      key: 'bookingBooked',
      values: { date: '2026-01-16', time: '09:00–10:00', place: '婚姻登记处' },
    });
    // The platform's English for the place in English mode; never in Chinese mode.
    const withEnglish = { ...booked, locationEn: 'Marriage registry' };
    expect(slipWords(withEnglish, 'en').values.place).toBe('Marriage registry');
    expect(slipWords(withEnglish, 'zh-CN').values.place).toBe('婚姻登记处');
    expect(slipWords({ ...booked, valid: false, reason: 'cancelled' }, 'zh-CN').key).toBe('bookingCancelled');
  });

  it('says why an e-ID code found nobody', () => {
    expect(eIdLookupProblem('notFound')).toBe('eIdNotRecognised');
    expect(eIdLookupProblem('expired')).toBe('eIdStale');
    expect(eIdLookupProblem('alreadyUsed')).toBe('eIdStale');
    expect(eIdLookupProblem('unavailable')).toBe('unavailable');
  });
});

describe('idempotency keys and case numbers', () => {
  it('keeps the key while the content is the same, and changes it with the content', () => {
    let n = 0;
    const next = () => `k${(n += 1)}`;
    const first = keyFor({ level: 'satisfied' }, undefined, next);
    expect(keyFor({ level: 'satisfied' }, first, next)).toBe(first);
    expect(keyFor({ level: 'dissatisfied' }, first, next).key).toBe('k2');
  });

  it("only the platform's case numbers can be rated", () => {
    expect(caseNumberProblem('')).toBe('empty');
    expect(caseNumberProblem('yqjq-20260115-00001')).toBeUndefined();
    expect(caseNumberProblem('编号123')).toBe('format');
  });
});

describe('complaints', () => {
  const departmentName = (id: string) => (id === 'marketRegulation' ? '阳泉市郊区市场监督管理局' : undefined);

  it('checks each page on 继续: kind, subject, at least five characters, a mobile number if any', () => {
    expect(complaintPageProblem('kind', emptyComplaint)).toBe('kind');
    expect(complaintPageProblem('subject', { ...emptyComplaint, kind: 'complaint' })).toBe('subject');
    expect(complaintPageProblem('text', { ...emptyComplaint, text: '   ' })).toBe('textEmpty');
    expect(complaintPageProblem('text', { ...emptyComplaint, text: '太慢了' })).toBe('textShort');
    expect(complaintPageProblem('text', { ...emptyComplaint, text: '窗口排队太久' })).toBeUndefined();
    expect(complaintPageProblem('phone', { ...emptyComplaint, phone: '139' })).toBe('phone');
    expect(firstProblemPage({ ...emptyComplaint, kind: 'suggestion', subject: KIOSK_SUBJECT })).toBe('text');
  });

  it('builds requests the contract accepts, with the department named from the catalog', () => {
    const draft = {
      kind: 'complaint' as const,
      subject: 'marketRegulation',
      text: '  窗口让我跑了三次。 ',
      phone: '13912345678',
    };
    const request = complaintRequest(draft, departmentName);
    expect(request).toEqual({
      kind: 'complaint',
      subject: { kind: 'department', departmentId: 'marketRegulation', departmentName: '阳泉市郊区市场监督管理局' },
      text: '窗口让我跑了三次。',
      phone: '13912345678',
    });
    expect(
      kioskComplaintSchema.safeParse({ ...request, idempotencyKey: '3e1f7c2a-4b5d-4e6f-8a9b-0c1d2e3f4a5b' }).success,
    ).toBe(true);
    expect(complaintRequest({ ...draft, subject: KIOSK_SUBJECT, phone: '' }, departmentName)).toEqual({
      kind: 'complaint',
      subject: { kind: 'kiosk' },
      text: '窗口让我跑了三次。',
    });
    expect(complaintRequest({ ...draft, subject: 'nowhere' }, departmentName)).toBeUndefined();
    expect(complaintRequest({ ...draft, text: '差' }, departmentName)).toBeUndefined();
  });
});
