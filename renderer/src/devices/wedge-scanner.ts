import { useEffect } from 'react';
import { WedgeDecoder, type WedgeOptions } from '../../../shared/devices/wedge.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';

/**
 * The decoder's thresholds: the defaults of devices.qrScanner (driver "hidWedge") in shared/devices/device-config.ts.
 * The configured maxKeyGapMs / minLength do not reach the renderer (the public configuration leaves devices out).
 */
export const WEDGE_DEFAULTS: WedgeOptions = { maxKeyGapMs: 35, minLength: 4 };

/**
 * Fired on the window when a burst is recognised as a scanner's (at its third key): keys that were let
 * through as possibly a person's and are still waiting to be typed (the keypad holds them while a wedge is
 * attached, renderer/src/keypad/KeypadController.tsx) are dropped, so none of a scan gets into a field.
 */
export const WEDGE_BURST_EVENT = 'kiosk:wedge-burst';

/** Whether a wedge scanner listens on this page (set on <html> while attached). */
export function wedgeAttached(doc: Document): boolean {
  return doc.documentElement.dataset.wedge === 'attached';
}

/**
 * For a QR scanner in keyboard-wedge mode (devices.qrScanner.driver "hidWedge"): listens to key events on
 * the page before any input sees them, tells a scanner's burst from typing (shared/devices/wedge.ts), keeps
 * the burst out of focused fields (all but its first two keys, which the decoder lets through as possibly a
 * person's), and hands each code to main, which emits it as devices.scan when reads are on. Returns the
 * function that detaches it.
 *
 * The on-screen keyboard (simple-keyboard, the number pad) writes through React state on pointer events. A
 * USB keypad's keys are a person's: the keypad controller types them on those keyboards, holding each for a
 * scanner's key gap while a wedge is attached, so the two keys a burst lets through are dropped at its third.
 */
export function attachWedgeScanner(
  target: Window,
  client: KioskClient,
  options: WedgeOptions = WEDGE_DEFAULTS,
): () => void {
  const decoder = new WedgeDecoder(options);
  let burst = false;
  const onKey = (event: KeyboardEvent) => {
    if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    const verdict = decoder.feed(event.key, event.timeStamp);
    if (verdict.kind === 'pass') {
      burst = false;
      return;
    }
    if (!burst) target.dispatchEvent(new Event(WEDGE_BURST_EVENT));
    burst = verdict.kind === 'swallow';
    event.preventDefault();
    event.stopPropagation();
    if (verdict.kind === 'scan') void client.call('devices.scanner.wedgeScan', { code: verdict.code });
  };
  target.addEventListener('keydown', onKey, { capture: true });
  target.document.documentElement.dataset.wedge = 'attached';
  return () => {
    target.removeEventListener('keydown', onKey, { capture: true });
    delete target.document.documentElement.dataset.wedge;
  };
}

/**
 * Keeps the wedge listener on the window while `attached` holds (the backend's qrScanner snapshot names the
 * "hidWedge" driver), and takes it off when that changes or the caller unmounts.
 */
export function useWedgeScanner(client: KioskClient, attached: boolean): void {
  useEffect(() => (attached ? attachWedgeScanner(window, client) : undefined), [client, attached]);
}
