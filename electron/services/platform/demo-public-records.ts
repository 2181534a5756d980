import { createHash } from 'node:crypto';
import type { PersonalRecord, RecordChoices } from '../../../shared/platform/index.js';
import { demoBusinesses } from './demo-data.js';

/**
 * Public records of the embedded demo platform that anyone may look up without identifying: market entity
 * registration (企业信息公示) and invoice verification (发票查验). Computed from what the kiosk sends, never
 * stored; every answer is marked sample.
 */
type Choices = RecordChoices;

// Own properties only: an id like "constructor" must not reach Object.prototype.
const own = (o: Readonly<Record<string, string>> | undefined, id: string) => (o && Object.hasOwn(o, id) ? o[id] : undefined);
const pick = (choices: Choices | undefined, id: string) => (own(choices?.values, id) ?? own(choices?.answers, id))?.trim();

function marketEntity(choices: Choices | undefined, asOfMs: number): Omit<PersonalRecord, 'record'> {
  const name = pick(choices, 'entityName');
  const code = pick(choices, 'creditCode')?.toUpperCase();
  const found = demoBusinesses.find((b) => (code && b.creditCode === code) || (name && name.length >= 2 && b.name.includes(name)));
  const base = { title: '市场主体登记信息', department: '阳泉市郊区市场监督管理局', asOf: new Date(asOfMs).toISOString(), sample: true };
  if (!found) return { ...base, holderName: name ?? code ?? '—', summary: [{ label: '查询结果', value: '未查询到符合条件的市场主体，请核对名称或统一社会信用代码' }] };
  return {
    ...base,
    holderName: found.name,
    summary: [
      { label: '名称', value: found.name },
      { label: '统一社会信用代码', value: found.creditCode },
      { label: '类型', value: found.kind },
      { label: '经营场所', value: found.address },
      { label: '经营范围', value: found.scope },
      { label: '成立日期', value: found.registeredOn },
      { label: '登记状态', value: '存续（在营、开业、在册）' },
    ],
  };
}

function invoice(choices: Choices | undefined, asOfMs: number): Omit<PersonalRecord, 'record'> {
  const number = pick(choices, 'digitalInvoiceNumber') ?? pick(choices, 'invoiceNumber') ?? '';
  const amount = pick(choices, 'totalAmount') ?? pick(choices, 'amountBeforeTax');
  const base = { title: '发票查验结果', department: '国家税务总局阳泉市郊区税务局', holderName: number || '—', asOf: new Date(asOfMs).toISOString(), sample: true };
  // A number ending in 0 is unknown to the demo platform; any other is found and matches.
  if (!number || number.endsWith('0')) {
    return { ...base, summary: [{ label: '查验结果', value: '查无此票：请核对发票号码、开票日期和金额，或联系开票方' }] };
  }
  const seller = (createHash('sha256').update(number).digest()[0] ?? 0) % 2 === 0 ? demoBusinesses[0] : demoBusinesses[1];
  return {
    ...base,
    summary: [
      { label: '查验结果', value: '一致：发票信息与税务机关记录相符' },
      { label: '发票号码', value: number },
      ...(pick(choices, 'issueDate') ? [{ label: '开票日期', value: pick(choices, 'issueDate') ?? '' }] : []),
      ...(amount ? [{ label: '金额', value: `${amount}元` }] : []),
      ...(seller ? [{ label: '销售方', value: seller.name }] : []),
      { label: '发票状态', value: '正常' },
    ],
  };
}

const builders: Readonly<Record<string, (choices: Choices | undefined, asOfMs: number) => Omit<PersonalRecord, 'record'>>> = {
  'marketEntity.publicInfo': marketEntity,
  'tax.invoiceVerification': invoice,
};

/** A public record by its name, or undefined when the record is not public (it needs an identified person). */
export function demoPublicRecord(record: string, choices: Choices | undefined, asOfMs: number): PersonalRecord | undefined {
  const build = builders[record];
  return build ? { record, ...build(choices, asOfMs) } : undefined;
}
