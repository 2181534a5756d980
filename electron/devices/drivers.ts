import type { DeviceClass } from '../../shared/devices/device-class.js';
import type { DevicesConfig } from '../../shared/devices/device-config.js';
import type { Logger } from '../services/log/logger.js';
import { CameraDevice } from './camera/camera-device.js';
import type { Device } from './device.js';
import { SamIdCardReader } from './id-card/id-card-reader.js';
import { SerialSamConnector } from './id-card/sam-channel.js';
import { CupsPrinter } from './printer/cups-printer.js';
import { EscPosPrinter } from './printer/escpos-printer.js';
import { WindowsSpoolerPrinter } from './printer/windows-spooler.js';
import { HidWedgeScanner } from './scanner/hid-wedge-scanner.js';
import {
  createSimulatedIdCardReader,
  createSimulatedReceiptPrinter,
  SimulatedDocumentPrinter,
  SimulatedScanner,
} from './simulator/simulated-devices.js';
import type { PrintHistory, SimulatorControl } from './simulator/simulator-control.js';
import { NoDevice } from './no-device.js';
import { TcpLinkOpener } from './transport/tcp-link.js';
import type { PortLister } from './transport/serial-link.js';

/**
 * Builds the driver a profile names. Native modules (serialport, koffi) are imported here lazily, only for
 * the drivers that use them, so a backend whose native drivers run in device-host processes never loads them.
 */
export interface DriverDeps {
  readonly logger: Logger;
  readonly history: PrintHistory;
  /** Serial discovery source (tests pass pseudo-terminals). */
  readonly lister?: PortLister;
  /** A vendor library call never returned (the device host exits so it can be restarted clean). */
  readonly onWedged?: () => void;
}

export interface BuiltDevice {
  readonly device: Device;
  readonly control?: SimulatorControl;
}

export type ProfileOf<C extends DeviceClass> = DevicesConfig[C];

/** Drivers that load native code and therefore run in their own device-host process unless isolation is "inline". */
export function usesNativeCode(deviceClass: DeviceClass, config: DevicesConfig): boolean {
  switch (deviceClass) {
    case 'idCardReader':
      return config.idCardReader.driver === 'samSerial' || config.idCardReader.driver === 'vendorSdk';
    case 'receiptPrinter':
      return config.receiptPrinter.driver === 'escpos' && config.receiptPrinter.link.kind === 'serial';
    case 'qrScanner':
      return config.qrScanner.driver === 'serialScanner';
    default:
      return false;
  }
}

export async function createDevice(
  deviceClass: DeviceClass,
  config: DevicesConfig,
  deps: DriverDeps,
): Promise<BuiltDevice> {
  const logger = deps.logger.child(deviceClass);
  switch (deviceClass) {
    case 'idCardReader': {
      const c = config.idCardReader;
      if (c.driver === 'none') return { device: new NoDevice('idCardReader') };
      if (c.driver === 'simulator') {
        const sim = createSimulatedIdCardReader({
          logger,
          pollIntervalMs: c.pollIntervalMs,
          ioTimeoutMs: c.ioTimeoutMs,
        });
        return { device: sim.device, control: sim.control };
      }
      const photoDecoder = c.photoDecoder
        ? await (await import('./id-card/wlt-plugin.js')).loadWltDecoder(c.photoDecoder, logger)
        : undefined;
      const common = {
        driver: c.driver,
        simulated: false,
        logger,
        pollIntervalMs: c.pollIntervalMs ?? 300,
        missesBeforeOffline: 2,
        missesBeforeRemoved: 2,
        ...(photoDecoder ? { photoDecoder } : {}),
      } as const;
      if (c.driver === 'samSerial') {
        const { SerialLinkOpener } = await import('./transport/serial-link.js');
        const opener = new SerialLinkOpener({ match: c.link.match, baudRate: c.link.baudRate, lister: deps.lister });
        return {
          device: new SamIdCardReader({
            ...common,
            connector: new SerialSamConnector(opener),
            ioTimeoutMs: c.ioTimeoutMs ?? 1_000,
            readTimeoutMs: 3_000,
            backoff: { initialMs: 500, maxMs: 5_000 },
          }),
        };
      }
      const { SdtapiConnector } = await import('./id-card/vendor-sdk.js');
      return {
        device: new SamIdCardReader({
          ...common,
          connector: new SdtapiConnector({ library: c.library, port: c.port, logger, onWedged: deps.onWedged }),
          ioTimeoutMs: c.ioTimeoutMs ?? 2_000,
          readTimeoutMs: 5_000,
          backoff: { initialMs: 1_000, maxMs: 10_000 },
        }),
      };
    }
    case 'documentPrinter':
    case 'receiptPrinter': {
      const c = deviceClass === 'documentPrinter' ? config.documentPrinter : config.receiptPrinter;
      if (c.driver === 'none') return { device: new NoDevice(deviceClass) };
      if (c.driver === 'simulator') {
        if (deviceClass === 'documentPrinter') {
          const device = new SimulatedDocumentPrinter({ history: deps.history });
          return { device, control: device.control };
        }
        const sim = createSimulatedReceiptPrinter({
          logger,
          history: deps.history,
          pollIntervalMs: c.pollIntervalMs,
          ioTimeoutMs: c.ioTimeoutMs,
        });
        return { device: sim.device, control: sim.control };
      }
      if (c.driver === 'cups') {
        return {
          device: new CupsPrinter({
            deviceClass,
            queue: c.queue,
            server: c.server,
            jobTimeoutMs: c.jobTimeoutMs,
            pollIntervalMs: c.pollIntervalMs ?? 3_000,
            ioTimeoutMs: c.ioTimeoutMs ?? 3_000,
            logger,
          }),
        };
      }
      if (c.driver === 'windowsSpooler') {
        return {
          device: new WindowsSpoolerPrinter({
            deviceClass,
            printerName: c.printerName,
            pdfCommand: c.pdfCommand,
            jobTimeoutMs: c.jobTimeoutMs,
            pollIntervalMs: c.pollIntervalMs ?? 5_000,
            ioTimeoutMs: c.ioTimeoutMs ?? 5_000,
            logger,
          }),
        };
      }
      const opener =
        c.link.kind === 'tcp'
          ? new TcpLinkOpener({ host: c.link.host, port: c.link.port })
          : new (await import('./transport/serial-link.js')).SerialLinkOpener({
              match: c.link.match,
              baudRate: c.link.baudRate,
              lister: deps.lister,
            });
      return {
        device: new EscPosPrinter({
          opener,
          driver: 'escpos',
          simulated: false,
          columns: c.columns,
          jobTimeoutMs: c.jobTimeoutMs,
          pollIntervalMs: c.pollIntervalMs ?? 2_000,
          ioTimeoutMs: c.ioTimeoutMs ?? 1_000,
          missesBeforeOffline: 2,
          backoff: { initialMs: 1_000, maxMs: 10_000 },
          logger,
        }),
      };
    }
    case 'qrScanner': {
      const c = config.qrScanner;
      if (c.driver === 'none') return { device: new NoDevice('qrScanner') };
      if (c.driver === 'simulator') {
        const device = new SimulatedScanner();
        return { device, control: device.control };
      }
      if (c.driver === 'hidWedge') return { device: new HidWedgeScanner(c) };
      const { SerialLinkOpener } = await import('./transport/serial-link.js');
      const { SerialScanner } = await import('./scanner/serial-scanner.js');
      return {
        device: new SerialScanner({
          opener: new SerialLinkOpener({ match: c.link.match, baudRate: c.link.baudRate, lister: deps.lister }),
          terminator: c.terminator,
          encoding: c.encoding,
          backoff: { initialMs: 1_000, maxMs: 5_000 },
          logger,
        }),
      };
    }
    case 'documentCamera':
    case 'faceCamera': {
      const device = new CameraDevice(deviceClass, config[deviceClass]);
      if (config[deviceClass].driver !== 'simulator') return { device };
      return {
        device,
        control: {
          fault: (fault) => {
            if (fault === 'unplug') device.simulatePlug(false);
            else if (fault === 'replug' || fault === 'reset') device.simulatePlug(true);
            else
              return {
                ok: false,
                error: {
                  code: 'unsupportedCommand.notSimulated',
                  message: `the camera simulator has no "${fault}" fault`,
                  completion: 'unsupportedCommand',
                  reason: 'notSimulated',
                  errorClass: 'software',
                  action: 'none',
                },
              };
            return { ok: true, value: undefined };
          },
        },
      };
    }
  }
}
