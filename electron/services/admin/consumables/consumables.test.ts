import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { decodeIppResponse, IppTag } from '../../../devices/printer/ipp.js';
import { parseSupplies, suppliesLevel } from './cups-supplies.js';
import { paperUsed, pdfPageCount, pdfPageHeightMm, receiptLinesLengthMm } from './print-usage.js';

/**
 * A Get-Printer-Attributes reply captured from this machine's CUPS (2.4) for a cups-pdf queue stopped with
 * `cupsdisable`: printer-state-reasons = paused, and no marker attributes (cups-pdf reports none).
 */
const CAPTURED_PAUSED_QUEUE =
  'AgAAAAAAAAcBRwASYXR0cmlidXRlcy1jaGFyc2V0AAV1dGYtOEgAG2F0dHJpYnV0ZXMtbmF0dXJhbC1sYW5ndWFnZQACZW4ERAAVcHJpbnRlci1zdGF0ZS1yZWFzb25zAAZwYXVzZWQD';

/** An IPP reply in the wire format (RFC 8010): 1setOf values repeat with an empty name. */
function ippReply(attributes: Array<{ tag: number; name: string; values: Array<string | number> }>): Uint8Array {
  const out: number[] = [0x02, 0x00, 0x00, 0x00, 0, 0, 0, 1, IppTag.printer];
  const text = new TextEncoder();
  for (const a of attributes)
    a.values.forEach((v, i) => {
      const name = i === 0 ? [...text.encode(a.name)] : [];
      const value =
        typeof v === 'number'
          ? [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]
          : [...text.encode(v)];
      out.push(a.tag, name.length >> 8, name.length & 0xff, ...name, value.length >> 8, value.length & 0xff, ...value);
    });
  out.push(IppTag.end);
  return Uint8Array.from(out);
}

function pdf(pages: number, size: [number, number] | 'A4' = 'A4'): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    for (let i = 0; i < pages; i += 1) doc.addPage().text(`page ${i + 1}`);
    doc.end();
  });
}

describe('CUPS supplies', () => {
  it('reads the captured reply of a paused cups-pdf queue: a state reason, no markers', () => {
    const response = decodeIppResponse(new Uint8Array(Buffer.from(CAPTURED_PAUSED_QUEUE, 'base64')))!;
    expect(parseSupplies(response)).toEqual({ markers: [], reasons: ['paused'] });
    expect(suppliesLevel(parseSupplies(response), 20)).toBeUndefined();
  });

  it('reads marker names, levels, types and low levels, and says low or out from them', () => {
    const response = decodeIppResponse(
      ippReply([
        { tag: IppTag.name, name: 'marker-names', values: ['Black Cartridge', 'Drum'] },
        { tag: IppTag.integer, name: 'marker-levels', values: [8, -3] },
        { tag: IppTag.keyword, name: 'marker-types', values: ['toner-cartridge', 'opc'] },
        { tag: IppTag.integer, name: 'marker-low-levels', values: [10, 5] },
        { tag: IppTag.keyword, name: 'printer-state-reasons', values: ['toner-low-report', 'media-low-warning'] },
      ]),
    )!;
    const supplies = parseSupplies(response);
    expect(supplies).toEqual({
      markers: [
        { name: 'Black Cartridge', level: 8, kind: 'toner-cartridge', lowLevel: 10 },
        { name: 'Drum', level: -3, kind: 'opc', lowLevel: 5 },
      ],
      reasons: ['toner-low-report', 'media-low-warning'],
    });
    expect(suppliesLevel(supplies, 20)).toBe('low');
    expect(suppliesLevel({ markers: [{ name: 'K', level: 0 }], reasons: [] }, 20)).toBe('out');
    expect(suppliesLevel({ markers: [], reasons: ['media-empty-error'] }, 20)).toBe('out');
    expect(suppliesLevel({ markers: [{ name: 'K', level: 60 }], reasons: ['paused'] }, 20)).toBeUndefined();
  });

  it('keeps out what is not a keyword or too many', () => {
    const response = decodeIppResponse(
      ippReply([
        { tag: IppTag.keyword, name: 'printer-state-reasons', values: ['none', 'BAD REASON', 'offline-report'] },
      ]),
    )!;
    expect(parseSupplies(response).reasons).toEqual(['offline-report']);
  });
});

describe('paper used by a finished job', () => {
  it('counts A4 sheets: pages times copies', async () => {
    const three = await pdf(3);
    expect(pdfPageCount(three)).toBe(3);
    expect(paperUsed({ documentId: 'd', title: 't', media: 'A4', pdf: three, copies: 2 }, 'cups')).toEqual({
      media: 'A4',
      amount: 6,
    });
  });

  it('measures a spooler receipt by its roll PDF and an ESC/POS receipt by its lines', async () => {
    const roll = await pdf(1, [80 * (72 / 25.4), 150 * (72 / 25.4)]);
    expect(pdfPageHeightMm(roll)).toBeCloseTo(150, 1);
    expect(paperUsed({ documentId: 'd', title: 't', media: 'receipt80', pdf: roll }, 'cups').amount).toBe(150);
    const lines = [
      { kind: 'text', text: '受理回执', bold: true, align: 'center', size: 'large' },
      { kind: 'text', text: 'x'.repeat(60), bold: false, align: 'left', size: 'normal' },
      { kind: 'feed', lines: 2 },
    ] as const;
    // large (2 lines) + 60 columns wrapped at 48 (2 lines) + 2 feeds = 6 lines of 1/6 inch, plus the cut feed.
    expect(receiptLinesLengthMm(lines, 48)).toBeCloseTo(6 * (25.4 / 6) + 4 * (25.4 / 6) + 12, 3);
    expect(
      paperUsed(
        { documentId: 'd', title: 't', media: 'receipt80', pdf: roll, receiptLines: lines, copies: 2 },
        'escpos',
      ).amount,
    ).toBe(Math.ceil(2 * receiptLinesLengthMm(lines, 48)));
  });
});
