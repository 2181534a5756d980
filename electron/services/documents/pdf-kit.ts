import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * Shared drawing helpers for the kiosk's documents: the bundled CJK fonts (never system fonts), vector QR
 * codes, the 样本 watermark and a demo seal. Everything is drawn in points (1 mm = 72 / 25.4 pt).
 */
export const MM = 72 / 25.4;
export const FONT_REGULAR = 'NotoSansSC-Regular';
export const FONT_BOLD = 'NotoSansSC-Bold';
export const SEAL_RED = '#C8161D';
export const INK = '#1A1A1A';

function moduleDir(): string | undefined {
  try {
    return import.meta.dirname;
  } catch {
    return undefined;
  }
}

/** Finds assets/fonts: an explicit folder, the repository or app folder, or next to the bundled main. */
export function resolveFontDir(explicit?: string): string {
  const here = moduleDir() ?? (typeof __dirname === 'string' ? __dirname : undefined);
  const candidates = [
    explicit,
    here ? resolve(here, '../../../assets/fonts') : undefined,
    here ? resolve(here, '../../assets/fonts') : undefined,
    join(process.cwd(), 'assets', 'fonts'),
    typeof process.resourcesPath === 'string' ? join(process.resourcesPath, 'app.asar', 'assets', 'fonts') : undefined,
  ].filter((c): c is string => typeof c === 'string');
  const found = candidates.find((dir) => existsSync(join(dir, `${FONT_REGULAR}.otf`)));
  if (!found) throw new Error(`The document fonts (${FONT_REGULAR}.otf) were not found in: ${candidates.join(', ')}`);
  return found;
}

export interface DocOptions {
  readonly size: [number, number];
  readonly margin: number;
  readonly title: string;
  /** Fixed for reproducible files (tests, re-rendering an archived document). */
  readonly createdAt: Date;
  readonly fontDir: string;
}

/** Font files are read once per process (6 MB together); each document still parses and subsets its own copy. */
const fontFiles = new Map<string, Buffer>();
function fontFile(path: string): Buffer {
  let data = fontFiles.get(path);
  if (!data) {
    data = readFileSync(path);
    fontFiles.set(path, data);
  }
  return data;
}

/** A PDF document with the bundled fonts registered and fixed metadata. */
export function createDoc(options: DocOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: options.size,
    margin: options.margin,
    autoFirstPage: true,
    bufferPages: true,
    info: {
      Title: options.title,
      Author: '政务服务自助终端',
      Creator: 'gov-kiosk',
      Producer: 'gov-kiosk',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  doc.registerFont(FONT_REGULAR, fontFile(join(options.fontDir, `${FONT_REGULAR}.otf`)));
  doc.registerFont(FONT_BOLD, fontFile(join(options.fontDir, `${FONT_BOLD}.otf`)));
  doc.font(FONT_REGULAR).fillColor(INK);
  return doc;
}

export function finish(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolvePromise(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/** Draws a QR code as vector squares (sharp at any printer resolution), quiet zone included in `size`. */
export function drawQr(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  size: number,
  ecc: 'L' | 'M' | 'Q' = 'M',
): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: ecc });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  doc.save();
  doc.rect(x, y, size, size).fill('#FFFFFF');
  doc.fillColor('#000000');
  for (let row = 0; row < n; row += 1) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col += 1;
      // A hair of overlap so that no seam shows between runs when rasterised.
      doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (col - start) * cell + 0.05, cell + 0.05);
    }
  }
  doc.fill();
  doc.restore();
}

/** Diagonal "样本 SAMPLE" across the page, light enough to read through, impossible to miss. */
export function drawSampleWatermark(doc: PDFKit.PDFDocument, width: number, height: number, fontSize: number): void {
  doc.save();
  doc.fillColor(SEAL_RED).fillOpacity(0.075).font(FONT_BOLD).fontSize(fontSize);
  const label = '样本 SAMPLE';
  const step = fontSize * 4.2;
  doc.rotate(-30, { origin: [width / 2, height / 2] });
  for (let y = -height * 0.3; y < height * 1.3; y += step) {
    const offset = (Math.round(y / step) % 2) * fontSize * 3;
    for (let x = -width * 0.6 + offset; x < width * 1.4; x += fontSize * 7.5) {
      doc.text(label, x, y, { lineBreak: false });
    }
  }
  doc.restore();
}

/** A five-pointed star centred on (cx, cy). */
function star(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number): void {
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  doc.polygon(...points);
}

/**
 * A demo seal: the department's name around the top, a star, and "样本" across the bottom, in seal red and
 * semi-transparent so that the text under it stays legible. Never a real seal design.
 */
export function drawDemoSeal(
  doc: PDFKit.PDFDocument,
  cx: number,
  cy: number,
  radius: number,
  name: string,
  bottom = '样本专用章',
): void {
  doc.save();
  doc.strokeColor(SEAL_RED).fillColor(SEAL_RED).strokeOpacity(0.8).fillOpacity(0.8);
  doc
    .lineWidth(radius * 0.05)
    .circle(cx, cy, radius)
    .stroke();
  star(doc, cx, cy, radius * 0.3);
  doc.fill();
  const chars = [...name];
  const span = Math.min(220, chars.length * 20); // degrees of arc used by the name
  const fontSize = Math.min(radius * 0.24, ((radius * 0.78 * Math.PI * span) / 180 / Math.max(chars.length, 1)) * 0.92);
  doc.font(FONT_BOLD).fontSize(fontSize);
  chars.forEach((ch, i) => {
    const angle = -span / 2 + (chars.length === 1 ? span / 2 : (span * i) / (chars.length - 1));
    doc.save();
    doc.rotate(angle, { origin: [cx, cy] });
    const w = doc.widthOfString(ch);
    doc.text(ch, cx - w / 2, cy - radius * 0.88, { lineBreak: false });
    doc.restore();
  });
  const bottomSize = radius * 0.17;
  doc.fontSize(bottomSize);
  const bw = doc.widthOfString(bottom);
  doc.text(bottom, cx - bw / 2, cy + radius * 0.45, { lineBreak: false });
  doc.restore();
}
