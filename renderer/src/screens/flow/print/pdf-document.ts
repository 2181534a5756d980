import type { PDFDocumentProxy } from 'pdfjs-dist';

/**
 * pdf.js, loaded on first use (it is large; the home screen does not need it). Its worker comes from the
 * kiosk's own origin (CSP worker-src 'self'); eval is off (CSP script-src 'self').
 */
let loading: Promise<typeof import('pdfjs-dist')> | undefined;

async function pdfjs(): Promise<typeof import('pdfjs-dist')> {
  // Bundled by Vite as a module worker (a .js asset, so every host serves it with a script MIME type); one
  // worker for the page, shared by every document.
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker')]).then(
    ([lib, worker]) => {
      lib.GlobalWorkerOptions.workerPort ??= new worker.default();
      return lib;
    },
  );
  return loading;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  return lib.getDocument({ data: base64ToBytes(base64), isEvalSupported: false, useSystemFonts: false }).promise;
}

/** Draws one page (1-based) into the canvas, as large as fits in width × height CSS pixels, sharp on the panel. */
export async function renderPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): Promise<void> {
  const page = await doc.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const fit = Math.max(0.1, Math.min(width / base.width, height / base.height));
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: fit * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
}

/** Where one band of an enlarged page lies (長辈模式): the page at the width of its text, cut into bands. */
export interface PageBand {
  readonly page: number;
  readonly band: number;
  readonly bands: number;
}

/** The part of a page that holds its text, in PDF points from the top left, with a little room around it. */
async function textBox(doc: PDFDocumentProxy, pageNumber: number) {
  const page = await doc.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const item of content.items) {
    // Turned text (the 样本 SAMPLE watermark across the page) is not where the words are read.
    if (!('transform' in item) || item.str.trim() === '' || item.transform[1] !== 0 || item.transform[2] !== 0)
      continue;
    const [x, y] = [item.transform[4] as number, item.transform[5] as number];
    const [x0, y0] = base.convertToViewportPoint(x, y + item.height) as [number, number];
    const [x1, y1] = base.convertToViewportPoint(x + item.width, y) as [number, number];
    [left, top] = [Math.min(left, x0, x1), Math.min(top, y0, y1)];
    [right, bottom] = [Math.max(right, x0, x1), Math.max(bottom, y0, y1)];
  }
  // A page without text (a scan) is shown whole width.
  if (!Number.isFinite(left)) return { page, left: 0, top: 0, width: base.width, height: base.height };
  const pad = 12;
  left = Math.max(0, left - pad);
  top = Math.max(0, top - pad);
  return {
    page,
    left,
    top,
    width: Math.min(base.width, right + pad) - left,
    height: Math.min(base.height, bottom + pad) - top,
  };
}

/** Bands overlap by this share of their height, so a line cut at the edge of one is whole in the next. */
const BAND_OVERLAP = 0.08;

/** How many bands each page takes when its text is drawn as wide as `width` in bands `height` high. */
export async function enlargedBands(doc: PDFDocumentProxy, width: number, height: number): Promise<PageBand[]> {
  const views: PageBand[] = [];
  for (let page = 1; page <= doc.numPages; page += 1) {
    const box = await textBox(doc, page);
    const tall = (box.height * width) / box.width;
    const step = height * (1 - BAND_OVERLAP);
    const bands = Math.max(1, Math.ceil((tall - height) / step) + 1);
    for (let band = 0; band < bands; band += 1) views.push({ page, band, bands });
  }
  return views;
}

/** Draws one band of a page's text area, as wide as `width` and at most `height` high, sharp on the panel. */
export async function renderBand(
  doc: PDFDocumentProxy,
  view: PageBand,
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): Promise<void> {
  const box = await textBox(doc, view.page);
  const scale = width / box.width;
  const ratio = window.devicePixelRatio || 1;
  const tall = box.height * scale;
  const y = Math.min(view.band * height * (1 - BAND_OVERLAP), Math.max(0, tall - height));
  const shown = Math.min(height, tall);
  const viewport = box.page.getViewport({
    scale: scale * ratio,
    offsetX: -box.left * scale * ratio,
    offsetY: -(box.top * scale + y) * ratio,
  });
  canvas.width = Math.floor(width * ratio);
  canvas.height = Math.floor(shown * ratio);
  canvas.style.width = `${Math.floor(width)}px`;
  canvas.style.height = `${Math.floor(shown)}px`;
  await box.page.render({ canvas, viewport }).promise;
}
