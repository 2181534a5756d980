import type { RenderedDocumentReply } from '../../../shared/contract/documents.js';
import { describeDeviceFailure } from '../../../shared/devices/device-failure.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';
import type { LocalizedText } from '../../../shared/catalog/schema.js';

export type PrintResult =
  | { readonly ok: true; readonly jobId: string }
  | {
      readonly ok: false;
      readonly code: string;
      /** Plain words for the citizen, with the next step. */ readonly message: LocalizedText;
    };

/**
 * Prints a rendered document on the printer its media belongs to and waits until the printer or spooler
 * reports the job done (not merely sent); then tells the documents service, which may purge the
 * application data behind a receipt. A failure comes back as words a citizen can act on.
 */
export async function printDocument(client: KioskClient, document: RenderedDocumentReply): Promise<PrintResult> {
  const device = document.media === 'receipt80' ? 'receiptPrinter' : 'documentPrinter';
  const printed = await client.call('devices.print', {
    device,
    documentId: document.documentId,
    title: document.title,
    media: document.media,
    pdfBase64: document.pdfBase64,
    receiptLines: document.receiptLines,
  });
  if (!printed.ok)
    return { ok: false, code: printed.error.code, message: describeDeviceFailure(printed.error.code).citizenMessage };
  // The paper is out; whether the bookkeeping call succeeds does not change what the citizen holds.
  void (await client.call('documents.markPrinted', { documentId: document.documentId }));
  return { ok: true, jobId: printed.value.jobId };
}
