import type { CameraConfig } from '../../../shared/devices/device-config.js';
import type { CameraProfile, CameraReport } from '../../../shared/devices/capture.js';
import type { DriverKind } from '../../../shared/devices/device-status.js';
import { ok } from '../../../shared/result.js';
import type { Completion } from '../core/completion.js';
import { PeriodicPoll } from '../core/periodic-poll.js';
import { TrackedDevice } from '../core/tracked-device.js';
import { usbDevicePresent } from '../core/usb-presence.js';
import type { Device } from '../device.js';

/**
 * Document camera (高拍仪) and face camera. The renderer captures (getUserMedia) — main holds the profile
 * that says which camera and at what size, and a status fed by two sources: the renderer's report after it
 * tried to open the camera, and (Linux, when USB ids are configured) the USB bus, polled for presence.
 */
export class CameraDevice extends TrackedDevice implements Device {
  readonly driver: DriverKind;
  private readonly poll = new PeriodicPoll();
  private plugged = true;

  constructor(
    readonly deviceClass: 'documentCamera' | 'faceCamera',
    private readonly config: CameraConfig,
    private readonly presence: (config: CameraConfig) => boolean | undefined = (c) =>
      c.driver === 'camera' && c.match ? usbDevicePresent(c.match) : undefined,
  ) {
    const configured = config.driver !== 'none';
    super({
      device: deviceClass,
      driver: config.driver,
      simulated: config.driver === 'simulator',
      state: {
        kind: 'camera',
        camera: configured ? (config.driver === 'simulator' ? 'ready' : 'unknown') : 'notFound',
      },
      status: configured ? 'online' : 'noDevice',
      detail: configured
        ? config.driver === 'simulator'
          ? 'simulated camera'
          : 'not opened yet'
        : 'no camera configured',
    });
    this.driver = config.driver;
  }

  start(): void {
    if (this.config.driver !== 'camera' || !this.config.match) return;
    this.poll.start(() => {
      const present = this.presence(this.config);
      if (present === false) {
        this.tracker.update({
          status: 'noDevice',
          state: { camera: 'notFound' },
          detail: 'not on the USB bus',
          problem: { errorClass: 'hardware', action: 'checkConnection' },
        });
      } else if (present === true && this.tracker.snapshot().status === 'noDevice') {
        this.tracker.update({ status: 'online', state: { camera: 'unknown' }, detail: 'on the USB bus' });
      }
    }, 3_000);
  }

  stop(): Promise<void> {
    return this.poll.stop();
  }

  async reset(): Promise<Completion<void>> {
    return ok(undefined);
  }

  profile(): CameraProfile {
    const c = this.config;
    if (c.driver === 'camera') {
      return {
        device: this.deviceClass,
        configured: true,
        simulated: false,
        ...(c.labelContains ? { labelContains: c.labelContains } : {}),
        ...(c.match?.vendorId && c.match.productId ? { usbId: `${c.match.vendorId}:${c.match.productId}` } : {}),
        width: c.width,
        height: c.height,
      };
    }
    const size = this.deviceClass === 'documentCamera' ? { width: 2592, height: 1944 } : { width: 1280, height: 720 };
    return {
      device: this.deviceClass,
      configured: c.driver === 'simulator',
      simulated: c.driver === 'simulator',
      ...size,
    };
  }

  /** What the renderer found when it tried to open the camera. */
  report(report: CameraReport): void {
    if (this.config.driver === 'none') return;
    if (this.config.driver === 'simulator' && !this.plugged) return;
    switch (report) {
      case 'ready':
        this.tracker.update({ status: 'online', state: { camera: 'ready' }, detail: 'opened by the page' });
        break;
      case 'notFound':
        this.tracker.update({
          status: 'noDevice',
          state: { camera: 'notFound' },
          detail: 'the page found no matching camera',
          problem: { errorClass: 'hardware', action: 'checkConnection' },
        });
        break;
      case 'permissionDenied':
        this.tracker.update({
          status: 'userError',
          state: { camera: 'permissionDenied' },
          detail: 'camera permission denied (allowedPermissions must include "media")',
          problem: { errorClass: 'software', action: 'maintenance' },
        });
        break;
      case 'error':
        this.tracker.update({
          status: 'hardwareError',
          state: { camera: 'unknown' },
          detail: 'the camera failed to start',
          problem: { errorClass: 'hardware', action: 'reset' },
        });
        break;
    }
  }

  /** Simulator: the camera is pulled or plugged back. */
  simulatePlug(plugged: boolean): void {
    this.plugged = plugged;
    if (plugged) this.tracker.update({ status: 'online', state: { camera: 'ready' }, detail: 'simulated camera' });
    else
      this.tracker.update({
        status: 'noDevice',
        state: { camera: 'notFound' },
        detail: 'simulated camera unplugged',
        problem: { errorClass: 'hardware', action: 'checkConnection' },
      });
  }
}
