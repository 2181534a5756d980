import type { ReactNode } from 'react';
import type { KioskClient } from '../../../shared/kiosk-client.js';
import { DevicesContext } from '../context/devices-context.js';
import { useWedgeScanner } from '../devices/wedge-scanner.js';
import { useDeviceSnapshots } from './use-device-snapshots.js';

/**
 * Holds the devices' status. Its children are made by its parent, so a status change renders only the
 * components that read the devices (useDevices), not the whole app.
 */
export function DevicesProvider({ client, children }: { client: KioskClient; children: ReactNode }) {
  const devices = useDeviceSnapshots(client);
  // A keyboard-wedge scanner types into the page: decode its bursts for as long as the backend runs that driver.
  useWedgeScanner(client, devices.qrScanner?.driver === 'hidWedge');
  return <DevicesContext.Provider value={devices}>{children}</DevicesContext.Provider>;
}
