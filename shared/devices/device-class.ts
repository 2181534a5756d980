import { z } from 'zod';

/**
 * The kinds of hardware a kiosk may have. Catalog items name the classes they need; the device layer reports
 * the state of each, and the kiosk derives which items are available now from both.
 */
export const deviceClassSchema = z.enum([
  'idCardReader', // resident ID card (SAM) reader
  'documentPrinter', // A4 laser printer for certificates and printouts
  'receiptPrinter', // 80 mm thermal printer for receipts and tickets
  'qrScanner', // QR / barcode scanner: e-ID codes, receipt codes, invoices
  'documentCamera', // 高拍仪 for scanning paper materials
  'faceCamera', // camera for face certification
]);
export type DeviceClass = z.infer<typeof deviceClassSchema>;
export const deviceClasses = deviceClassSchema.options;
