import { readdir, readFile, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PortInfo, PortLister } from './port-info.js';

/**
 * Where serial ports come from. `serialport`'s own listing on Linux spawns `udevadm`, which a minimal
 * Linux (or one with udev trimmed) does not have; the kernel's sysfs holds the same USB ids, so on Linux
 * a failed listing falls back to reading sysfs, and keeps to sysfs from then on (no spawn per poll).
 */

/** tty names that are serial ports (virtual consoles and ptys are not). */
const SERIAL_TTY = /^(ttyS|ttyUSB|ttyACM|ttyAMA|ttyWCH|ttyXRUSB|ttyMFD|ttyO|rfcomm)\d+$/;

async function readAttribute(dir: string, name: string): Promise<string | undefined> {
  try {
    const text = (await readFile(join(dir, name), 'utf8')).trim();
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Walks up from the tty's device to the USB device that carries idVendor/idProduct (interface → device). */
async function usbIds(deviceDir: string, sysRoot: string): Promise<Omit<PortInfo, 'path'>> {
  for (let dir = deviceDir; dir.startsWith(sysRoot) && dir !== dirname(dir); dir = dirname(dir)) {
    const vendorId = await readAttribute(dir, 'idVendor');
    if (vendorId !== undefined) {
      return {
        vendorId: vendorId.toLowerCase(),
        productId: (await readAttribute(dir, 'idProduct'))?.toLowerCase(),
        serialNumber: await readAttribute(dir, 'serial'),
      };
    }
  }
  return {};
}

/**
 * Serial ports from sysfs: every `/sys/class/tty/<name>` with a backing device, except 8250 UART slots
 * the kernel found no hardware behind (`type` 0). `sysRoot` and `devDir` are parameters so tests can lay
 * out a fake tree.
 */
export function sysfsPortLister(sysRoot = '/sys', devDir = '/dev'): PortLister {
  return async () => {
    const classDir = join(sysRoot, 'class', 'tty');
    const names = (await readdir(classDir)).filter((name) => SERIAL_TTY.test(name)).sort();
    const ports: PortInfo[] = [];
    for (const name of names) {
      let deviceDir: string;
      try {
        deviceDir = await realpath(join(classDir, name, 'device'));
      } catch {
        continue; // no backing device: not a real port
      }
      if (name.startsWith('ttyS') && (await readAttribute(join(classDir, name), 'type')) === '0') continue;
      ports.push({ path: join(devDir, name), ...(await usbIds(deviceDir, await realpath(sysRoot))) });
    }
    return ports;
  };
}

/** True when the listing failed because a helper program is missing (spawn … ENOENT). */
function isMissingProgram(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** The OS's listing, falling back to sysfs on Linux when the primary lister cannot run. */
export function fallbackPortLister(primary: PortLister, fallback: PortLister, platform = process.platform): PortLister {
  let primaryMissing = false;
  return async () => {
    if (primaryMissing) return fallback();
    try {
      return await primary();
    } catch (error) {
      if (platform !== 'linux' || !isMissingProgram(error)) throw error;
      primaryMissing = true;
      return fallback();
    }
  };
}
