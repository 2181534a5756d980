import { deviceProblem, type DeviceProblem } from '../../../../shared/devices/availability.js';
import { deviceError, type DeviceReason } from '../../../../shared/devices/device-failure.js';
import type { FailureCompletionCode } from '../../../../shared/devices/device-status.js';
import type { DeviceSnapshot } from '../../../../shared/devices/device-status.js';

/**
 * A device that cannot serve, as the code a technician looks up: the same completion-and-reason codes the
 * device layer puts on a failed command (shared/devices/device-failure.ts), so the status page, the log and
 * a failed citizen's screen name one fault one way.
 */
const codeOf: Record<DeviceProblem, DeviceReason | FailureCompletionCode> = {
  missing: 'noDevice',
  offline: 'offline',
  fault: 'hardwareError',
  needsAttention: 'userError',
  paperOut: 'paperOut',
  paperJam: 'paperJam',
  samFault: 'samFault',
  scannerInoperative: 'hardwareError',
  cameraNotFound: 'noDevice',
  cameraNotAllowed: 'deviceNotReady',
};

/** The code of what keeps a device from serving, or undefined when it can (paper low still prints). */
export function technicianCode(snapshot: DeviceSnapshot): string | undefined {
  const problem = deviceProblem(snapshot);
  if (!problem) return undefined;
  return deviceError(codeOf[problem], '').code;
}

/** Whether a device counts as faulty for "last fault": a class configured as none is not a fault. */
export function isFault(snapshot: DeviceSnapshot): boolean {
  return snapshot.driver !== 'none' && technicianCode(snapshot) !== undefined;
}
