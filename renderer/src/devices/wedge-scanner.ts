import { WedgeDecoder, type WedgeOptions } from '../../../shared/devices/wedge.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';

/**
 * For a QR scanner in keyboard-wedge mode (devices.qrScanner.driver "hidWedge"): listens to key events on
 * the page before any input sees them, tells a scanner's burst from typing (shared/devices/wedge.ts), keeps
 * the burst out of focused fields, and hands each code to main, which emits it as devices.scan when reads
 * are on. Returns the function that detaches it.
 */
export function attachWedgeScanner(
  target: Window,
  client: KioskClient,
  options: WedgeOptions = { maxKeyGapMs: 35, minLength: 4 },
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
