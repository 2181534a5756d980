import type { QrScannerConfig } from '../../../shared/devices/device-config.js';
import { ok } from '../../../shared/result.js';
import { type Completion, failed } from '../core/completion.js';
import { PeriodicPoll } from '../core/periodic-poll.js';
import { TrackedDevice } from '../core/tracked-device.js';
import { usbDevicePresent } from '../core/usb-presence.js';
import type { ScannerDevice } from '../device.js';

type WedgeConfig = Extract<QrScannerConfig, { driver: 'hidWedge' }>;

/**
 * A scanner in keyboard-wedge (HID keyboard) mode types into the focused page. The renderer's helper
 * (renderer/src/devices/wedge-scanner.ts, using shared/devices/wedge.ts) tells its bursts from typing and
 * sends each code with devices.scanner.wedgeScan; this driver gates them by the on/off state and emits them
 * like a serial scanner's. Presence comes from the USB bus when ids are configured (Linux), else assumed.
 */
export class HidWedgeScanner extends TrackedDevice implements ScannerDevice {
  readonly deviceClass = 'qrScanner' as const;
  readonly driver = 'hidWedge' as const;
  private readonly poll = new PeriodicPoll();
  private enabled = false;

  constructor(
    private readonly config: WedgeConfig,
    private readonly presence: () => boolean | undefined = () =>
      config.match ? usbDevicePresent(config.match) : undefined,
  ) {
    super({
      device: 'qrScanner',
      driver: 'hidWedge',
      simulated: false,
      state: { kind: 'scanner', scanner: 'off' },
      status: 'online',
      detail: config.match ? 'keyboard-wedge scanner' : 'keyboard-wedge scanner (presence not observable)',
    });
  }

  start(): void {
    if (!this.config.match) return;
    this.poll.start(() => {
      const present = this.presence();
      if (present === false)
        this.tracker.update({
          status: 'noDevice',
          state: { scanner: 'inoperative' },
          detail: 'not on the USB bus',
          problem: { errorClass: 'hardware', action: 'checkConnection' },
        });
      else if (present === true)
        this.tracker.update({
          status: 'online',
          state: { scanner: this.enabled ? 'on' : 'off' },
          detail: 'on the USB bus',
        });
    }, this.config.pollIntervalMs ?? 3_000);
  }

  stop(): Promise<void> {
    return this.poll.stop();
  }

  async reset(): Promise<Completion<void>> {
    return ok(undefined);
  }

  async setEnabled(enabled: boolean): Promise<Completion<'on' | 'off' | 'inoperative'>> {
    this.enabled = enabled;
    if (this.tracker.snapshot().status === 'noDevice') return ok('inoperative');
    this.tracker.update({ state: { scanner: enabled ? 'on' : 'off' } });
    return ok(enabled ? 'on' : 'off');
  }

  wedgeScan(code: string): Completion<boolean> {
    if (this.tracker.snapshot().status === 'noDevice') return failed('noDevice', 'the wedge scanner is not attached');
    if (!this.enabled) return ok(false);
    this.events.emit({ type: 'scan', code, source: 'wedge' });
    return ok(true);
  }
}
