import type { CheckName, CheckResult, InspectionRecord } from '../../../../shared/contract/admin-devices.js';
import { checkNames } from '../../../../shared/contract/admin-devices.js';
import { describeDeviceFailure } from '../../../../shared/devices/device-failure.js';
import { chinaDateTime, chinaParts } from '../../../../shared/platform/china-time.js';
import { createDoc, FONT_BOLD, FONT_REGULAR, finish, INK, MM } from '../../documents/pdf-kit.js';
import { A4 } from './test-page-pdf.js';

const MUTED = '#555555';
const GOOD = '#1B6E3A';
const BAD = '#B3261E';

/** The tests as the 巡检单 names them (the page has its own texts in renderer/src/admin/checks). */
export const checkTitles: Record<CheckName, { zh: string; en: string }> = {
  a4TestPage: { zh: 'A4打印测试页', en: 'A4 test page' },
  receiptTestPrint: { zh: '凭条打印测试', en: 'Receipt test print' },
  cardRead: { zh: '身份证读卡', en: 'ID card read' },
  scan: { zh: '扫码', en: 'Scan a code' },
  documentCamera: { zh: '高拍仪画面', en: 'Document camera' },
  faceCamera: { zh: '人脸摄像头画面', en: 'Face camera' },
  touch: { zh: '触摸屏校准点', en: 'Touch targets' },
  speaker: { zh: '扬声器', en: 'Speaker' },
  platform: { zh: '平台连接与时钟', en: 'Platform link and clock' },
};

/** The checks' own failure codes, in words; device codes are read with describeDeviceFailure. */
export const checkReasonTitles: Record<string, string> = {
  notClear: '画面看不清',
  notHeard: '没有听到声音',
  notAllTouched: '有校准点未响应',
  cameraNotFound: '找不到摄像头',
  cameraPermissionDenied: '无权打开摄像头',
  cameraError: '摄像头打开失败',
  audioUnavailable: '无法播放声音',
  notConfigured: '本机未配置此设备',
  noCode: '等待时间内未扫到码',
  noCard: '等待时间内未放卡',
  clockOffset: '时钟偏差过大',
  platformUnreachable: '平台无法连接',
};

export function reasonInWords(reason: string): string {
  const own = checkReasonTitles[reason];
  if (own) return own;
  return describeDeviceFailure(reason).citizenMessage['zh-CN'];
}

/** Numbers worth printing beside a result (never a card's or a code's content: the detail holds none). */
function factsInWords(result: CheckResult): string {
  const d = result.detail;
  const parts: string[] = [];
  if (typeof d.pages === 'number') parts.push(`${d.pages} 页`);
  if (typeof d.lengthMm === 'number') parts.push(`约 ${d.lengthMm} mm`);
  if (typeof d.photo === 'string') parts.push(d.photo === 'decoded' ? '照片已解码' : '无照片');
  if (typeof d.sam === 'string') parts.push(`SAM ${d.sam}`);
  if (typeof d.length === 'number') parts.push(`长度 ${d.length}`);
  if (typeof d.kind === 'string') parts.push(String(d.kind));
  if (typeof d.latencyMs === 'number') parts.push(`往返 ${d.latencyMs} ms`);
  if (typeof d.offsetMs === 'number') parts.push(`时钟偏差 ${Math.round(d.offsetMs / 100) / 10} s`);
  if (typeof d.touched === 'number') parts.push(`${d.touched}/5`);
  return parts.join('，');
}

function tick(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  doc
    .save()
    .lineWidth(size * 0.14)
    .strokeColor(GOOD)
    .lineCap('round')
    .lineJoin('round')
    .moveTo(x, y + size * 0.55)
    .lineTo(x + size * 0.38, y + size * 0.9)
    .lineTo(x + size, y + size * 0.12)
    .stroke()
    .restore();
}

function cross(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  doc
    .save()
    .lineWidth(size * 0.14)
    .strokeColor(BAD)
    .lineCap('round')
    .moveTo(x + size * 0.1, y + size * 0.1)
    .lineTo(x + size * 0.9, y + size * 0.9)
    .moveTo(x + size * 0.9, y + size * 0.1)
    .lineTo(x + size * 0.1, y + size * 0.9)
    .stroke()
    .restore();
}

/**
 * The A4 巡检单: the site, the kiosk and the day; one row per test with ✓ or ✗ (drawn, not a font glyph),
 * the time, what it measured and who ran it (masked name and staff number); the tests not run that day; a
 * count; and lines for the technician's signature.
 */
export async function renderInspectionPdf(
  record: InspectionRecord,
  options: { readonly printedAt: number; readonly fontDir: string },
): Promise<Uint8Array> {
  const [w] = A4;
  const doc = createDoc({
    size: A4,
    margin: 0,
    title: `巡检单 ${record.kioskId} ${record.day}`,
    createdAt: new Date(options.printedAt),
    fontDir: options.fontDir,
  });
  const left = 18 * MM;
  const width = w - 36 * MM;

  doc.font(FONT_BOLD).fontSize(20).fillColor(INK);
  doc.text('政务服务自助终端巡检单', left, 18 * MM, { width, align: 'center' });
  doc.font(FONT_REGULAR).fontSize(10.5).fillColor(MUTED);
  doc.text('Self-service kiosk daily inspection record', left, 28 * MM, { width, align: 'center' });

  const [year, month, day] = record.day.split('-');
  doc.font(FONT_REGULAR).fontSize(10.5).fillColor(INK);
  const info: Array<[string, string]> = [
    ['网点 Site', record.siteName],
    ['终端编号 Kiosk', record.kioskId],
    ['巡检日期 Date', `${year}年${month}月${day}日`],
    ['打印时间 Printed', chinaDateTime(options.printedAt)],
  ];
  let y = 38 * MM;
  info.forEach(([label, value], i) => {
    const x = left + (i % 2) * (width / 2);
    doc.fillColor(MUTED).text(label, x, y, { width: 32 * MM, lineBreak: false });
    doc.fillColor(INK).text(value, x + 32 * MM, y, { width: width / 2 - 34 * MM, lineBreak: false, ellipsis: true });
    if (i % 2 === 1) y += 7 * MM;
  });

  // The table.
  const columns = [
    { title: '序号', en: 'No.', width: 11 * MM },
    { title: '检查项目', en: 'Check', width: 40 * MM },
    { title: '结果', en: 'Result', width: 22 * MM },
    { title: '时间', en: 'Time', width: 16 * MM },
    { title: '说明', en: 'Notes', width: 48 * MM },
    { title: '技术员', en: 'Technician', width: width - 137 * MM },
  ];
  y += 4 * MM;
  const headH = 11 * MM;
  doc.save().rect(left, y, width, headH).fill('#EFEFEF').restore();
  let x = left;
  for (const column of columns) {
    doc
      .font(FONT_BOLD)
      .fontSize(9.5)
      .fillColor(INK)
      .text(column.title, x + 2 * MM, y + 1.6 * MM, {
        width: column.width - 3 * MM,
        lineBreak: false,
      });
    doc
      .font(FONT_REGULAR)
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(column.en, x + 2 * MM, y + 6 * MM, {
        width: column.width - 3 * MM,
        lineBreak: false,
      });
    x += column.width;
  }
  const tableTop = y;
  y += headH;
  const rowH = 13 * MM;
  const byCheck = new Map(record.entries.map((e) => [e.check, e]));
  const order = checkNames.filter((c) => byCheck.has(c) || record.missing.includes(c));
  order.forEach((check, i) => {
    const result = byCheck.get(check);
    const cells: number[] = [];
    let cx = left;
    for (const column of columns) {
      cells.push(cx);
      cx += column.width;
    }
    doc.font(FONT_REGULAR).fontSize(9.5).fillColor(INK);
    doc.text(String(i + 1), cells[0]! + 2 * MM, y + 4.2 * MM, { lineBreak: false });
    doc.text(checkTitles[check].zh, cells[1]! + 2 * MM, y + 2 * MM, {
      width: columns[1]!.width - 3 * MM,
      lineBreak: false,
    });
    doc
      .font(FONT_REGULAR)
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(checkTitles[check].en, cells[1]! + 2 * MM, y + 7 * MM, {
        width: columns[1]!.width - 3 * MM,
        lineBreak: false,
      });
    if (result) {
      if (result.ok) tick(doc, cells[2]! + 2.5 * MM, y + 3.5 * MM, 6 * MM);
      else cross(doc, cells[2]! + 2.5 * MM, y + 3.5 * MM, 6 * MM);
      doc
        .font(FONT_BOLD)
        .fontSize(9.5)
        .fillColor(result.ok ? GOOD : BAD)
        .text(result.ok ? '正常' : '异常', cells[2]! + 10 * MM, y + 4.2 * MM, { lineBreak: false });
      const p = chinaParts(Date.parse(result.at));
      doc
        .font(FONT_REGULAR)
        .fontSize(9.5)
        .fillColor(INK)
        .text(
          `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`,
          cells[3]! + 2 * MM,
          y + 4.2 * MM,
          { lineBreak: false },
        );
      const notes = [result.reason ? reasonInWords(result.reason) : '', factsInWords(result)]
        .filter(Boolean)
        .join('；');
      doc.fontSize(8).text(notes || '—', cells[4]! + 2 * MM, y + 1.8 * MM, {
        width: columns[4]!.width - 3 * MM,
        height: rowH - 2.5 * MM,
        ellipsis: true,
      });
      doc.fontSize(9).text(result.maskedName ?? '', cells[5]! + 2 * MM, y + 2 * MM, {
        width: columns[5]!.width - 3 * MM,
        lineBreak: false,
      });
      doc
        .fontSize(7.5)
        .fillColor(MUTED)
        .text(result.enrolmentId, cells[5]! + 2 * MM, y + 7 * MM, {
          width: columns[5]!.width - 3 * MM,
          lineBreak: false,
        });
    } else {
      doc
        .font(FONT_REGULAR)
        .fontSize(9.5)
        .fillColor(MUTED)
        .text('未检查', cells[2]! + 2 * MM, y + 4.2 * MM, { lineBreak: false });
      doc.fontSize(8).text('Not run', cells[4]! + 2 * MM, y + 4.4 * MM, { lineBreak: false });
    }
    y += rowH;
    doc
      .save()
      .lineWidth(0.4)
      .strokeColor('#BBBBBB')
      .moveTo(left, y)
      .lineTo(left + width, y)
      .stroke()
      .restore();
  });
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor(INK)
    .rect(left, tableTop, width, y - tableTop)
    .stroke();
  let vx = left;
  for (const column of columns.slice(0, -1)) {
    vx += column.width;
    doc.lineWidth(0.4).moveTo(vx, tableTop).lineTo(vx, y).stroke();
  }
  doc.restore();

  const passed = record.entries.filter((e) => e.ok).length;
  const failed = record.entries.length - passed;
  y += 6 * MM;
  doc.font(FONT_REGULAR).fontSize(10.5).fillColor(INK);
  doc.text(
    `共 ${order.length} 项：正常 ${passed} 项，异常 ${failed} 项，未检查 ${record.missing.length} 项。` +
      `  ${order.length} checks: ${passed} passed, ${failed} failed, ${record.missing.length} not run.`,
    left,
    y,
    { width },
  );
  const technicians = [...new Set(record.entries.map((e) => `${e.maskedName ?? ''}（${e.enrolmentId}）`))];
  y += 8 * MM;
  doc.text(`巡检人员 Technician(s)：${technicians.join('、') || '—'}`, left, y, { width });

  y += 18 * MM;
  doc.font(FONT_REGULAR).fontSize(11).fillColor(INK);
  const line = (label: string, at: number, lineWidth: number) => {
    doc.text(label, at, y - 4.5 * MM, { lineBreak: false });
    const start = at + doc.widthOfString(label) + 2 * MM;
    doc
      .save()
      .lineWidth(0.6)
      .strokeColor(INK)
      .moveTo(start, y + 1 * MM)
      .lineTo(start + lineWidth, y + 1 * MM)
      .stroke()
      .restore();
  };
  line('技术员签字 Signature：', left, 50 * MM);
  line('日期 Date：', left + width * 0.62, 38 * MM);
  y += 16 * MM;
  line('复核人 Reviewed by：', left, 50 * MM);
  line('日期 Date：', left + width * 0.62, 38 * MM);

  doc.font(FONT_REGULAR).fontSize(7.5).fillColor(MUTED);
  doc.text(
    '本单由终端自检记录生成，结果取当日每项最后一次检查；技术员姓名已隐去部分。 Generated from the kiosk’s own test log: the latest result of each check that day.',
    left,
    282 * MM,
    { width },
  );
  return finish(doc);
}
