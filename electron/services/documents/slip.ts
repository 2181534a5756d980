import { createHash } from 'node:crypto';
import type { ReceiptLine } from '../../../shared/devices/print-job.js';
import { chinaDateTime } from '../../../shared/platform/china-time.js';
import { FONT_BOLD, FONT_REGULAR } from './pdf-kit.js';
import { type RollPen, type RollRow, renderRollPdf } from './roll-layout.js';

/**
 * Slips on 80 mm receipt paper besides the acceptance receipt: the payment receipt (缴费凭证) and the
 * appointment slip (预约凭条). Same pattern as receipt.ts: a PDF exactly as long as its content for
 * spooled receipt printers, and the same content as lines for ESC/POS printers; a highlighted value (the
 * amount paid, the appointment time), a verification code and a QR code; nothing personal unmasked.
 */
export type SlipRow = Pick<RollRow, 'label' | 'value'>;

export interface SlipData {
  readonly documentId: string;
  /** 缴费凭证 / 预约凭条 */
  readonly title: string;
  readonly siteName: string;
  readonly kioskId: string;
  /** The one thing the holder looks for, printed large ("¥86.40"), with a smaller line under it (the amount in capitals). */
  readonly highlight: SlipRow & { readonly note?: string };
  readonly rows: readonly SlipRow[];
  readonly verificationCode: string;
  readonly qrPayload: string;
  /** Under the QR code: what scanning it does. */
  readonly qrCaption: string;
  /** Plain-words notes at the bottom (what to bring, when it arrives). */
  readonly notes: readonly string[];
  readonly printedAt: number;
  readonly sample: boolean;
}

/** Crockford base32, as the platform's verification codes. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A verification code for a slip, derived from a keyed hash of the slip's number (DocumentService passes the
 * store's keyed index), so the kiosk can check a slip it printed without keeping a table of codes.
 */
export function slipVerificationCode(keyedSeed: string): string {
  const bytes = createHash('sha256').update(keyedSeed, 'utf8').digest();
  let out = '';
  for (let i = 0; i < 12; i += 1) out += CROCKFORD[(bytes[i] ?? 0) & 31];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`;
}

export type SlipKind = 'payment' | 'booking' | 'complaint';

const SLIP_QR_PREFIX: Record<SlipKind, string> = { payment: 'GKP1', booking: 'GKB1', complaint: 'GKC1' };

/** QR text of a payment receipt (GKP1), an appointment slip (GKB1) or a complaint's receipt (GKC1). */
export function slipQrPayload(kind: SlipKind, number: string, code: string): string {
  return `${SLIP_QR_PREFIX[kind]}:${number}:${code}`;
}

export function parseSlipQr(text: string): { kind: 'payment' | 'booking'; number: string; code: string } | undefined {
  const m = /GK([PB])1:([A-Z0-9-]{6,40}):([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text.slice(0, 300));
  return m ? { kind: m[1] === 'P' ? 'payment' : 'booking', number: m[2] as string, code: m[3] as string } : undefined;
}

/** "¥86.40（人民币捌拾陆元肆角整）": the amount in figures and in capitals, as Chinese receipts print it. */
export function yuanText(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}（人民币${capitalYuan(fen)}）`;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿'];

function group4(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos -= 1) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += (DIGITS[d] ?? '') + (UNITS[pos] ?? '');
  }
  return out;
}

/** Amount in Chinese capital numerals (大写金额), e.g. 8640 fen → 捌拾陆元肆角整, 10005 yuan → 壹万零伍元整. */
export function capitalYuan(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new Error('amount in fen must be a non-negative integer');
  let yuan = Math.floor(fen / 100);
  const jiao = Math.floor((fen % 100) / 10);
  const cents = fen % 10;
  const groups: number[] = [];
  while (yuan > 0) {
    groups.push(yuan % 10000);
    yuan = Math.floor(yuan / 10000);
  }
  let integer = '';
  let gap = false;
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const g = groups[i] ?? 0;
    if (g === 0) {
      if (integer) gap = true;
      continue;
    }
    if (integer && (gap || g < 1000)) integer += '零';
    integer += group4(g) + (GROUPS[i] ?? '');
    gap = false;
  }
  if (!integer && jiao === 0 && cents === 0) return '零元整';
  let out = integer ? `${integer}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (integer) out += '零';
  out += cents > 0 ? `${DIGITS[cents]}分` : '整';
  return out;
}

/** The slip as lines for an ESC/POS printer (text and a native QR code). */
export function slipLines(d: SlipData): ReceiptLine[] {
  const lines: ReceiptLine[] = [
    { kind: 'text', text: d.siteName, bold: true, align: 'center', size: 'normal' },
    { kind: 'text', text: d.title, bold: true, align: 'center', size: 'large' },
  ];
  if (d.sample)
    lines.push({ kind: 'text', text: '【样本 SAMPLE · 演示用，无效】', bold: true, align: 'center', size: 'normal' });
  lines.push({ kind: 'rule' });
  const note = d.highlight.note ? `（${d.highlight.note}）` : '';
  lines.push({
    kind: 'text',
    text: `${d.highlight.label}：${d.highlight.value}${note}`.slice(0, 200),
    bold: true,
    align: 'left',
    size: 'large',
  });
  for (const row of d.rows)
    lines.push({
      kind: 'text',
      text: `${row.label}：${row.value}`.slice(0, 200),
      bold: false,
      align: 'left',
      size: 'normal',
    });
  lines.push({ kind: 'rule' });
  lines.push({ kind: 'text', text: `验证码：${d.verificationCode}`, bold: true, align: 'center', size: 'normal' });
  lines.push({ kind: 'qr', data: d.qrPayload });
  lines.push({ kind: 'text', text: d.qrCaption, bold: false, align: 'center', size: 'normal' });
  for (const note of d.notes)
    lines.push({ kind: 'text', text: note.slice(0, 200), bold: false, align: 'left', size: 'normal' });
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

/** Lays the slip out on the roll: the highlighted value large under the title, then the rows. */
function layout(pen: RollPen, d: SlipData): void {
  pen.header(d.siteName, d.title, d.sample);
  pen.center(d.highlight.label, FONT_REGULAR, 8, '#555555');
  pen.space(0.5);
  pen.center(d.highlight.value, FONT_BOLD, 13.5);
  if (d.highlight.note) pen.center(d.highlight.note, FONT_REGULAR, 8.5);
  pen.space(1.5);
  for (const row of d.rows) pen.row(row);
  pen.verification(`验证码  ${d.verificationCode}`, d.qrPayload, 30, d.qrCaption);
  for (const text of d.notes) pen.note(text);
  pen.footer(d.kioskId, d.printedAt, d.sample && '本凭条由演示平台生成，仅供演示和测试，不作为缴费或办事凭证。');
}

/** Renders the slip as a PDF exactly as long as its content (receipt printers cut after it). */
export async function renderSlipPdf(
  d: SlipData,
  fontDir: string,
  createdAt = new Date(d.printedAt),
): Promise<Uint8Array> {
  return renderRollPdf({ title: d.title, createdAt, fontDir, sample: d.sample }, (pen) => layout(pen, d));
}
