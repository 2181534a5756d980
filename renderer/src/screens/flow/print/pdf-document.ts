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
