import { z } from 'zod';

/**
 * What the documents service hands to a printer. Every document is a PDF (archived, shown in previews and
 * sent to spoolers); receipts also carry a structured text form, because an ESC/POS receipt printer prints
 * text and QR codes natively (GB18030) rather than a rasterised PDF.
 */
export const receiptLineSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('text'),
      text: z.string().max(200),
      bold: z.boolean().default(false),
      align: z.enum(['left', 'center']).default('left'),
      size: z.enum(['normal', 'large']).default('normal'),
    })
    .strict(),
  z.object({ kind: z.literal('rule') }).strict(),
  z.object({ kind: z.literal('qr'), data: z.string().min(1).max(500) }).strict(),
  z.object({ kind: z.literal('feed'), lines: z.number().int().min(1).max(10) }).strict(),
]);
export type ReceiptLine = z.infer<typeof receiptLineSchema>;

export const printMediaSchema = z.enum(['A4', 'receipt80']);
export type PrintMedia = z.infer<typeof printMediaSchema>;

export interface PrintJob {
  /** Stable id of the document (also its archive name); never contains personal data. */
  readonly documentId: string;
  /** Short non-personal title for queues and logs, e.g. "受理回执". */
  readonly title: string;
  readonly media: PrintMedia;
  readonly pdf: Uint8Array;
  /** For receipt80 media: the same content as lines for ESC/POS printers. */
  readonly receiptLines?: readonly ReceiptLine[];
  readonly copies?: number;
}
