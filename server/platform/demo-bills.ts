import { createHash } from 'node:crypto';
import type { Bill, BillQuery } from '../../shared/platform/index.js';
import { chinaParts } from '../../shared/platform/china-time.js';
import { maskIdNumber, maskName } from '../../shared/validation/id-number.js';
import { demoCitizenByIdNumber } from './demo-data.js';

/**
 * Bills of the embedded demo platform, computed (never stored) from what the kiosk sends, so every kiosk
 * and every test sees the same amounts. They follow the pay items of the bundled catalog by the ids of
 * their questions and fields (payKind, prepayAmount, pensionLevel, payPeriod, payFor, lookup):
 *
 * - utility accounts (水费/电费/燃气费): arrears of 20–260 yuan over the last two months, derived from the
 *   account number; an account ending in 0000 owes nothing; one starting with 999 does not exist;
 * - a prepayment (预存): the amount the citizen chose;
 * - flexible workers' social insurance (灵活就业): base × level × rate × months;
 * - residents' medical insurance (城乡居民医保): 400 yuan for the coming insurance year;
 * - traffic fines: one fine for 张晓明's own vehicle, a fine for any decision number, none otherwise.
 */
export type DemoBill = Omit<Bill, 'billNumber' | 'itemCode' | 'payee' | 'sample'>;

/** Shanxi's average monthly wage used as the contribution base in the demo (元). */
export const DEMO_CONTRIBUTION_BASE_YUAN = 6338;
const PENSION_RATE = 0.2;
const MEDICAL_RATE = 0.08;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
const yuan = (fen: number) => (fen / 100).toFixed(2);

function choice(query: BillQuery, id: string): string | undefined {
  return query.choices?.find((c) => c.id === id)?.value;
}

/** "1234567890" → "123****890": enough to recognise one's own account, not enough to read someone else's. */
export function maskReference(reference: string): string {
  if (reference.length <= 6) return reference;
  return `${reference.slice(0, 3)}${'*'.repeat(Math.min(reference.length - 6, 8))}${reference.slice(-3)}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The last whole months, as the platform writes them in Chinese (2026年09月) and in English (September 2026). */
function lastMonths(nowMs: number, count: number): Array<{ zh: string; en: string }> {
  const p = chinaParts(nowMs);
  const out: Array<{ zh: string; en: string }> = [];
  for (let i = count; i >= 1; i -= 1) {
    const m = p.month - i;
    const year = p.year + Math.floor((m - 1) / 12);
    const month = ((((m - 1) % 12) + 12) % 12) + 1;
    out.push({ zh: `${year}年${String(month).padStart(2, '0')}月`, en: `${MONTH_NAMES[month - 1] ?? ''} ${year}` });
  }
  return out;
}

const monthsText = (months: number) => (months === 1 ? '1 month' : `${months} months`);

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

function parseYuan(text: string | undefined): number | undefined {
  if (!text || !/^\d{1,7}(\.\d{1,2})?$/.test(text)) return undefined;
  return Math.round(Number(text) * 100);
}

export type DemoBillResult =
  { ok: true; bill: DemoBill } | { ok: false; code: 'notFound' | 'notAllowed'; message: string };

export function demoBill(query: BillQuery, nowMs: number): DemoBillResult {
  const prepay = parseYuan(choice(query, 'prepayAmount'));
  const reference = query.reference;

  // 灵活就业人员社会保险费: the citizen chose the levels and the period.
  const pensionLevel = choice(query, 'pensionLevel');
  const medicalLevel = choice(query, 'medicalLevel');
  if (pensionLevel || medicalLevel) {
    const months = monthsOf(choice(query, 'payPeriod'), nowMs);
    const lines: DemoBill['lines'] = [];
    const percent = (level: string) => Number(level.replace(/^p/, '')) / 100;
    if (pensionLevel) {
      const fen = Math.round(DEMO_CONTRIBUTION_BASE_YUAN * percent(pensionLevel) * PENSION_RATE * 100) * months;
      const rate = `${Math.round(percent(pensionLevel) * 100)}% × 20%`;
      lines.push({
        label: '职工基本养老保险',
        labelEn: 'Basic pension insurance',
        detail: `缴费基数 ${rate} × ${months}个月`,
        detailEn: `Contribution base ${rate} × ${monthsText(months)}`,
        amountFen: fen,
      });
    }
    if (medicalLevel) {
      const fen = Math.round(DEMO_CONTRIBUTION_BASE_YUAN * percent(medicalLevel) * MEDICAL_RATE * 100) * months;
      const rate = `${Math.round(percent(medicalLevel) * 100)}% × 8%`;
      lines.push({
        label: '职工基本医疗保险',
        labelEn: 'Basic medical insurance',
        detail: `缴费基数 ${rate} × ${months}个月`,
        detailEn: `Contribution base ${rate} × ${monthsText(months)}`,
        amountFen: fen,
      });
    }
    const holder = query.idNumber ? demoCitizenByIdNumber(query.idNumber) : undefined;
    return {
      ok: true,
      bill: {
        ...(holder ? { holderMasked: maskName(holder.name) } : {}),
        period: months === 1 ? '本月' : `${months}个月`,
        periodEn: months === 1 ? 'This month' : monthsText(months),
        lines,
        totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
        note: '缴费记录一般 1 至 3 个工作日后可在社保查到。',
        noteEn: 'The payment usually shows in your social insurance records after 1 to 3 working days.',
      },
    };
  }

  // 城乡居民基本医疗保险: a fixed yearly contribution for the insured person.
  if (choice(query, 'payFor')) {
    if (!query.idNumber) return { ok: false, code: 'notAllowed', message: "The insured person's ID number is needed." };
    const p = chinaParts(nowMs);
    const year = p.month >= 9 ? p.year + 1 : p.year;
    const holder = demoCitizenByIdNumber(query.idNumber);
    return {
      ok: true,
      bill: {
        holderMasked: holder ? maskName(holder.name) : maskIdNumber(query.idNumber),
        period: `${year}年度`,
        periodEn: `Year ${year}`,
        lines: [
          {
            label: '城乡居民基本医疗保险个人缴费',
            labelEn: "Residents' basic medical insurance, personal contribution",
            detail: `${year}年1月1日至12月31日享受待遇`,
            detailEn: `Covered from 1 January to 31 December ${year}`,
            amountFen: 400_00,
          },
        ],
        totalFen: 400_00,
      },
    };
  }

  // 交通违法罚款.
  const lookup = choice(query, 'lookup');
  if (lookup) {
    if (lookup === 'decision') {
      if (!reference || !/^\d{15,16}$/.test(reference))
        return { ok: false, code: 'notFound', message: 'No penalty decision has this number.' };
      const amount = [50_00, 100_00, 200_00][(digest(reference)[0] ?? 0) % 3] ?? 100_00;
      return {
        ok: true,
        bill: {
          referenceMasked: reference,
          lines: [
            {
              label: '交通违法罚款',
              labelEn: 'Traffic fine',
              detail: `处罚决定书 ${reference}`,
              detailEn: `Penalty decision ${reference}`,
              amountFen: amount,
            },
          ],
          totalFen: amount,
          note: '缴款后一般 1 个工作日内更新违法状态。',
          noteEn: 'The offence record is usually updated within 1 working day of payment.',
        },
      };
    }
    const holder = query.idNumber ? demoCitizenByIdNumber(query.idNumber) : undefined;
    const hasFine = lookup === 'mine' ? holder?.key === 'zhang-xiaoming' : Boolean(reference);
    if (!hasFine) {
      return {
        ok: true,
        bill: {
          lines: [],
          totalFen: 0,
          note: '没有查询到需要缴纳的交通违法罚款。',
          noteEn: 'No unpaid traffic fines were found.',
        },
      };
    }
    return {
      ok: true,
      bill: {
        ...(holder && lookup === 'mine' ? { holderMasked: maskName(holder.name) } : {}),
        ...(reference ? { referenceMasked: reference.slice(0, 2) + '***' + reference.slice(-2) } : {}),
        lines: [
          {
            label: '违反禁止标线指示',
            labelEn: 'Ignoring a prohibition road marking',
            detail: `${lastMonths(nowMs, 1)[0]?.zh ?? ''} 郊区义井大街，罚款`,
            detailEn: `${lastMonths(nowMs, 1)[0]?.en ?? ''}, Yijing Street, Jiaoqu: fine`,
            amountFen: 200_00,
          },
        ],
        totalFen: 200_00,
        note: '记分不在此处理；缴款后一般 1 个工作日内更新违法状态。',
        noteEn:
          'Penalty points are not handled here. The offence record is usually updated within 1 working day of payment.',
      },
    };
  }

  // 水费、电费、燃气费: by account number.
  if (!reference) return { ok: false, code: 'notAllowed', message: 'An account number is needed to look up the bill.' };
  if (!/^\d{6,20}$/.test(reference) || reference.startsWith('999'))
    return { ok: false, code: 'notFound', message: 'There is no account with this number.' };
  const h = digest(`account:${reference}`);
  const holderMasked = `${SURNAMES[(h[0] ?? 0) % SURNAMES.length]}**`;
  if (prepay !== undefined) {
    const payKind = choice(query, 'meterType');
    return {
      ok: true,
      bill: {
        holderMasked,
        referenceMasked: maskReference(reference),
        lines: [{ label: '预存费用', labelEn: 'Prepayment', amountFen: prepay }],
        totalFen: prepay,
        note:
          payKind === 'card'
            ? '插卡式表：缴费后请持卡到营业厅或带写卡功能的终端写卡，写卡后才到表。'
            : '预存金额将在下次出账时抵扣。',
        noteEn:
          payKind === 'card'
            ? 'Card meter: after paying, take the card to a service hall or a machine that can write meter cards. The credit reaches the meter only after the card is written.'
            : 'The prepayment is deducted from your next bill.',
      },
    };
  }
  if (reference.endsWith('0000')) {
    return {
      ok: true,
      bill: {
        holderMasked,
        referenceMasked: maskReference(reference),
        lines: [],
        totalFen: 0,
        note: '该户号目前没有欠费，无需缴纳。',
        noteEn: 'This account has nothing owing; there is nothing to pay.',
      },
    };
  }
  const months = lastMonths(nowMs, 2);
  const lines = months.map((month, i) => ({
    label: `${month.zh}账单`,
    labelEn: `Bill for ${month.en}`,
    amountFen: 20_00 + ((h.readUInt16BE(2 + i * 2) % 12000) + 0),
  }));
  const totalFen = lines.reduce((sum, l) => sum + l.amountFen, 0);
  return {
    ok: true,
    bill: {
      holderMasked,
      referenceMasked: maskReference(reference),
      period: `${months[0]?.zh ?? ''}至${months[months.length - 1]?.zh ?? ''}`,
      periodEn: `${months[0]?.en ?? ''} to ${months[months.length - 1]?.en ?? ''}`,
      lines,
      totalFen,
      note: `合计欠费 ${yuan(totalFen)} 元。缴费一般即时到账。`,
      noteEn: `${yuan(totalFen)} yuan owing in all. A payment usually arrives at once.`,
    },
  };
}

function monthsOf(period: string | undefined, nowMs: number): number {
  const month = chinaParts(nowMs).month;
  switch (period) {
    case 'quarter':
      return 3 - ((month - 1) % 3);
    case 'restOfYear':
      return 12 - month + 1;
    default:
      return 1;
  }
}
