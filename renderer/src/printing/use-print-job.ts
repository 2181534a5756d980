import { useCallback, useRef, useState } from 'react';
import type { RenderedDocumentReply } from '../../../shared/contract/documents.js';
import type { LocalizedText } from '../../../shared/catalog/schema.js';
import { useKiosk } from '../context/kiosk-context.js';
import { printDocument } from './print-document.js';
import { notePrinted } from './printed-this-session.js';
import { notePrintDone } from '../session/usage-report.js';

export type PrintJobState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'printing'; readonly title: string }
  | { readonly phase: 'done'; readonly title: string }
  | { readonly phase: 'failed'; readonly title: string; readonly code: string; readonly message: LocalizedText };

/**
 * A screen's print button: one job at a time, the state to show ("正在打印…", done, or why not and what to
 * do), and a retry that prints the same document again (e.g. after staff refilled the paper).
 */
export function usePrintJob() {
  const { client } = useKiosk();
  const [state, setState] = useState<PrintJobState>({ phase: 'idle' });
  const busy = useRef(false);
  const print = useCallback(
    async (document: RenderedDocumentReply): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      setState({ phase: 'printing', title: document.title });
      try {
        const result = await printDocument(client, document);
        if (result.ok) {
          notePrinted();
          notePrintDone();
        }
        setState(
          result.ok
            ? { phase: 'done', title: document.title }
            : { phase: 'failed', title: document.title, code: result.code, message: result.message },
        );
        return result.ok;
      } finally {
        busy.current = false;
      }
    },
    [client],
  );
  return { state, print };
}
