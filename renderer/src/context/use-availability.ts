import { useCallback } from 'react';
import type { Item, Package } from '../../../shared/catalog/schema.js';
import { type Availability, checkAvailability } from '../../../shared/devices/availability.js';
import type { DeviceClass } from '../../../shared/devices/device-class.js';
import { useKiosk } from './kiosk-context.js';

/** Whether an item (or every member of a package) can be done on this machine right now, and if not why. */
export function useAvailability(): { item(item: Item): Availability; pkg(pkg: Package): Availability } {
  const { devices, catalog } = useKiosk();
  const item = useCallback((i: Item) => checkAvailability(i.requiredDevices, devices), [devices]);
  const pkg = useCallback(
    (p: Package) => {
      const needed = new Set<DeviceClass>();
      for (const member of p.members)
        for (const d of catalog.items.find((i) => i.code === member.item)?.requiredDevices ?? []) needed.add(d);
      return checkAvailability([...needed], devices);
    },
    [devices, catalog],
  );
  return { item, pkg };
}
