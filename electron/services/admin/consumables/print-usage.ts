import QRCode from 'qrcode';
import type { PrintJob, ReceiptLine } from '../../../../shared/devices/print-job.js';

/**
 * How much paper a finished job used: A4 sheets (pages × copies, one side), or millimetres of receipt roll.
 * An ESC/POS printer prints the job's receipt lines, so their length is worked out the way the printer lays
 * them out; a spooler receipt printer prints the roll PDF, which is exactly as long as its content
 * (electron/services/documents/roll-layout.ts), so its page height is the length.
 */
const PT_PER_MM = 72 / 25.4;

/** ESC/POS defaults: 1/6 inch line spacing; 203 dpi (8 dots/mm); font A 12 dots wide; QR module 6 dots. */
const LINE_MM = 25.4 / 6;
const DOTS_PER_MM = 8;
const QR_MODULE_DOTS = 6;
/** GS V 66 0 feeds to the cutter and cuts: the head-to-cutter distance plus the ESC d 4 before it. */
const CUT_FEED_MM = 4 * LINE_MM + 12;

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). At least 1. */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return Math.max(1, pages);
}

/** The first page's height in millimetres, from its MediaBox; undefined when it cannot be read. */
export function pdfPageHeightMm(pdf: Uint8Array): number | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const box = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(text);
  if (!box) return undefined;
  const height = Number(box[4]) - Number(box[2]);
  return Number.isFinite(height) && height > 0 ? height / PT_PER_MM : undefined;
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x7f ? 2 : 1;
  return width;
}

/** The length an ESC/POS printer feeds for these lines (columns in font A on 80 mm paper), cut included. */
export function receiptLinesLengthMm(lines: readonly ReceiptLine[], columns = 48): number {
  let mm = 0;
  for (const line of lines) {
    switch (line.kind) {
      case 'text': {
        const large = line.size === 'large';
        const perLine = large ? Math.floor(columns / 2) : columns;
        const rows = Math.max(1, Math.ceil(displayWidth(line.text) / perLine));
        mm += rows * LINE_MM * (large ? 2 : 1);
        break;
      }
      case 'rule':
        mm += LINE_MM;
        break;
      case 'qr': {
        let modules = 29;
        try {
          modules = QRCode.create(line.data, { errorCorrectionLevel: 'M' }).modules.size;
        } catch {
          // too long for a QR code: the printer prints nothing for it either
          modules = 0;
        }
        mm += ((modules + 8) * QR_MODULE_DOTS) / DOTS_PER_MM + LINE_MM;
        break;
      }
      case 'feed':
        mm += line.lines * LINE_MM;
        break;
    }
  }
  return mm + CUT_FEED_MM;
}

export interface PaperUsed {
  readonly media: PrintJob['media'];
  /** Sheets for A4, millimetres for receipt80. */
  readonly amount: number;
}

export function paperUsed(job: PrintJob, driver: string, columns = 48): PaperUsed {
  const copies = Math.max(1, job.copies ?? 1);
  if (job.media === 'A4') return { media: 'A4', amount: pdfPageCount(job.pdf) * copies };
  const perCopy =
    driver === 'escpos' && job.receiptLines && job.receiptLines.length > 0
      ? receiptLinesLengthMm(job.receiptLines, columns)
      : (pdfPageHeightMm(job.pdf) ?? (job.receiptLines ? receiptLinesLengthMm(job.receiptLines, columns) : 100));
  return { media: 'receipt80', amount: Math.ceil(perCopy * copies) };
}
