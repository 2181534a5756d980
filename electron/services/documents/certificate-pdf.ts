import type { Certificate } from '../../../shared/platform/index.js';
import { chinaLongDate } from '../../../shared/platform/china-time.js';
import {
  createDoc,
  drawDemoSeal,
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
 * A4 certificates and certified printouts, laid out like the paper a Chinese government office issues:
 * a framed page, the title, the number at the top right, the content as a ruled table, the issuing
 * department and date with its seal at the bottom right, and the QR code and verification code at the
 * bottom left. A sample (demo platform) says 样本 / SAMPLE in the title, the watermark, the seal and the note.
 */
const A4: [number, number] = [595.28, 841.89];
const [W, H] = A4;
const FRAME = 12 * MM;
const LEFT = 24 * MM;
const RIGHT = W - 24 * MM;
const CONTENT = RIGHT - LEFT;
const FOOTER_TOP = H - 72 * MM;
const FRAME_COLOR = '#8A1C1C';

function frame(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc
    .lineWidth(2.4)
    .strokeColor(FRAME_COLOR)
    .rect(FRAME, FRAME, W - FRAME * 2, H - FRAME * 2)
    .stroke();
  doc
    .lineWidth(0.7)
    .rect(FRAME + 2.2 * MM, FRAME + 2.2 * MM, W - (FRAME + 2.2 * MM) * 2, H - (FRAME + 2.2 * MM) * 2)
    .stroke();
  // Corner ornaments: small squares at the inner frame's corners.
  const c = FRAME + 2.2 * MM;
  for (const [x, y] of [
    [c, c],
    [W - c, c],
    [c, H - c],
    [W - c, H - c],
  ] as const) {
    doc.rect(x - 1.6 * MM, y - 1.6 * MM, 3.2 * MM, 3.2 * MM).fillAndStroke('#FFFFFF', FRAME_COLOR);
  }
  doc.restore();
}

function pageDecor(doc: PDFKit.PDFDocument, sample: boolean): void {
  if (sample) {
    const inset = FRAME + 2.2 * MM;
    doc.save();
    doc.rect(inset, inset, W - inset * 2, H - inset * 2).clip();
    drawSampleWatermark(doc, W, H, 34);
    doc.restore();
  }
  frame(doc);
}

interface TableOptions {
  readonly labelWidth: number;
  /** Larger type and padding for a certificate with few rows, so the page looks like a certificate. */
  readonly roomy: boolean;
}

/** Label/value rows with rules, each row as tall as its longest cell. */
function kvTable(
  doc: PDFKit.PDFDocument,
  rows: ReadonlyArray<{ label: string; value: string }>,
  y0: number,
  options: TableOptions,
): number {
  let y = y0;
  const pad = options.roomy ? 3.8 * MM : 2 * MM;
  const size = options.roomy ? 13.5 : 11.5;
  const valueWidth = CONTENT - options.labelWidth - pad * 2;
  doc.save().lineWidth(0.8).strokeColor('#555555').moveTo(LEFT, y).lineTo(RIGHT, y).stroke().restore();
  for (const row of rows) {
    doc.font(FONT_REGULAR).fontSize(size);
    const h = Math.max(doc.heightOfString(row.value, { width: valueWidth, lineGap: 2 }), size * 1.2) + pad * 2;
    doc.save().rect(LEFT, y, options.labelWidth, h).fill('#F6F1EA').restore();
    doc
      .font(FONT_BOLD)
      .fontSize(size - 0.5)
      .fillColor('#3A3A3A')
      .text(row.label, LEFT + pad, y + pad + 0.5, { width: options.labelWidth - pad * 2 });
    doc
      .font(FONT_REGULAR)
      .fontSize(size)
      .fillColor(INK)
      .text(row.value, LEFT + options.labelWidth + pad, y + pad, { width: valueWidth, lineGap: 2 });
    y += h;
    doc.save().lineWidth(0.5).strokeColor('#8C8C8C').moveTo(LEFT, y).lineTo(RIGHT, y).stroke().restore();
  }
  doc.save().lineWidth(0.8).strokeColor('#555555');
  doc.moveTo(LEFT, y0).lineTo(LEFT, y).stroke();
  doc.moveTo(RIGHT, y0).lineTo(RIGHT, y).stroke();
  doc
    .moveTo(LEFT + options.labelWidth, y0)
    .lineTo(LEFT + options.labelWidth, y)
    .lineWidth(0.5)
    .stroke();
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(0.8).stroke();
  doc.restore();
  return y;
}

/** A data table (records) that continues on new pages with its header repeated. */
function dataTable(
  doc: PDFKit.PDFDocument,
  table: NonNullable<Certificate['table']>,
  y0: number,
  sample: boolean,
  bottom: number,
): number {
  const n = table.columns.length;
  const pad = 1.15 * MM;
  const fontSize = n > 5 ? 8.5 : 9.5;
  // Column widths follow the longest text in each column, within sensible bounds.
  doc.font(FONT_REGULAR).fontSize(fontSize);
  const natural = table.columns.map(
    (col, i) => Math.max(doc.widthOfString(col), ...table.rows.map((r) => doc.widthOfString(r[i] ?? ''))) + pad * 2,
  );
  const total = natural.reduce((a, b) => a + b, 0);
  const widths = natural.map((w) => (w / total) * CONTENT);
  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 20) - pad * 2 }))) + pad * 2;
  };
  const drawRow = (cells: readonly string[], y: number, header: boolean) => {
    const h = rowHeight(cells, header ? FONT_BOLD : FONT_REGULAR);
    if (header) doc.save().rect(LEFT, y, CONTENT, h).fill('#EFE6DA').restore();
    let x = LEFT;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 20;
      doc
        .font(header ? FONT_BOLD : FONT_REGULAR)
        .fontSize(fontSize)
        .fillColor(INK)
        .text(cell, x + pad, y + pad, { width: w - pad * 2, align: 'center' });
      doc.save().lineWidth(0.4).strokeColor('#8C8C8C').rect(x, y, w, h).stroke().restore();
      x += w;
    });
    return y + h;
  };
  let y = drawRow(table.columns, y0, true);
  for (const row of table.rows) {
    const h = rowHeight(row, FONT_REGULAR);
    if (y + h > bottom) {
      doc.addPage({ size: A4, margin: 0 });
      pageDecor(doc, sample);
      y = drawRow(table.columns, 30 * MM, true);
    }
    y = drawRow(row, y, false);
  }
  return y;
}

function spaced(title: string): number {
  const n = [...title].length;
  return n <= 6 ? 10 : n <= 9 ? 5 : n <= 12 ? 2 : 0;
}

export async function renderCertificatePdf(
  certificate: Certificate,
  fontDir: string,
  createdAt = new Date(certificate.issuedAt),
): Promise<Uint8Array> {
  const doc = createDoc({ size: A4, margin: 0, title: certificate.title, createdAt, fontDir });
  const sample = certificate.sample;
  pageDecor(doc, sample);

  // Title block.
  let y = 30 * MM;
  const titleSize = [...certificate.title].length > 12 ? 22 : 26;
  doc
    .font(FONT_BOLD)
    .fontSize(titleSize)
    .fillColor(INK)
    .text(certificate.title, LEFT, y, { width: CONTENT, align: 'center', characterSpacing: spaced(certificate.title) });
  y += titleSize * 1.45;
  if (sample) {
    doc
      .font(FONT_BOLD)
      .fontSize(12)
      .fillColor(SEAL_RED)
      .text('（样本 SAMPLE · 演示用，无法律效力）', LEFT, y, { width: CONTENT, align: 'center' });
    y += 18;
  }
  y += 4 * MM;
  doc.font(FONT_REGULAR).fontSize(10.5).fillColor('#333333');
  doc.text(`编号：${certificate.certificateNumber}`, LEFT, y, { width: CONTENT, align: 'right' });
  if (certificate.caseNumber)
    doc.text(`办件编号：${certificate.caseNumber}`, LEFT, y, { width: CONTENT, align: 'left' });
  y += 7 * MM;

  // Opening sentence.
  const records = certificate.source === 'records';
  if (records) {
    const who = `${certificate.holderName}（身份证件号码：${certificate.idNumberMasked ?? '—'}）`;
    doc
      .font(FONT_REGULAR)
      .fontSize(12)
      .fillColor(INK)
      .text(`兹证明 ${who} 的有关信息如下：`, LEFT, y, { width: CONTENT, lineGap: 4 });
    y = doc.y + 4 * MM;
  }

  const rows = [
    ...certificate.fields,
    ...(records ? [] : [{ label: '发证日期', value: chinaLongDate(Date.parse(certificate.issuedAt)) }]),
    ...(certificate.validUntil && !records
      ? [{ label: '有效期至', value: chinaLongDate(Date.parse(`${certificate.validUntil}T00:00:00+08:00`)) }]
      : []),
  ];
  const fieldsForTable = records ? rows.filter((r) => r.label !== '姓名' && r.label !== '身份证件号码') : rows;
  const roomy = !records && fieldsForTable.length <= 10;
  y = kvTable(doc, fieldsForTable, y, { labelWidth: roomy ? 48 * MM : 38 * MM, roomy });

  if (certificate.table && certificate.table.rows.length > 0) {
    y += 6 * MM;
    y = dataTable(doc, certificate.table, y, sample, H - 30 * MM);
  }

  // The closing line and the footer (QR, verification, issuer, seal) keep to the bottom of the last page.
  y += 5 * MM;
  const validity = certificate.validUntil
    ? `本证明有效期至${chinaLongDate(Date.parse(`${certificate.validUntil}T00:00:00+08:00`))}。`
    : '';
  const closing = records ? `特此证明。${validity}` : '经审核，符合规定，特发此证。';
  if (y + 8 * MM > FOOTER_TOP) {
    doc.addPage({ size: A4, margin: 0 });
    pageDecor(doc, sample);
    y = 30 * MM;
  }
  doc
    .font(FONT_REGULAR)
    .fontSize(12)
    .fillColor(INK)
    .text(closing, LEFT + 8 * MM, y, { width: CONTENT });

  const qrSize = 36 * MM;
  const qrX = LEFT;
  const qrY = FOOTER_TOP + 4 * MM;
  drawQr(doc, certificate.qrPayload, qrX, qrY, qrSize, 'M');
  doc.font(FONT_REGULAR).fontSize(8.5).fillColor('#333333');
  doc.text('扫码核验真伪', qrX, qrY + qrSize + 1 * MM, { width: qrSize, align: 'center' });
  doc
    .font(FONT_BOLD)
    .fontSize(10)
    .fillColor(INK)
    .text('验证码', qrX + qrSize + 4 * MM, qrY + 6 * MM);
  doc
    .font(FONT_BOLD)
    .fontSize(13)
    .text(certificate.verificationCode, qrX + qrSize + 4 * MM, qrY + 12 * MM, { characterSpacing: 0.5 });
  doc
    .font(FONT_REGULAR)
    .fontSize(8.5)
    .fillColor('#444444')
    .text('凭编号和验证码可在政务服务自助终端或平台核验', qrX + qrSize + 4 * MM, qrY + 20 * MM, {
      width: 52 * MM,
      lineGap: 1.5,
    });

  // Issuer and date, right-aligned, with the seal over them.
  const issuerX = RIGHT - 72 * MM;
  const issuerY = FOOTER_TOP + 14 * MM;
  doc
    .font(FONT_BOLD)
    .fontSize(12.5)
    .fillColor(INK)
    .text(certificate.department, issuerX, issuerY, { width: 72 * MM, align: 'center' });
  doc
    .font(FONT_REGULAR)
    .fontSize(12)
    .text(chinaLongDate(Date.parse(certificate.issuedAt)), issuerX, issuerY + 9 * MM, {
      width: 72 * MM,
      align: 'center',
    });
  if (sample) drawDemoSeal(doc, issuerX + 36 * MM, issuerY + 6 * MM, 19 * MM, certificate.department);

  // Footnote inside the frame.
  const note = sample
    ? '本证由演示平台签发，为样本（SAMPLE），仅供演示和测试，不具有法律效力。二维码含平台电子签名，可离线核验。'
    : '本证由政务服务平台签发，二维码含平台电子签名，可离线核验；也可凭编号和验证码在线核验。';
  doc
    .font(FONT_REGULAR)
    .fontSize(8)
    .fillColor('#555555')
    .text(note, LEFT, H - FRAME - 12 * MM, { width: CONTENT, align: 'center' });

  return finish(doc);
}
