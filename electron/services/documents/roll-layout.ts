import { chinaDateTime } from '../../../shared/platform/china-time.js';
import {
  createDoc,
  drawQr,
  drawSampleWatermark,
  FONT_BOLD,
  FONT_REGULAR,
  finish,
  INK,
  MM,
  SEAL_RED,
} from './pdf-kit.js';

/**
 * The 80 mm roll every kiosk slip is printed on (受理回执, 缴费凭证, 预约凭条): one layout language — the site and
 * the title at the top, labelled rows, a dashed rule, a verification code over a QR code, small notes — and a PDF
 * exactly as long as its content, because receipt printers cut after it.
 */
export const ROLL_WIDTH = 80 * MM;
const SIDE = 4 * MM;
const INNER = ROLL_WIDTH - SIDE * 2;
const LABEL_WIDTH = 17 * MM;
const MUTED = '#555555';

export interface RollRow {
  readonly label: string;
  readonly value: string;
  /** Case numbers stand out. */
  readonly important?: boolean;
  /** Printed under the value (a package's case: the item's name). */
  readonly detail?: string;
}

/** Draws top to bottom on the roll and remembers how far it got; the first pass measures, the second draws. */
export class RollPen {
  private y = 5 * MM;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  get height(): number {
    return this.y;
  }

  space(mm: number): void {
    this.y += mm * MM;
  }

  center(text: string, font: string, size: number, color = INK, spacing = 0): void {
    this.doc.font(font).fontSize(size).fillColor(color);
    const h = this.doc.heightOfString(text, { width: INNER, align: 'center', characterSpacing: spacing });
    this.doc.text(text, SIDE, this.y, { width: INNER, align: 'center', characterSpacing: spacing });
    this.y += h;
  }

  rule(dashed: boolean, gap = 2.2 * MM): void {
    this.y += gap;
    this.doc.save().lineWidth(0.6).strokeColor('#444444');
    if (dashed) this.doc.dash(2, { space: 1.6 });
    this.doc
      .moveTo(SIDE, this.y)
      .lineTo(ROLL_WIDTH - SIDE, this.y)
      .stroke();
    this.doc.restore();
    this.y += gap;
  }

  /** The site, "政务服务自助终端", the title spaced out, a red 样本 band on demo output, and a rule. */
  header(siteName: string, title: string, sample: boolean): void {
    this.center(siteName, FONT_BOLD, 9.5);
    this.center('政务服务自助终端', FONT_REGULAR, 7.5, MUTED);
    this.space(1.5);
    this.center(title, FONT_BOLD, 17, INK, 6);
    if (sample) this.sampleBand();
    this.rule(false);
  }

  private sampleBand(): void {
    const { doc } = this;
    this.space(1);
    const label = '样本 SAMPLE · 演示用，无效';
    doc.font(FONT_BOLD).fontSize(8);
    const w = doc.widthOfString(label) + 4 * MM;
    doc
      .save()
      .lineWidth(0.8)
      .strokeColor(SEAL_RED)
      .roundedRect((ROLL_WIDTH - w) / 2, this.y - 0.6 * MM, w, 5 * MM, 1.2 * MM)
      .stroke()
      .restore();
    doc.fillColor(SEAL_RED).text(label, (ROLL_WIDTH - w) / 2, this.y + 0.2 * MM, { width: w, align: 'center' });
    this.y += 5 * MM;
  }

  /** A grey label on the left, the value beside it (bold and larger when important), its detail under it. */
  row(row: RollRow): void {
    const { doc } = this;
    const important = row.important === true;
    doc.font(FONT_REGULAR).fontSize(8).fillColor(MUTED);
    doc.text(row.label, SIDE, this.y + (important ? 0.5 : 0), { width: LABEL_WIDTH, lineBreak: false });
    this.valueLine(row.value, important ? FONT_BOLD : FONT_REGULAR, important ? 9.5 : 8.5, 0);
    if (row.detail) this.valueLine(row.detail, FONT_REGULAR, 8.5, -1);
  }

  private valueLine(text: string, font: string, size: number, nudge: number): void {
    this.doc.font(font).fontSize(size).fillColor(INK);
    const h = this.doc.heightOfString(text, { width: INNER - LABEL_WIDTH });
    this.doc.text(text, SIDE + LABEL_WIDTH, this.y + nudge, { width: INNER - LABEL_WIDTH });
    this.y += Math.max(h, 11) + 1.6;
  }

  /** "验证码  XXXX-XXXX-XXXX", the QR code centred under it, what scanning it does, and a dashed rule. */
  verification(codeLine: string, qrPayload: string, qrSizeMm: number, caption: string): void {
    this.rule(true);
    this.center(codeLine, FONT_BOLD, 10.5, INK, 0.5);
    this.space(2);
    const size = qrSizeMm * MM;
    drawQr(this.doc, qrPayload, (ROLL_WIDTH - size) / 2, this.y, size);
    this.y += size + 1.5 * MM;
    this.center(caption, FONT_REGULAR, 7.5, MUTED);
    this.rule(true);
  }

  note(text: string): void {
    this.doc.font(FONT_REGULAR).fontSize(7.2).fillColor('#333333');
    const h = this.doc.heightOfString(text, { width: INNER, lineGap: 1 });
    this.doc.text(text, SIDE, this.y, { width: INNER, lineGap: 1 });
    this.y += h + 1;
  }

  /** The kiosk and the time at the bottom of every slip, and what a demo slip is not. */
  footer(kioskId: string, printedAt: number, sampleDisclaimer: string | false): void {
    this.note(`终端编号：${kioskId}　　打印时间：${chinaDateTime(printedAt)}`);
    if (sampleDisclaimer) this.note(sampleDisclaimer);
  }
}

/** Renders a roll slip: a measuring pass on a long page, then the real page exactly as tall as the content. */
export async function renderRollPdf(
  options: { readonly title: string; readonly createdAt: Date; readonly fontDir: string; readonly sample: boolean },
  draw: (pen: RollPen) => void,
): Promise<Uint8Array> {
  const { title, createdAt, fontDir } = options;
  const measuring = new RollPen(createDoc({ size: [ROLL_WIDTH, 2000], margin: 0, title, createdAt, fontDir }));
  draw(measuring);
  // The measuring document is dropped unfinished: ending it would embed its fonts for nothing.
  const height = Math.ceil(measuring.height + 6 * MM);
  const doc = createDoc({ size: [ROLL_WIDTH, height], margin: 0, title, createdAt, fontDir });
  if (options.sample) drawSampleWatermark(doc, ROLL_WIDTH, height, 20);
  draw(new RollPen(doc));
  return finish(doc);
}
