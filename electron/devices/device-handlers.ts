import type { deviceMethods } from '../../shared/contract/devices.js';
import { findDemoCitizen } from '../../shared/demo/demo-citizens.js';
import type { DeviceClass } from '../../shared/devices/device-class.js';
import type { PrintJob } from '../../shared/devices/print-job.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { EventHub } from '../rpc/event-hub.js';
import type { Handlers } from '../rpc/handlers.js';
import type { Logger } from '../services/log/logger.js';
import { toWire } from './core/completion.js';
import type { DeviceManager } from './device-manager.js';
import type { SimulatorControl } from './simulator/simulator-control.js';

type DeviceHandlers = Pick<Handlers, keyof typeof deviceMethods>;

export interface DeviceHandlerDeps {
  readonly devices: DeviceManager;
  readonly developerMode: boolean;
  readonly logger: Logger;
  /**
   * The e-ID code a demo citizen's phone would show (the embedded platform issues it); absent with a real
   * platform, which issues codes to real phones only.
   */
  readonly demoEIdCode?: (idNumber: string) => Result<{ code: string; expiresAt: string }>;
}

/**
 * The contract's device calls. Simulator controls act only on a class that runs on its simulator: a machine
 * with a real reader refuses "place card" whatever else is configured, so a deployed kiosk never accepts a
 * fake card. (developerMode is reported to the panel but grants nothing a simulator profile does not.)
 */
export function createDeviceHandlers({
  devices,
  developerMode,
  logger,
  demoEIdCode,
}: DeviceHandlerDeps): DeviceHandlers {
  const simulator = (device: DeviceClass): Result<SimulatorControl> => {
    const control = devices.simulator(device);
    if (control) return ok(control);
    logger.warn(`refused a simulator control for ${device}: it is not simulated`);
    return err(
      'unsupportedCommand.notSimulated',
      `${device} is not running on its simulator; simulator controls are refused`,
    );
  };

  return {
    'devices.status': () => ok({ devices: devices.snapshots() }),
    'devices.idCard.read': async ({ waitMs }) => toWire(await devices.readIdCard({ timeoutMs: waitMs })),
    'devices.idCard.cancel': async () => ok({ canceled: await devices.cancelIdCardReads() }),
    'devices.print': async (request) => {
      const job: PrintJob = {
        documentId: request.documentId,
        title: request.title,
        media: request.media,
        pdf: new Uint8Array(Buffer.from(request.pdfBase64, 'base64')),
        copies: request.copies,
        ...(request.receiptLines ? { receiptLines: request.receiptLines } : {}),
      };
      const timeoutMs = request.timeoutMs ?? (request.device === 'documentPrinter' ? 180_000 : 60_000);
      const result = await devices.print(request.device, job, { timeoutMs });
      job.pdf.fill(0);
      if (!result.ok) return toWire(result);
      return ok({ device: request.device, jobId: result.value.jobId, completedAt: result.value.completedAt });
    },
    'devices.scanner.setEnabled': async ({ enabled }) => {
      const result = await devices.setScannerEnabled(enabled);
      return result.ok ? ok({ scanner: result.value }) : toWire(result);
    },
    'devices.scanner.wedgeScan': ({ code }) => {
      const result = devices.wedgeScan(code);
      return result.ok ? ok({ accepted: result.value }) : toWire(result);
    },
    'devices.camera.profile': ({ device }) => ok(devices.cameraProfile(device)),
    'devices.camera.report': ({ device, report }) => {
      devices.cameraReport(device, report);
      return ok({});
    },
    'devices.reset': async ({ device }) => {
      const result = await devices.reset(device);
      return result.ok ? ok({}) : toWire(result);
    },
    'devices.sim.info': () => ok({ simulated: devices.simulatedClasses(), developerMode }),
    'devices.sim.placeCard': ({ citizenKey }) => {
      const control = simulator('idCardReader');
      if (!control.ok) return control;
      const citizen = findDemoCitizen(citizenKey);
      if (!citizen) return err('invalidData', `there is no demo citizen "${citizenKey.slice(0, 64)}"`);
      const placed = control.value.placeCard?.(citizen);
      return placed && placed.ok ? ok({}) : err('unsupportedCommand', 'this simulator cannot place cards');
    },
    'devices.sim.showEId': ({ citizenKey }) => {
      const control = simulator('qrScanner');
      if (!control.ok) return control;
      const citizen = findDemoCitizen(citizenKey);
      if (!citizen) return err('invalidData', `there is no demo citizen "${citizenKey.slice(0, 64)}"`);
      if (!demoEIdCode || !control.value.scan)
        return err('unsupportedCommand', 'demo e-ID codes need the embedded platform and the simulated scanner');
      const issued = demoEIdCode(citizen.idNumber);
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
  };
}

/** Forwards device events to the renderer's event stream (status, card placed/lifted, scans). */
export function connectDeviceEvents(devices: DeviceManager, events: EventHub, logger: Logger): () => void {
  return devices.subscribe((event) => {
    try {
      if (event.type === 'status') events.emit('devices.status', event.snapshot);
      else if (event.type === 'card') events.emit('devices.idCard', { event: event.event });
      else events.emit('devices.scan', { code: event.code, source: event.source });
    } catch (error) {
      logger.error(`device event ${event.type} not sent: ${(error as Error).message}`);
    }
  });
}
