import { useCallback } from 'react';
import type { Item, Package } from '../../../shared/catalog/schema.js';
import type { OffReason, PublicConfig } from '../../../shared/config/kiosk-config.js';
import { type Availability, checkAvailability } from '../../../shared/devices/availability.js';
import type { DeviceClass } from '../../../shared/devices/device-class.js';
import { useDevices } from './devices-context.js';
import { useKiosk } from './kiosk-context.js';

/**
 * The site turned the item off on the console (itself, or its whole department): unavailable with the site's
 * reason, before any device is asked. Main refuses to start or submit it as well (citizen-gate.ts).
 */
function turnedOff(item: Item | undefined, config: PublicConfig): OffReason | undefined {
  if (!item) return undefined;
  return config.itemsOff[item.code] ?? config.departmentsOff[item.department];
}

function offAvailability(reason: OffReason): Availability {
  return {
    available: false,
    blockers: [],
    label: { 'zh-CN': '暂停办理', en: 'Not offered here now' },
    reason: {
      'zh-CN': `本机暂停办理：${reason['zh-CN']}。请到服务窗口办理。`,
      en: `Not offered on this machine now: ${reason.en}. Please go to a service counter.`,
    },
  };
}

/** Whether an item (or every member of a package) can be done on this machine right now, and if not why. */
export function useAvailability(): { item(item: Item): Availability; pkg(pkg: Package): Availability } {
  const { catalog, config } = useKiosk();
  const devices = useDevices();
  const item = useCallback(
    (i: Item) => {
      const off = turnedOff(i, config);
      return off ? offAvailability(off) : checkAvailability(i.requiredDevices, devices);
    },
    [devices, config],
  );
  const pkg = useCallback(
    (p: Package) => {
      const needed = new Set<DeviceClass>();
      for (const member of p.members) {
        const found = catalog.items.find((i) => i.code === member.item);
        const off = turnedOff(found, config);
        if (off) return offAvailability(off);
        for (const d of found?.requiredDevices ?? []) needed.add(d);
      }
      return checkAvailability([...needed], devices);
    },
    [devices, catalog, config],
  );
  return { item, pkg };
}
