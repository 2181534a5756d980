import { createHash } from 'node:crypto';
import type { PersonalRecord, RecordChoices } from '../../shared/platform/index.js';
import { demoBusinesses } from './demo-data.js';

/**
 * Public records of the embedded demo platform that anyone may look up without identifying: market entity
 * registration (企业信息公示) and invoice verification (发票查验). Computed from what the kiosk sends, never
 * stored; every answer is marked sample.
 */
type Choices = RecordChoices;

// Own properties only: an id like "constructor" must not reach Object.prototype.
const own = (o: Readonly<Record<string, string>> | undefined, id: string) =>
  o && Object.hasOwn(o, id) ? o[id] : undefined;
const pick = (choices: Choices | undefined, id: string) =>
  (own(choices?.values, id) ?? own(choices?.answers, id))?.trim();

function marketEntity(choices: Choices | undefined, asOfMs: number): Omit<PersonalRecord, 'record'> {
  const name = pick(choices, 'entityName');
  const code = pick(choices, 'creditCode')?.toUpperCase();
  const found = demoBusinesses.find(
    (b) => (code && b.creditCode === code) || (name && name.length >= 2 && b.name.includes(name)),
  );
  const base = {
    title: '市场主体登记信息',
    titleEn: 'Business registration information',
    department: '阳泉市郊区市场监督管理局',
    departmentEn: 'Market Regulation Administration of Jiaoqu District',
    asOf: new Date(asOfMs).toISOString(),
    sample: true,
  };
  if (!found)
    return {
      ...base,
      holderName: name ?? code ?? '—',
      summary: [
        {
          label: '查询结果',
          labelEn: 'Result',
          value: '未查询到符合条件的市场主体，请核对名称或统一社会信用代码',
          valueEn: 'No business matches: check the name or the unified social credit code',
        },
      ],
    };
  return {
    ...base,
    holderName: found.name,
    summary: [
      // Names, addresses and the scope are shown as registered, in Chinese.
      { label: '名称', labelEn: 'Name', value: found.name },
      {
        label: '统一社会信用代码',
        labelEn: 'Unified social credit code',
        value: found.creditCode,
        valueEn: found.creditCode,
      },
      {
        label: '类型',
        labelEn: 'Type',
        value: found.kind,
        valueEn: found.kind === '个体工商户' ? 'Sole proprietorship' : 'Limited liability company',
      },
      { label: '经营场所', labelEn: 'Premises', value: found.address },
      { label: '经营范围', labelEn: 'Business scope', value: found.scope },
      { label: '成立日期', labelEn: 'Established', value: found.registeredOn, valueEn: found.registeredOn },
      { label: '登记状态', labelEn: 'Status', value: '存续（在营、开业、在册）', valueEn: 'In existence (operating)' },
    ],
  };
}

function invoice(choices: Choices | undefined, asOfMs: number): Omit<PersonalRecord, 'record'> {
  const number = pick(choices, 'digitalInvoiceNumber') ?? pick(choices, 'invoiceNumber') ?? '';
  const amount = pick(choices, 'totalAmount') ?? pick(choices, 'amountBeforeTax');
  const base = {
    title: '发票查验结果',
    titleEn: 'Invoice check result',
    department: '国家税务总局阳泉市郊区税务局',
    departmentEn: 'Jiaoqu District Taxation Bureau, State Taxation Administration',
    holderName: number || '—',
    asOf: new Date(asOfMs).toISOString(),
    sample: true,
  };
  // A number ending in 0 is unknown to the demo platform; any other is found and matches.
  if (!number || number.endsWith('0')) {
    return {
      ...base,
      summary: [
        {
          label: '查验结果',
          labelEn: 'Result',
          value: '查无此票：请核对发票号码、开票日期和金额，或联系开票方',
          valueEn: 'No such invoice: check the number, date and amount, or contact the issuer',
        },
      ],
    };
  }
  const seller =
    (createHash('sha256').update(number).digest()[0] ?? 0) % 2 === 0 ? demoBusinesses[0] : demoBusinesses[1];
  return {
    ...base,
    summary: [
      {
        label: '查验结果',
        labelEn: 'Result',
        value: '一致：发票信息与税务机关记录相符',
        valueEn: "Matches: the invoice agrees with the tax authority's records",
      },
      { label: '发票号码', labelEn: 'Invoice number', value: number },
      ...(pick(choices, 'issueDate')
        ? [{ label: '开票日期', labelEn: 'Issued on', value: pick(choices, 'issueDate') ?? '' }]
        : []),
      ...(amount ? [{ label: '金额', labelEn: 'Amount', value: `${amount}元`, valueEn: `${amount} yuan` }] : []),
      ...(seller ? [{ label: '销售方', labelEn: 'Seller', value: seller.name }] : []),
      { label: '发票状态', labelEn: 'Invoice status', value: '正常', valueEn: 'Normal' },
    ],
  };
}

const builders: Readonly<
  Record<string, (choices: Choices | undefined, asOfMs: number) => Omit<PersonalRecord, 'record'>>
> = {
  'marketEntity.publicInfo': marketEntity,
  'tax.invoiceVerification': invoice,
};

/** A public record by its name, or undefined when the record is not public (it needs an identified person). */
export function demoPublicRecord(
  record: string,
  choices: Choices | undefined,
  asOfMs: number,
): PersonalRecord | undefined {
  const build = builders[record];
  return build ? { record, ...build(choices, asOfMs) } : undefined;
}
