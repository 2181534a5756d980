import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { usbDevicePresent } from './usb-presence.js';

describe('USB presence from sysfs', () => {
  const root = mkdtempSync(join(tmpdir(), 'sysfs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const device = (name: string, vendor: string, product: string, serial?: string) => {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, 'idVendor'), `${vendor}\n`);
    writeFileSync(join(root, name, 'idProduct'), `${product}\n`);
    if (serial) writeFileSync(join(root, name, 'serial'), `${serial}\n`);
  };
  device('1-1', '1a86', '7523');
  device('1-2', '0c2e', '0b61', 'SCAN01');
  mkdirSync(join(root, '1-1:1.0'));

  it('finds a device by vendor/product and by serial number', () => {
    expect(usbDevicePresent({ vendorId: '1a86', productId: '7523', probe: false }, root)).toBe(true);
    expect(usbDevicePresent({ vendorId: '0c2e', productId: '0b61', serialNumber: 'scan01', probe: false }, root)).toBe(
      true,
    );
    expect(usbDevicePresent({ vendorId: '0c2e', productId: '0b61', serialNumber: 'OTHER', probe: false }, root)).toBe(
      false,
    );
    expect(usbDevicePresent({ vendorId: 'ffff', probe: false }, root)).toBe(false);
  });

  it('cannot tell without ids or without sysfs', () => {
    expect(usbDevicePresent({ probe: true }, root)).toBeUndefined();
    expect(usbDevicePresent({ vendorId: '1a86', probe: false }, join(root, 'missing'))).toBeUndefined();
  });
});
