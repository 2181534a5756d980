import { createContext, useContext } from 'react';
import type { DeviceClass } from '../../../shared/devices/device-class.js';
import type { DeviceSnapshot } from '../../../shared/devices/device-status.js';

export type DeviceSnapshots = Partial<Record<DeviceClass, DeviceSnapshot>>;

/**
 * The latest status of every device, apart from the kiosk context: a device's status changes on almost every
 * page (the scanner switched on, the reader reading), and only the few components that read it should render
 * again when it does, not every component that holds the client or the configuration.
 */
export const DevicesContext = createContext<DeviceSnapshots>({});

export function useDevices(): DeviceSnapshots {
  return useContext(DevicesContext);
}
