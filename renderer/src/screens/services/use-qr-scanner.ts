import { useEffect, useRef, useState } from 'react';
import { useKiosk } from '../../context/kiosk-context.js';

/** Whether the QR scanner reads for this screen: on, not usable (say so and offer another way), or starting. */
export type ScannerState = 'starting' | 'on' | 'unavailable';

/**
 * Turns QR reads on while the calling screen shows (and `active` holds) and off when it goes; each code read
 * is handed to `onCode`. A scanner that cannot read (offline, inoperative, none fitted) is reported, not hidden.
 */
export function useQrScanner(active: boolean, onCode: (code: string) => void): ScannerState {
  const { client } = useKiosk();
  const [state, setState] = useState<ScannerState>('starting');
  const handler = useRef(onCode);
  handler.current = onCode;

  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    setState('starting');
    void client.call('devices.scanner.setEnabled', { enabled: true }).then((reply) => {
      if (live) setState(reply.ok && reply.value.scanner === 'on' ? 'on' : 'unavailable');
    });
    const off = client.on('devices.scan', (event) => handler.current(event.code));
    return () => {
      live = false;
      off();
      void client.call('devices.scanner.setEnabled', { enabled: false });
    };
  }, [client, active]);

  return state;
}
