import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fallbackPortLister, sysfsPortLister } from './port-listing.js';

/** Lays out the parts of sysfs that discovery reads, as a USB-serial adapter, a CDC-ACM reader and UARTs show them. */
function fakeSysfs(root: string): void {
  const devices = join(root, 'devices');
  const write = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `${text}\n`);
  };
  // FTDI adapter: tty → usb-serial port → interface → USB device (ids, serial).
  const ftdi = join(devices, 'pci0000:00', 'usb1', '1-2');
  write(join(ftdi, 'idVendor'), '0403');
  write(join(ftdi, 'idProduct'), '6001');
  write(join(ftdi, 'serial'), 'A10K2B3C');
  mkdirSync(join(ftdi, '1-2:1.0', 'ttyUSB0'), { recursive: true });
  // CDC-ACM reader without a serial number: tty → interface → USB device.
  const acm = join(devices, 'pci0000:00', 'usb1', '1-3');
  write(join(acm, 'idVendor'), '10C4');
  write(join(acm, 'idProduct'), 'EA60');
  mkdirSync(join(acm, '1-3:1.0'), { recursive: true });
  // Two 8250 slots: one with a UART behind it, one empty.
  mkdirSync(join(devices, 'platform', 'serial8250'), { recursive: true });
  mkdirSync(join(devices, 'pnp0', '00:01'), { recursive: true });

  const classTty = join(root, 'class', 'tty');
  const tty = (name: string, device: string | undefined, type?: string) => {
    mkdirSync(join(classTty, name), { recursive: true });
    if (device) symlinkSync(device, join(classTty, name, 'device'));
    if (type !== undefined) writeFileSync(join(classTty, name, 'type'), `${type}\n`);
  };
  tty('ttyUSB0', join(ftdi, '1-2:1.0', 'ttyUSB0'));
  tty('ttyACM0', join(acm, '1-3:1.0'));
  tty('ttyS0', join(devices, 'pnp0', '00:01'), '4');
  tty('ttyS1', join(devices, 'platform', 'serial8250'), '0');
  tty('tty1', undefined); // virtual console
  tty('ttyS9', undefined); // no backing device
}

describe('serial discovery without udevadm', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sysfs-'));
    fakeSysfs(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads USB ids and serial numbers from sysfs and skips consoles and empty UART slots', async () => {
    const ports = await sysfsPortLister(root, '/dev')();
    expect(ports).toEqual([
      { path: '/dev/ttyACM0', vendorId: '10c4', productId: 'ea60', serialNumber: undefined },
      { path: '/dev/ttyS0' },
      { path: '/dev/ttyUSB0', vendorId: '0403', productId: '6001', serialNumber: 'A10K2B3C' },
    ]);
  });

  it('falls back to sysfs when the primary listing cannot spawn its helper, and stays there', async () => {
    let primaryCalls = 0;
    const missingUdevadm = async () => {
      primaryCalls += 1;
      throw Object.assign(new Error('spawn udevadm ENOENT'), { code: 'ENOENT' });
    };
    const lister = fallbackPortLister(missingUdevadm, sysfsPortLister(root, '/dev'), 'linux');
    expect((await lister()).map((p) => p.path)).toContain('/dev/ttyUSB0');
    expect((await lister()).length).toBe(3);
    expect(primaryCalls).toBe(1);
  });

  it('does not hide other listing failures, nor fall back off Linux', async () => {
    const broken = async () => {
      throw new Error('permission denied');
    };
    await expect(fallbackPortLister(broken, sysfsPortLister(root), 'linux')()).rejects.toThrow('permission denied');
    const missing = async () => {
      throw Object.assign(new Error('spawn x ENOENT'), { code: 'ENOENT' });
    };
    await expect(fallbackPortLister(missing, sysfsPortLister(root), 'win32')()).rejects.toThrow('ENOENT');
  });
});
