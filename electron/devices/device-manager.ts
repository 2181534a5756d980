import type { HealthCheck } from '../../shared/contract/app.js';
import type { CameraProfile, CameraReport } from '../../shared/devices/capture.js';
import { type DeviceClass, deviceClasses } from '../../shared/devices/device-class.js';
import type { DevicesConfig } from '../../shared/devices/device-config.js';
import type { DeviceSnapshot } from '../../shared/devices/device-status.js';
import type { IdCard } from '../../shared/devices/id-card.js';
import type { PrintJob } from '../../shared/devices/print-job.js';
import { deviceProblem } from '../../shared/devices/availability.js';
import type { Logger } from '../services/log/logger.js';
import { CameraDevice } from './camera/camera-device.js';
import type { CommandOptions } from './core/command-queue.js';
import { type Completion, failed } from './core/completion.js';
import { Listeners } from './core/time.js';
import type { Device, DeviceEvent, IdCardReaderDevice, PrintOutcome, PrinterDevice, ScannerDevice } from './device.js';
import { createDevice, usesNativeCode } from './drivers.js';
import type { HostLauncher } from './host/host-process.js';
import { defaultHostEntry, IsolatedDevice } from './host/isolated-device.js';
import { PrintHistory, type SimulatedPrint, type SimulatorControl } from './simulator/simulator-control.js';
import type { PortLister } from './transport/serial-link.js';

export interface DeviceManagerOptions {
  readonly config: DevicesConfig;
  readonly logger: Logger;
  /** Overrides config.isolation (tests). */
  readonly isolation?: 'process' | 'inline';
  /** Device-host entry; found next to this code by default. */
  readonly hostEntry?: string;
  /** How device hosts are started: child_process.fork by default, utilityProcess under Electron. */
  readonly hostLauncher?: HostLauncher;
  /** Serial discovery source for inline drivers (tests). */
  readonly lister?: PortLister;
  /** Outside developer mode, simulators standing in for hardware make the health line degraded. */
  readonly developerMode?: boolean;
}

export type ManagedEvent = DeviceEvent & { readonly device: DeviceClass };

/** A job the printer reported done (for the console's paper count). The job's PDF is valid only during the call. */
export interface CompletedPrint {
  readonly device: 'documentPrinter' | 'receiptPrinter';
  readonly driver: string;
  readonly job: PrintJob;
}

/**
 * Starts one driver per device class as the configuration says (real, simulator or none), each in the
 * backend or — for drivers with native code — in its own device-host process, and gives the rest of the
 * backend one place to read status, subscribe to events and send commands. Nothing here imports electron.
 */
export class DeviceManager {
  private readonly devices = new Map<DeviceClass, Device>();
  private readonly controls = new Map<DeviceClass, SimulatorControl>();
  private readonly events = new Listeners<ManagedEvent>();
  private readonly history = new PrintHistory();
  private readonly printed = new Listeners<CompletedPrint>();
  private readonly log: Logger;

  private constructor(private readonly options: DeviceManagerOptions) {
    this.log = options.logger;
  }

  static async create(options: DeviceManagerOptions): Promise<DeviceManager> {
    const manager = new DeviceManager(options);
    await manager.build();
    return manager;
  }

  private async build(): Promise<void> {
    const { config } = this.options;
    const isolation = this.options.isolation ?? config.isolation;
    const entry = this.options.hostEntry ?? defaultHostEntry();
    for (const deviceClass of deviceClasses) {
      let device: Device;
      const profile = config[deviceClass];
      if (usesNativeCode(deviceClass, config) && isolation === 'process' && entry) {
        device = new IsolatedDevice({
          deviceClass,
          driver: profile.driver,
          config,
          entry,
          ...(this.options.hostLauncher ? { launcher: this.options.hostLauncher } : {}),
          logger: this.log.child(deviceClass),
        });
      } else {
        if (usesNativeCode(deviceClass, config) && isolation === 'process') {
          this.log.warn(`no device-host entry found; ${deviceClass} runs inside the backend`);
        }
        const built = await createDevice(deviceClass, config, {
          logger: this.log,
          history: this.history,
          lister: this.options.lister,
        });
        device = built.device;
        if (built.control) this.controls.set(deviceClass, built.control);
      }
      device.subscribe((event) => this.events.emit({ ...event, device: deviceClass }));
      this.devices.set(deviceClass, device);
    }
  }

  start(): void {
    for (const device of this.devices.values()) device.start();
    const summary = [...this.devices.values()].map((d) => `${d.deviceClass}=${d.driver}`).join(' ');
    this.log.info(`devices started: ${summary}`);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.devices.values()].map((d) => d.stop().catch(() => undefined)));
  }

  device(deviceClass: DeviceClass): Device {
    return this.devices.get(deviceClass)!;
  }

  snapshots(): DeviceSnapshot[] {
    return deviceClasses.map((c) => this.device(c).snapshot());
  }

  subscribe(listener: (event: ManagedEvent) => void): () => void {
    return this.events.add(listener);
  }

  readIdCard(options: CommandOptions): Promise<Completion<IdCard>> {
    const reader = this.device('idCardReader') as Partial<IdCardReaderDevice>;
    if (!reader.readCard) return Promise.resolve(failed('noDevice', 'no ID card reader is configured'));
    return reader.readCard(options);
  }

  async cancelIdCardReads(): Promise<number> {
    const reader = this.device('idCardReader') as Partial<IdCardReaderDevice>;
    return reader.cancelReads ? reader.cancelReads() : 0;
  }

  print(
    deviceClass: 'documentPrinter' | 'receiptPrinter',
    job: PrintJob,
    options: CommandOptions,
  ): Promise<Completion<PrintOutcome>> {
    const printer = this.device(deviceClass) as Partial<PrinterDevice>;
    if (!printer.print) return Promise.resolve(failed('noDevice', `no ${deviceClass} is configured`));
    return printer.print(job, options).then((done) => {
      if (done.ok) this.printed.emit({ device: deviceClass, driver: this.device(deviceClass).driver, job });
      return done;
    });
  }

  /** Every job a printer reported done, told synchronously while its PDF is still readable. */
  onPrinted(listener: (print: CompletedPrint) => void): () => void {
    return this.printed.add(listener);
  }

  async setScannerEnabled(enabled: boolean): Promise<Completion<'on' | 'off' | 'inoperative'>> {
    const scanner = this.device('qrScanner') as Partial<ScannerDevice>;
    if (!scanner.setEnabled) return failed('noDevice', 'no QR scanner is configured');
    return scanner.setEnabled(enabled);
  }

  wedgeScan(code: string): Completion<boolean> {
    const scanner = this.device('qrScanner') as Partial<ScannerDevice>;
    if (!scanner.wedgeScan) return failed('noDevice', 'no QR scanner is configured');
    return scanner.wedgeScan(code);
  }

  cameraProfile(deviceClass: 'documentCamera' | 'faceCamera'): CameraProfile {
    const camera = this.device(deviceClass);
    if (camera instanceof CameraDevice) return camera.profile();
    return { device: deviceClass, configured: false, simulated: false, width: 1280, height: 720 };
  }

  cameraReport(deviceClass: 'documentCamera' | 'faceCamera', report: CameraReport): void {
    const camera = this.device(deviceClass);
    if (camera instanceof CameraDevice) camera.report(report);
  }

  reset(deviceClass: DeviceClass): Promise<Completion<void>> {
    return this.device(deviceClass).reset();
  }

  simulator(deviceClass: DeviceClass): SimulatorControl | undefined {
    return this.controls.get(deviceClass);
  }

  simulatedClasses(): DeviceClass[] {
    return deviceClasses.filter((c) => this.controls.has(c));
  }

  printedJobs(): readonly SimulatedPrint[] {
    return this.history.list();
  }

  /** One health line: ok when every configured device can serve, degraded with the ones that cannot. */
  health(): HealthCheck {
    const problems = this.snapshots()
      .filter((s) => s.driver !== 'none')
      .map((s) => ({ s, problem: deviceProblem(s) }))
      .filter((x) => x.problem !== undefined)
      .map(({ s, problem }) => `${s.device}: ${problem} (${s.detail})`);
    const simulated = this.simulatedClasses();
    const note = simulated.length > 0 ? `; simulated: ${simulated.join(', ')}` : '';
    // A machine serving citizens on simulators (no devices section in its config) is a configuration mistake.
    const simulatorsInService = simulated.length > 0 && this.options.developerMode === false;
    if (problems.length === 0 && !simulatorsInService)
      return { name: 'devices', level: 'ok', detail: `all configured devices ready${note}`.slice(0, 500) };
    const lines = [
      ...problems,
      ...(simulatorsInService
        ? ['simulators stand in for real devices outside developer mode (configure "devices")']
        : []),
    ];
    return { name: 'devices', level: 'degraded', detail: `${lines.join('; ')}${note}`.slice(0, 500) };
  }
}
