import { useEffect, useState } from 'react';
import type { DeviceClass } from '../../../shared/devices/device-class.js';
import type { DeviceSnapshot } from '../../../shared/devices/device-status.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';

/** The latest status of every device class, kept current by the devices.status event. */
export function useDeviceSnapshots(client: KioskClient): Partial<Record<DeviceClass, DeviceSnapshot>> {
  const [snapshots, setSnapshots] = useState<Partial<Record<DeviceClass, DeviceSnapshot>>>({});
  useEffect(() => {
    let alive = true;
    const off = client.on('devices.status', (snapshot) =>
      setSnapshots((current) => ({ ...current, [snapshot.device]: snapshot })),
    );
    void client.call('devices.status', {}).then((reply) => {
      if (!alive || !reply.ok) return;
      setSnapshots((current) => {
        const next = { ...current };
        for (const snapshot of reply.value.devices) next[snapshot.device] ??= snapshot;
        return next;
      });
    });
    return () => {
      alive = false;
      off();
    };
  }, [client]);
  return snapshots;
}
