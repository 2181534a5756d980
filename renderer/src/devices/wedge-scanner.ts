import { useEffect } from 'react';
import { WedgeDecoder, type WedgeOptions } from '../../../shared/devices/wedge.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';

/**
 * The decoder's thresholds: the defaults of devices.qrScanner (driver "hidWedge") in shared/devices/device-config.ts.
 * The configured maxKeyGapMs / minLength do not reach the renderer (the public configuration leaves devices out).
 */
export const WEDGE_DEFAULTS: WedgeOptions = { maxKeyGapMs: 35, minLength: 4 };

/**
 * For a QR scanner in keyboard-wedge mode (devices.qrScanner.driver "hidWedge"): listens to key events on
 * the page before any input sees them, tells a scanner's burst from typing (shared/devices/wedge.ts), keeps
 * the burst out of focused fields (all but its first two keys, which the decoder lets through as possibly a
 * person's), and hands each code to main, which emits it as devices.scan when reads are on. Returns the
 * function that detaches it.
 *
 * A kiosk has no physical keyboard, and the on-screen keyboard (simple-keyboard, the keypad) writes through
 * React state on pointer events, never through key events: the only keystrokes a kiosk sees are a scanner's.
 */
export function attachWedgeScanner(
  target: Window,
  client: KioskClient,
  options: WedgeOptions = WEDGE_DEFAULTS,
): () => void {
  const decoder = new WedgeDecoder(options);
  const onKey = (event: KeyboardEvent) => {
    if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    const verdict = decoder.feed(event.key, event.timeStamp);
    if (verdict.kind === 'pass') return;
    event.preventDefault();
    event.stopPropagation();
    if (verdict.kind === 'scan') void client.call('devices.scanner.wedgeScan', { code: verdict.code });
  };
  target.addEventListener('keydown', onKey, { capture: true });
  return () => target.removeEventListener('keydown', onKey, { capture: true });
}

/**
 * Keeps the wedge listener on the window while `attached` holds (the backend's qrScanner snapshot names the
 * "hidWedge" driver), and takes it off when that changes or the caller unmounts.
 */
export function useWedgeScanner(client: KioskClient, attached: boolean): void {
  useEffect(() => (attached ? attachWedgeScanner(window, client) : undefined), [client, attached]);
}
