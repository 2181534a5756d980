import type { DeviceClass } from '../../shared/devices/device-class.js';
import type { DeviceSnapshot, DeviceState } from '../../shared/devices/device-status.js';
import { type Completion, failed } from './core/completion.js';
import type { Device, DeviceEvent } from './device.js';

/** A device class the machine does not have (driver "none"): always noDevice, refuses every command. */
export class NoDevice implements Device {
  readonly driver = 'none' as const;
  private readonly snap: DeviceSnapshot;

  constructor(readonly deviceClass: DeviceClass) {
    this.snap = {
      device: deviceClass,
      driver: 'none',
      status: 'noDevice',
      state: stateFor(deviceClass),
      detail: 'not configured on this machine',
      since: new Date().toISOString(),
      simulated: false,
    };
  }

  start(): void {}

  async stop(): Promise<void> {}

  snapshot(): DeviceSnapshot {
    return this.snap;
  }

  subscribe(_listener: (event: DeviceEvent) => void): () => void {
    return () => undefined;
  }

  async reset(): Promise<Completion<void>> {
    return failed('noDevice', `no ${this.deviceClass} is configured`);
  }
}

export function stateFor(deviceClass: DeviceClass): DeviceState {
  switch (deviceClass) {
    case 'idCardReader':
      return { kind: 'idCardReader', card: 'unknown', sam: 'unknown' };
    case 'documentPrinter':
      return { kind: 'printer', paper: 'unknown', media: 'A4' };
    case 'receiptPrinter':
      return { kind: 'printer', paper: 'unknown', media: 'receipt80' };
    case 'qrScanner':
      return { kind: 'scanner', scanner: 'inoperative' };
    case 'documentCamera':
    case 'faceCamera':
      return { kind: 'camera', camera: 'notFound' };
  }
}
