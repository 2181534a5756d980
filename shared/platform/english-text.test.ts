import { describe, expect, it } from 'vitest';
import { appointmentSlotSchema, billSchema, caseProgressSchema, personalRecordSchema } from './index.js';

const record = {
  record: 'medicalInsurance.enrolment',
  title: '医疗保障参保凭证',
  department: '阳泉市医疗保障局郊区分局',
  holderName: '张*明',
  asOf: '2026-11-21T08:00:00.000Z',
  summary: [{ label: '参保状态', value: '参保缴费' }],
  table: { columns: ['缴费年月', '状态'], rows: [['2026-10', '已到账']] },
  sample: true,
};
const bill = {
  billNumber: 'BILL-20261121-ABC',
  itemCode: 'SW-004',
  payee: '阳泉市郊区供水公司',
  period: '2026年09月至2026年10月',
  lines: [{ label: '2026年09月账单', amountFen: 8504 }],
  totalFen: 8504,
  note: '合计欠费 85.04 元。',
  sample: true,
};

describe('English beside the Chinese in what the platform returns', () => {
  it('accepts Chinese only: a provincial platform may send nothing else', () => {
    expect(personalRecordSchema.safeParse(record).success).toBe(true);
    expect(billSchema.safeParse(bill).success).toBe(true);
  });

  it('accepts Chinese with English', () => {
    const withEnglish = {
      ...record,
      titleEn: 'Medical insurance enrolment record',
      departmentEn: 'Jiaoqu Branch of the Yangquan Medical Security Bureau',
      summary: [{ label: '参保状态', labelEn: 'Status', value: '参保缴费', valueEn: 'Enrolled and contributing' }],
      table: { ...record.table, columnsEn: ['Month', 'Status'], rowsEn: [['2026-10', 'Received']] },
    };
    expect(personalRecordSchema.parse(withEnglish).summary[0]?.valueEn).toBe('Enrolled and contributing');
    const billEn = {
      ...bill,
      payeeEn: 'Water supplier',
      periodEn: 'September 2026 to October 2026',
      lines: [{ label: '2026年09月账单', labelEn: 'Bill for September 2026', amountFen: 8504 }],
      noteEn: '85.04 yuan owing in all.',
    };
    expect(billSchema.parse(billEn).lines[0]?.labelEn).toBe('Bill for September 2026');
  });

  it('still needs the Chinese', () => {
    const { title: _title, ...noTitle } = record;
    expect(personalRecordSchema.safeParse({ ...noTitle, titleEn: 'Record' }).success).toBe(false);
    expect(billSchema.safeParse({ ...bill, lines: [{ labelEn: 'Bill', amountFen: 1 }] }).success).toBe(false);
  });

  it('refuses oversize or empty English, and English that does not fit the table', () => {
    expect(
      personalRecordSchema.safeParse({
        ...record,
        summary: [{ label: '状态', value: '正常', valueEn: 'x'.repeat(501) }],
      }).success,
    ).toBe(false);
    expect(personalRecordSchema.safeParse({ ...record, titleEn: 'x'.repeat(101) }).success).toBe(false);
    expect(personalRecordSchema.safeParse({ ...record, titleEn: '' }).success).toBe(false);
    expect(
      personalRecordSchema.safeParse({ ...record, table: { ...record.table, columnsEn: ['Month'] } }).success,
    ).toBe(false);
    expect(personalRecordSchema.safeParse({ ...record, table: { ...record.table, rowsEn: [] } }).success).toBe(false);
    expect(billSchema.safeParse({ ...bill, noteEn: 'x'.repeat(501) }).success).toBe(false);
    expect(
      billSchema.safeParse({ ...bill, lines: [{ label: '账单', labelEn: 'x'.repeat(101), amountFen: 1 }] }).success,
    ).toBe(false);
    // Still strict: an unknown field is refused.
    expect(billSchema.safeParse({ ...bill, noteFr: 'facture' }).success).toBe(false);
  });

  it('slots and case progress carry English too', () => {
    const slot = {
      slotId: 'S202611210900',
      itemCode: 'MZ-HYDJYY',
      date: '2026-11-21',
      start: '09:00',
      end: '10:00',
      location: '婚姻登记处',
      capacity: 5,
      remaining: 5,
    };
    expect(appointmentSlotSchema.safeParse(slot).success).toBe(true);
    expect(appointmentSlotSchema.safeParse({ ...slot, locationEn: 'Marriage registry' }).success).toBe(true);
    expect(appointmentSlotSchema.safeParse({ ...slot, locationEn: 'x'.repeat(101) }).success).toBe(false);
    const progress = {
      caseNumber: 'C20261121001',
      localAcceptanceNumber: 'K01-20261121-0001',
      target: { kind: 'item', itemCode: 'SCJG-SPXJYDBA' },
      title: '食品小经营店备案',
      department: '阳泉市郊区市场监督管理局',
      applicantMasked: '王*国',
      status: 'returned',
      acceptedAt: '2026-11-21T08:00:00.000Z',
      timeline: [{ status: 'accepted', at: '2026-11-21T08:00:00.000Z', note: '已受理', noteEn: 'Accepted' }],
      returnReason: '申请材料需补正',
      returnReasonEn: 'Materials to complete',
      certificateAvailable: false,
    };
    expect(caseProgressSchema.safeParse(progress).success).toBe(true);
    expect(caseProgressSchema.safeParse({ ...progress, returnReasonEn: 'x'.repeat(501) }).success).toBe(false);
  });
});
