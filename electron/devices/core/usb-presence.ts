import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UsbMatch } from '../../../shared/devices/device-config.js';

/**
 * Whether a USB device with these ids is attached, from Linux sysfs (/sys/bus/usb/devices/<port>/idVendor …).
 * Used for devices the backend cannot open itself: keyboard-wedge scanners and cameras (the renderer opens
 * those). Undefined where it cannot tell (other systems, no sysfs): callers then assume present.
 */
export function usbDevicePresent(match: UsbMatch, sysRoot = '/sys/bus/usb/devices'): boolean | undefined {
  if (!match.vendorId && !match.productId && !match.serialNumber) return undefined;
  let entries: string[];
  try {
    entries = readdirSync(sysRoot);
  } catch {
    return undefined;
  }
  const read = (dir: string, file: string) => {
    try {
      return readFileSync(join(sysRoot, dir, file), 'utf8')
        .trim()
        .toLowerCase();
    } catch {
      return undefined;
    }
  };
  return entries.some((dir) => {
    const vendor = read(dir, 'idVendor');
    if (vendor === undefined) return false;
    if (match.vendorId && vendor !== match.vendorId) return false;
    if (match.productId && read(dir, 'idProduct') !== match.productId) return false;
    if (match.serialNumber && read(dir, 'serial') !== match.serialNumber.toLowerCase()) return false;
    return true;
  });
}
