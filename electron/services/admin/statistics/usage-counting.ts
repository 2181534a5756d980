import type { Handlers } from '../../../rpc/handlers.js';
import { pdfPageCount } from '../consumables/print-usage.js';
import type { UsageRecorder } from './usage-recorder.js';

/**
 * Main counts what it sees happen, on the way back from the handlers that do it: a rating the platform took
 * (evaluation.submit, by level; a repeated key is not counted twice) and a citizen's document the printer
 * reported done (devices.print: A4 sheets, pages × copies, or receipt copies). The console's own test prints
 * go through the device manager directly and are not counted here. A failure to count never changes the reply.
 */
export function withUsageCounting(handlers: Handlers, recorder: UsageRecorder, warn: (text: string) => void): Handlers {
  const count = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      warn(`statistics: ${what} not counted: ${(error as Error).message.slice(0, 120)}`);
    }
  };
  const evaluate = handlers['evaluation.submit'];
  const print = handlers['devices.print'];
  return {
    ...handlers,
    'evaluation.submit': async (request, context) => {
      const result = await evaluate(request, context);
      if (result.ok && !result.value.duplicate) count('rating', () => recorder.rated(request.level, request.itemCode));
      return result;
    },
    'devices.print': async (request, context) => {
      const result = await print(request, context);
      if (result.ok)
        count('print', () => {
          const copies = request.copies;
          if (request.media === 'A4') {
            const pages = pdfPageCount(new Uint8Array(Buffer.from(request.pdfBase64, 'base64')));
            recorder.printed(request.device, 'A4', pages * copies);
          } else {
            recorder.printed(request.device, 'receipt80', copies);
          }
        });
      return result;
    },
  };
}
