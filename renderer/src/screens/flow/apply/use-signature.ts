import { useEffect, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { useKiosk } from '../../../context/kiosk-context.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { trackObjectUrl } from '../../../session/wipe-browser-state.js';
import { applyKeys, signatureUrl } from '../steps/apply-outcome.js';
import { blobRef } from './blob-ref.js';
import { putImage } from './put-image.js';

/** The applicant's signature on a page: the pad while drawing, the saved image after, and saving it. */
export interface SignatureControl {
  /** Callback ref for the pad's canvas (the pad starts when the canvas is there, wherever on the page it appears). */
  readonly canvasRef: (element: HTMLCanvasElement | null) => void;
  /** The signature given earlier in this session (an object URL the wipe revokes), shown instead of the pad. */
  readonly saved: string | undefined;
  readonly drawing: boolean;
  readonly busy: boolean;
  readonly saveFailed: boolean;
  clear(): void;
  signAgain(): void;
  /**
   * Hands the drawn signature to main (kept encrypted for the application, which names it by its SHA-256) and
   * records it in the flow: 'signed' (or signed earlier) when the flow may go on, 'empty' when nothing is
   * drawn, 'notKept' when main could not keep it (`saveFailed`; try again), 'busy' while saving.
   */
  save(): Promise<SaveResult>;
}

export type SaveResult = 'signed' | 'empty' | 'notKept' | 'busy';

export function useSignature(flow: FlowController): SignatureControl {
  const { client } = useKiosk();
  const [element, setElement] = useState<HTMLCanvasElement | null>(null);
  const pad = useRef<SignaturePad | undefined>(undefined);
  const saved = flow.state.signatureId ? signatureUrl(flow.state) : undefined;
  const [drawing, setDrawing] = useState(!saved);
  const [busy, setBusy] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    if (!drawing || !element) return undefined;
    const instance = new SignaturePad(element, {
      minWidth: 1.5,
      maxWidth: 4.5,
      penColor: '#000',
      backgroundColor: '#fff',
    });
    pad.current = instance;
    // The canvas is drawn at the panel's pixel density and sized to its box; resizing clears it (as it must).
    // So nothing on the page may change the pad's size while a citizen signs: errors stay until 继续.
    const ratio = () => Math.max(window.devicePixelRatio || 1, 1);
    const fit = () => {
      element.width = element.offsetWidth * ratio();
      element.height = element.offsetHeight * ratio();
      element.getContext('2d')?.scale(ratio(), ratio());
      instance.clear();
    };
    fit();
    const observer = new ResizeObserver(() => {
      if (element.width !== Math.round(element.offsetWidth * ratio())) fit();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.off();
      pad.current = undefined;
    };
  }, [drawing, element]);

  async function save(): Promise<SaveResult> {
    if (busy) return 'busy';
    if (!drawing && saved) return 'signed';
    const instance = pad.current;
    if (!instance || !element || instance.isEmpty()) return 'empty';
    setBusy(true);
    setSaveFailed(false);
    try {
      const blob = await new Promise<Blob | null>((resolve) => element.toBlob(resolve, 'image/png'));
      if (!blob) return 'empty';
      const ref = await blobRef(blob);
      const kept = await putImage(client, blob, ref);
      if (!kept.ok) {
        setSaveFailed(true);
        return 'notKept';
      }
      if (saved) URL.revokeObjectURL(saved);
      flow.dispatch({ type: 'outcome', key: applyKeys.signatureUrl, value: trackObjectUrl(blob) });
      flow.dispatch({ type: 'signed', signatureId: ref });
      return 'signed';
    } finally {
      setBusy(false);
    }
  }

  return {
    canvasRef: setElement,
    saved,
    drawing,
    busy,
    saveFailed,
    clear: () => pad.current?.clear(),
    signAgain: () => setDrawing(true),
    save,
  };
}
