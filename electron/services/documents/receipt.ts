import type { ReceiptLine } from '../../../shared/devices/print-job.js';
import { chinaDateTime, chinaLongDate } from '../../../shared/platform/china-time.js';
import { type RollPen, type RollRow, renderRollPdf } from './roll-layout.js';

/**
 * The acceptance receipt (受理回执) on 80 mm paper. Everything on it is safe to leave in a tray: the name
 * and ID number are masked; the case (or local) number with the query code lets the holder look up progress.
 */
export interface ReceiptData {
  readonly documentId: string;
  /** 阳泉市郊区政务服务中心 */
  readonly siteName: string;
  readonly kioskId: string;
  readonly itemName: string;
  readonly department: string;
  /** For a package, the lead (first member's) case; every case is in memberCases. */
  readonly caseNumber?: string;
  /** A package submission: one case per member item, each printed with its item's name. */
  readonly memberCases?: readonly { readonly caseNumber: string; readonly itemName: string }[];
  readonly localNumber: string;
  readonly applicantMasked: string;
  readonly idNumberMasked: string;
  readonly submittedAt: number;
  readonly printedAt: number;
  readonly instant: boolean;
  readonly promisedBy?: number;
  /** "已办结", "已受理，审核中", "已保存，网络恢复后自动提交" */
  readonly statusText: string;
  readonly materials: {
    readonly eLicense: number;
    readonly commitment: number;
    readonly scan: number;
    readonly later: readonly string[];
  };
  /** Printed as 查询验证码; with the number it verifies the holder of the receipt. */
  readonly queryCode: string;
  readonly qrPayload: string;
  readonly consultationPhone?: string;
  readonly sample: boolean;
}

/** Text of the QR code on a receipt: scanned at any kiosk, it opens the progress of this case. */
export function receiptQrPayload(number: string, queryCode: string): string {
  return `GKR1:${number}:${queryCode}`;
}

export function parseReceiptQr(text: string): { number: string; queryCode: string } | undefined {
  const m = /GKR1:([A-Za-z0-9-]{6,64}):([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text.slice(0, 300));
  return m ? { number: m[1] as string, queryCode: m[2] as string } : undefined;
}

function rowsOf(d: ReceiptData): RollRow[] {
  const materials = [
    d.materials.eLicense ? `电子证照${d.materials.eLicense}项` : '',
    d.materials.commitment ? `告知承诺${d.materials.commitment}项` : '',
    d.materials.scan ? `扫描上传${d.materials.scan}项` : '',
  ]
    .filter(Boolean)
    .join('，');
  const members = d.memberCases ?? [];
  const numbered = members.length > 1;
  const caseRows: RollRow[] =
    members.length > 0
      ? members.map((m, i) => ({
          label: numbered ? `办件编号${i + 1}` : '办件编号',
          value: m.caseNumber,
          detail: m.itemName,
          important: true,
        }))
      : [{ label: '办件编号', value: d.caseNumber ?? '网络恢复后自动生成', important: true }];
  return [
    { label: members.length > 0 ? '一件事' : '事项名称', value: d.itemName },
    ...caseRows,
    { label: '本机受理号', value: d.localNumber },
    { label: '申请人', value: d.applicantMasked },
    { label: '证件号码', value: d.idNumberMasked },
    { label: '受理部门', value: d.department },
    { label: '提交时间', value: chinaDateTime(d.submittedAt) },
    {
      label: '办理时限',
      value: d.instant ? '即办件，当场办结' : d.promisedBy ? `${chinaLongDate(d.promisedBy)}前办结` : '按承诺时限办结',
    },
    { label: '办理状态', value: d.statusText },
    ...(materials ? [{ label: '已交材料', value: materials }] : []),
    ...(d.materials.later.length > 0 ? [{ label: '待补材料', value: d.materials.later.join('、') }] : []),
  ];
}

const FOOTNOTE =
  '请妥善保管本回执。扫描二维码，或凭办件编号（本机受理号）和查询验证码，可在任一自助终端或“三晋通”查询办理进度。';

/** The same receipt as lines for an ESC/POS printer (text and a native QR code). */
export function receiptLines(d: ReceiptData): ReceiptLine[] {
  const lines: ReceiptLine[] = [
    { kind: 'text', text: d.siteName, bold: true, align: 'center', size: 'normal' },
    { kind: 'text', text: '受理回执', bold: true, align: 'center', size: 'large' },
  ];
  if (d.sample)
    lines.push({ kind: 'text', text: '【样本 SAMPLE · 演示用，无效】', bold: true, align: 'center', size: 'normal' });
  lines.push({ kind: 'rule' });
  for (const row of rowsOf(d))
    lines.push({
      kind: 'text',
      text: `${row.label}：${row.value}${row.detail ? `（${row.detail}）` : ''}`.slice(0, 200),
      bold: row.important === true,
      align: 'left',
      size: 'normal',
    });
  lines.push({ kind: 'rule' });
  lines.push({ kind: 'text', text: `查询验证码：${d.queryCode}`, bold: true, align: 'center', size: 'normal' });
  lines.push({ kind: 'qr', data: d.qrPayload });
  lines.push({ kind: 'text', text: FOOTNOTE, bold: false, align: 'left', size: 'normal' });
  if (d.consultationPhone)
    lines.push({
      kind: 'text',
      text: `咨询电话：${d.consultationPhone}　监督电话：12345`,
      bold: false,
      align: 'left',
      size: 'normal',
    });
  lines.push({
    kind: 'text',
    text: `终端：${d.kioskId}　打印：${chinaDateTime(d.printedAt)}`,
    bold: false,
    align: 'left',
    size: 'normal',
  });
  lines.push({ kind: 'feed', lines: 3 });
  return lines;
}

/** Lays the receipt out on the roll. */
function layout(pen: RollPen, d: ReceiptData): void {
  pen.header(d.siteName, '受理回执', d.sample);
  for (const row of rowsOf(d)) pen.row(row);
  pen.verification(`查询验证码  ${d.queryCode}`, d.qrPayload, 34, '扫码查询办理进度');
  pen.note(FOOTNOTE);
  if (d.consultationPhone) pen.note(`咨询电话：${d.consultationPhone}　　监督投诉：12345`);
  pen.footer(d.kioskId, d.printedAt, d.sample && '本回执由演示平台生成，仅供演示和测试，不作为办事凭证。');
}

/** Renders the receipt as a PDF exactly as long as its content (receipt printers cut after it). */
export async function renderReceiptPdf(
  d: ReceiptData,
  fontDir: string,
  createdAt = new Date(d.printedAt),
): Promise<Uint8Array> {
  return renderRollPdf({ title: '受理回执', createdAt, fontDir, sample: d.sample }, (pen) => layout(pen, d));
}
