import { chinaDateTime } from '../../../../shared/platform/china-time.js';
import { createDoc, FONT_BOLD, FONT_REGULAR, finish, INK, MM } from '../../documents/pdf-kit.js';

export const A4: [number, number] = [210 * MM, 297 * MM];
const MUTED = '#555555';

export interface TestPageOptions {
  readonly siteName: string;
  readonly kioskId: string;
  readonly at: number;
  readonly fontDir: string;
}

/**
 * The A4 test page (打印测试页): a 10 mm grid, corner marks 5 mm from each edge, a ruler along the edges and
 * a centre cross, so a technician sees at once whether the printer prints to the edges, square and centred;
 * grey steps for the toner; the kiosk, the time and what to look for in both languages.
 */
export async function renderTestPagePdf(options: TestPageOptions): Promise<Uint8Array> {
  const [w, h] = A4;
  const doc = createDoc({
    size: A4,
    margin: 0,
    title: '打印测试页 Printer test page',
    createdAt: new Date(options.at),
    fontDir: options.fontDir,
  });

  // 10 mm grid inside a 10 mm margin, heavier every 50 mm.
  doc.save().lineWidth(0.25).strokeColor('#B8B8B8');
  for (let x = 10; x <= 200; x += 10) {
    if (x % 50 !== 0) doc.moveTo(x * MM, 10 * MM).lineTo(x * MM, 287 * MM);
  }
  for (let y = 10; y <= 287; y += 10) {
    if (y % 50 !== 0) doc.moveTo(10 * MM, y * MM).lineTo(200 * MM, y * MM);
  }
  doc.stroke();
  doc.lineWidth(0.6).strokeColor('#7A7A7A');
  for (let x = 50; x <= 200; x += 50) doc.moveTo(x * MM, 10 * MM).lineTo(x * MM, 287 * MM);
  for (let y = 50; y <= 287; y += 50) doc.moveTo(10 * MM, y * MM).lineTo(200 * MM, y * MM);
  doc.stroke().restore();

  // A frame 5 mm in from the paper's edge and L-shaped corner marks on it.
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor(INK)
    .rect(5 * MM, 5 * MM, w - 10 * MM, h - 10 * MM)
    .stroke();
  doc.lineWidth(2.4);
  const arm = 12 * MM;
  for (const [cx, sx] of [
    [5 * MM, 1],
    [w - 5 * MM, -1],
  ] as const) {
    for (const [cy, sy] of [
      [5 * MM, 1],
      [h - 5 * MM, -1],
    ] as const) {
      doc
        .moveTo(cx + sx * arm, cy)
        .lineTo(cx, cy)
        .lineTo(cx, cy + sy * arm)
        .stroke();
    }
  }
  doc.restore();

  // Ruler ticks every mm along the top and left edges (from the frame), numbered every 10 mm.
  doc.save().lineWidth(0.3).strokeColor(INK);
  for (let mm = 10; mm <= 200; mm += 1) {
    const len = mm % 10 === 0 ? 3 : mm % 5 === 0 ? 2 : 1;
    doc.moveTo(mm * MM, 5 * MM).lineTo(mm * MM, (5 + len) * MM);
  }
  for (let mm = 10; mm <= 287; mm += 1) {
    const len = mm % 10 === 0 ? 3 : mm % 5 === 0 ? 2 : 1;
    doc.moveTo(5 * MM, mm * MM).lineTo((5 + len) * MM, mm * MM);
  }
  doc.stroke();
  doc.font(FONT_REGULAR).fontSize(5).fillColor(MUTED);
  for (let mm = 20; mm <= 190; mm += 20) doc.text(String(mm), mm * MM - 6, 8.6 * MM, { width: 12, align: 'center' });
  for (let mm = 20; mm <= 280; mm += 20) doc.text(String(mm), 8.6 * MM, mm * MM - 2.5, { lineBreak: false });
  doc.restore();

  // Centre cross and circle.
  const cx = w / 2;
  const cy = h / 2;
  doc.save().lineWidth(0.8).strokeColor(INK);
  doc
    .moveTo(cx - 15 * MM, cy)
    .lineTo(cx + 15 * MM, cy)
    .moveTo(cx, cy - 15 * MM)
    .lineTo(cx, cy + 15 * MM)
    .stroke();
  doc
    .circle(cx, cy, 10 * MM)
    .stroke()
    .restore();

  // The title block on a white panel, top.
  const panelX = 25 * MM;
  const panelW = w - 50 * MM;
  doc
    .save()
    .rect(panelX, 22 * MM, panelW, 70 * MM)
    .fill('#FFFFFF')
    .restore();
  doc.font(FONT_BOLD).fontSize(24).fillColor(INK);
  doc.text('打印测试页', panelX, 26 * MM, { width: panelW, align: 'center' });
  doc.font(FONT_REGULAR).fontSize(13).fillColor(MUTED);
  doc.text('Printer test page', panelX, 37 * MM, { width: panelW, align: 'center' });
  doc.font(FONT_REGULAR).fontSize(11).fillColor(INK);
  const facts = [
    `网点 Site：${options.siteName}`,
    `终端编号 Kiosk：${options.kioskId}`,
    `打印时间 Printed：${chinaDateTime(options.at)}（北京时间 UTC+8）`,
  ];
  doc.text(facts.join('\n'), panelX + 8 * MM, 48 * MM, { width: panelW - 16 * MM, lineGap: 3 });
  doc.font(FONT_REGULAR).fontSize(9.5).fillColor(INK);
  doc.text(
    '检查：四角的直角标记和边框完整、网格方正、中心十字居中、灰阶分明，则打印正常。\n' +
      'Check: the four corner marks and the frame are complete, the grid is square, the centre cross is centred and every grey step is distinct.',
    panelX + 8 * MM,
    70 * MM,
    { width: panelW - 16 * MM, lineGap: 2 },
  );

  // Grey steps (toner), bottom.
  const steps = [0, 10, 25, 40, 55, 70, 85, 100];
  const stepW = 18 * MM;
  const left = (w - stepW * steps.length) / 2;
  const top = 235 * MM;
  doc
    .save()
    .rect(left - 4 * MM, top - 10 * MM, stepW * steps.length + 8 * MM, 34 * MM)
    .fill('#FFFFFF')
    .restore();
  doc.font(FONT_REGULAR).fontSize(9).fillColor(INK);
  doc.text('灰阶 Grey steps', left, top - 7.5 * MM, { lineBreak: false });
  steps.forEach((pct, i) => {
    const grey = Math.round(255 * (1 - pct / 100));
    const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`;
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor(INK)
      .rect(left + i * stepW, top, stepW, 12 * MM)
      .fillAndStroke(hex, INK)
      .restore();
    doc
      .font(FONT_REGULAR)
      .fontSize(8)
      .fillColor(INK)
      .text(`${pct}%`, left + i * stepW, top + 14 * MM, { width: stepW, align: 'center' });
  });

  // Text sizes, for legibility at arm's length.
  doc
    .save()
    .rect(25 * MM, 106 * MM, w - 50 * MM, 30 * MM)
    .fill('#FFFFFF')
    .restore();
  doc.font(FONT_REGULAR).fillColor(INK);
  let y = 110 * MM;
  for (const size of [7, 9, 12, 16]) {
    doc.fontSize(size).text(`${size} pt 政务服务自助终端 Self-service kiosk 0123456789`, 30 * MM, y, {
      lineBreak: false,
    });
    y += size * 1.8;
  }
  return finish(doc);
}
