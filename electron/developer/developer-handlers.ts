import { findDemoCitizen } from '../../shared/demo/demo-citizens.js';
import type { DeviceClass } from '../../shared/devices/device-class.js';
import { err, ok, type Result } from '../../shared/result.js';
import { toWire } from '../devices/core/completion.js';
import type { DeviceManager } from '../devices/device-manager.js';
import type { SimulatorControl } from '../devices/simulator/simulator-control.js';
import type { DeveloperHandlers } from '../rpc/handlers.js';
import type { Logger } from '../services/log/logger.js';
import type { LocalPlatform } from '../../server/platform/local-platform.js';

export interface DeveloperHandlerDeps {
  readonly devices: DeviceManager;
  readonly developerMode: boolean;
  readonly logger: Logger;
  /** The embedded platform, when the kiosk runs on it: it issues demo e-ID codes and has a demo payer. */
  readonly localPlatform?: LocalPlatform | undefined;
}

/**
 * The developer-only calls (shared/contract/developer.ts), mounted by the composition root only behind the
 * developer flag. Even mounted, a simulator control acts only on a class that runs on its simulator: a
 * machine with a real reader refuses "place card", so no flag makes a kiosk accept a fake card.
 */
export function createDeveloperHandlers({
  devices,
  developerMode,
  logger,
  localPlatform,
}: DeveloperHandlerDeps): DeveloperHandlers {
  const simulator = (device: DeviceClass): Result<SimulatorControl> => {
    const control = devices.simulator(device);
    if (control) return ok(control);
    logger.warn(`refused a simulator control for ${device}: it is not simulated`);
    return err(
      'unsupportedCommand.notSimulated',
      `${device} is not running on its simulator; simulator controls are refused`,
    );
  };
  const noCitizen = (citizenKey: string) => err('invalidData', `there is no demo citizen "${citizenKey.slice(0, 64)}"`);

  return {
    'devices.sim.info': () => ok({ simulated: devices.simulatedClasses(), developerMode }),
    'devices.sim.placeCard': ({ citizenKey }) => {
      const control = simulator('idCardReader');
      if (!control.ok) return control;
      const citizen = findDemoCitizen(citizenKey);
      if (!citizen) return noCitizen(citizenKey);
      const placed = control.value.placeCard?.(citizen);
      return placed && placed.ok ? ok({}) : err('unsupportedCommand', 'this simulator cannot place cards');
    },
    'devices.sim.showEId': ({ citizenKey }) => {
      const control = simulator('qrScanner');
      if (!control.ok) return control;
      const citizen = findDemoCitizen(citizenKey);
      if (!citizen) return noCitizen(citizenKey);
      if (!localPlatform || !control.value.scan)
        return err('unsupportedCommand', 'demo e-ID codes need the embedded platform and the simulated scanner');
      const issued = localPlatform.issueDemoEId(citizen.idNumber);
      if (!issued.ok) return err('unsupportedCommand', 'the platform issued no e-ID code for this demo citizen');
      const scanned = control.value.scan(issued.value.code);
      return scanned.ok ? ok(issued.value) : toWire(scanned);
    },
    'devices.sim.removeCard': () => {
      const control = simulator('idCardReader');
      if (!control.ok) return control;
      control.value.removeCard?.();
      return ok({});
    },
    'devices.sim.fault': ({ device, fault }) => {
      const control = simulator(device);
      if (!control.ok) return control;
      const result = control.value.fault(fault);
      return result.ok ? ok({}) : toWire(result);
    },
    'devices.sim.scan': ({ code }) => {
      const control = simulator('qrScanner');
      if (!control.ok) return control;
      const result = control.value.scan?.(code) ?? ok(undefined);
      return result.ok ? ok({}) : toWire(result);
    },
    'devices.sim.printed': () =>
      ok({
        jobs: devices
          .printedJobs()
          .slice(0, 50)
          .map((j) => ({ ...j })),
      }),
    'payment.simulate': (request) => {
      if (!localPlatform)
        return err('notAllowed', 'Simulated payments exist only with the embedded platform (the demo payer).');
      return localPlatform.simulatePayment(request.orderNumber, request.outcome);
    },
  };
}
