import type { SimulatorFault } from '../../../shared/contract/devices.js';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import { ok } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import { CommandQueue, type CommandOptions } from '../core/command-queue.js';
import { type Completion, failed } from '../core/completion.js';
import { sleep } from '../core/time.js';
import { TrackedDevice } from '../core/tracked-device.js';
import type { PrintOutcome, PrinterDevice, ScannerDevice } from '../device.js';
import { SamIdCardReader } from '../id-card/id-card-reader.js';
import { SerialSamConnector } from '../id-card/sam-channel.js';
import { emulatedCard, SamEmulator } from '../id-card/sam-emulator.js';
import { EscPosEmulator } from '../printer/escpos-emulator.js';
import { EscPosPrinter } from '../printer/escpos-printer.js';
import { isPdf } from '../printer/spooler-printer.js';
import { MemoryLinkOpener } from '../transport/memory-link.js';
import { applyLinkFault, applyPaperFault, type SimulatedPaperPath } from './simulated-faults.js';
import type { PrintHistory, SimulatorControl } from './simulator-control.js';

/** Simulator timings: fast enough that every fault shows within a second, slow enough to be realistic. */
export const simulatorTiming = {
  pollIntervalMs: 150,
  ioTimeoutMs: 200,
  missesBeforeOffline: 2,
  backoff: { initialMs: 100, maxMs: 1_000 },
};

const notFor = (fault: SimulatorFault, device: string) =>
  failed('notSimulated', `the ${device} simulator has no "${fault}" fault`, 'unsupportedCommand');

/** The ID card reader simulator: the real SAM driver against a SAM emulator on an in-memory link. */
export function createSimulatedIdCardReader(options: {
  logger: Logger;
  pollIntervalMs?: number;
  ioTimeoutMs?: number;
}) {
  const emulator = new SamEmulator();
  const opener = new MemoryLinkOpener('simulated SAM reader', (end) => emulator.attach(end));
  const device = new SamIdCardReader({
    connector: new SerialSamConnector(opener),
    driver: 'simulator',
    simulated: true,
    logger: options.logger,
    pollIntervalMs: options.pollIntervalMs ?? simulatorTiming.pollIntervalMs,
    ioTimeoutMs: options.ioTimeoutMs ?? simulatorTiming.ioTimeoutMs,
    readTimeoutMs: 1_000,
    missesBeforeOffline: simulatorTiming.missesBeforeOffline,
    missesBeforeRemoved: 2,
    backoff: simulatorTiming.backoff,
  });
  const control: SimulatorControl = {
    placeCard(citizen) {
      emulator.placeCard(emulatedCard(citizen));
      return ok(undefined);
    },
    removeCard() {
      emulator.removeCard();
      return ok(undefined);
    },
    fault(fault) {
      if (applyLinkFault(fault, opener, emulator)) return ok(undefined);
      switch (fault) {
        case 'samFault':
          emulator.samFault = true;
          break;
        case 'samOk':
          emulator.samFault = false;
          break;
        case 'readFailOnce':
          emulator.readFailOnce = true;
          break;
        case 'reset':
          emulator.silent = false;
          emulator.samFault = false;
          emulator.readFailOnce = false;
          opener.replug();
          break;
        default:
          return notFor(fault, 'ID card reader');
      }
      return ok(undefined);
    },
  };
  return { device, control, emulator };
}

/** The receipt printer simulator: the real ESC/POS driver against an ESC/POS emulator. */
export function createSimulatedReceiptPrinter(options: {
  logger: Logger;
  history: PrintHistory;
  pollIntervalMs?: number;
  ioTimeoutMs?: number;
}) {
  const emulator = new EscPosEmulator();
  const opener = new MemoryLinkOpener('simulated receipt printer', (end) => emulator.attach(end));
  class RecordingEscPosPrinter extends EscPosPrinter {
    override async print(job: PrintJob, commandOptions: CommandOptions): Promise<Completion<PrintOutcome>> {
      const result = await super.print(job, commandOptions);
      if (result.ok) {
        options.history.add({
          device: 'receiptPrinter',
          documentId: job.documentId,
          title: job.title,
          media: job.media,
          bytes: job.pdf.length,
          at: result.value.completedAt,
        });
      }
      return result;
    }
  }
  const device = new RecordingEscPosPrinter({
    opener,
    driver: 'simulator',
    simulated: true,
    columns: 48,
    jobTimeoutMs: 5_000,
    pollIntervalMs: options.pollIntervalMs ?? simulatorTiming.pollIntervalMs,
    ioTimeoutMs: options.ioTimeoutMs ?? simulatorTiming.ioTimeoutMs,
    missesBeforeOffline: simulatorTiming.missesBeforeOffline,
    backoff: simulatorTiming.backoff,
    logger: options.logger,
  });
  const control: SimulatorControl = {
    fault(fault) {
      if (applyLinkFault(fault, opener, emulator) || applyPaperFault(fault, emulator)) return ok(undefined);
      switch (fault) {
        case 'reset':
          Object.assign(emulator, { paper: 'full', cutterJam: false, coverOpen: false, silent: false });
          opener.replug();
          break;
        default:
          return notFor(fault, 'receipt printer');
      }
      return ok(undefined);
    },
  };
  return { device, control, emulator };
}

interface SimPrinterState extends SimulatedPaperPath {
  plugged: boolean;
  silent: boolean;
}

/**
 * The A4 printer simulator: a spooler that "prints" after a short delay per page-sized chunk, refuses jobs
 * as a real one would (paper out, jam, cover, unplugged) and, when silenced, never completes a job.
 */
export class SimulatedDocumentPrinter extends TrackedDevice implements PrinterDevice {
  readonly deviceClass = 'documentPrinter' as const;
  readonly driver = 'simulator' as const;
  readonly control: SimulatorControl;
  private readonly queue = new CommandQueue({ maxPending: 4 });
  private readonly state: SimPrinterState = {
    plugged: true,
    silent: false,
    paper: 'full',
    jammed: false,
    coverOpen: false,
  };

  constructor(private readonly options: { history: PrintHistory; printMs?: number }) {
    super({
      device: 'documentPrinter',
      driver: 'simulator',
      simulated: true,
      state: { kind: 'printer', paper: 'full', media: 'A4' },
      status: 'online',
      detail: 'simulated A4 printer',
    });
    this.control = { fault: (fault) => this.fault(fault) };
  }

  start(): void {
    this.publish();
  }

  async stop(): Promise<void> {}

  async reset(): Promise<Completion<void>> {
    this.publish();
    return ok(undefined);
  }

  print(job: PrintJob, options: CommandOptions): Promise<Completion<PrintOutcome>> {
    return this.queue.run(
      `print ${job.documentId}`,
      async (signal) => {
        if (!isPdf(job.pdf)) return failed('invalidJob', `document ${job.documentId} is not a PDF`);
        const s = this.state;
        if (!s.plugged) return failed('noDevice', 'simulated printer unplugged');
        if (s.jammed) return failed('paperJam', 'simulated paper jam');
        if (s.paper === 'out') return failed('paperOut', 'simulated printer out of paper');
        if (s.coverOpen) return failed('coverOpen', 'simulated cover open');
        this.tracker.update({ status: 'busy', detail: `printing ${job.title}` });
        const done = await sleep(s.silent ? 24 * 3_600_000 : (this.options.printMs ?? 400), signal);
        this.publish();
        if (!done) return failed('canceled', 'simulated print canceled');
        const completedAt = new Date().toISOString();
        this.options.history.add({
          device: 'documentPrinter',
          documentId: job.documentId,
          title: job.title,
          media: job.media,
          bytes: job.pdf.length,
          at: completedAt,
        });
        return ok({ jobId: `sim-${job.documentId}`, completedAt });
      },
      options,
    );
  }

  private fault(fault: SimulatorFault): Completion<void> {
    const s = this.state;
    if (!applyPaperFault(fault, s)) {
      switch (fault) {
        case 'unplug':
          s.plugged = false;
          break;
        case 'replug':
          s.plugged = true;
          break;
        case 'silence':
          s.silent = true;
          break;
        case 'unsilence':
          s.silent = false;
          break;
        case 'reset':
          Object.assign(s, { plugged: true, silent: false, paper: 'full', jammed: false, coverOpen: false });
          break;
        default:
          return notFor(fault, 'A4 printer');
      }
    }
    this.publish();
    return ok(undefined);
  }

  private publish(): void {
    const s = this.state;
    if (!s.plugged) {
      this.tracker.update({
        status: 'noDevice',
        state: { paper: 'unknown' },
        detail: 'simulated printer unplugged',
        problem: { errorClass: 'hardware', action: 'checkConnection' },
      });
    } else if (s.silent) {
      this.tracker.update({
        status: 'offline',
        state: { paper: 'unknown' },
        detail: 'simulated printer not answering',
        problem: { errorClass: 'hardware', action: 'checkConnection' },
      });
    } else if (s.jammed) {
      this.tracker.update({
        status: 'hardwareError',
        state: { paper: 'jammed' },
        detail: 'simulated paper jam',
        problem: { errorClass: 'hardware', action: 'clear' },
      });
    } else if (s.coverOpen) {
      this.tracker.update({
        status: 'userError',
        state: { paper: s.paper },
        detail: 'simulated cover open',
        problem: { errorClass: 'user', action: 'clear' },
      });
    } else if (s.paper === 'out') {
      this.tracker.update({
        status: 'online',
        state: { paper: 'out' },
        detail: 'simulated printer out of paper',
        problem: { errorClass: 'hardware', action: 'refill' },
      });
    } else {
      this.tracker.update({ status: 'online', state: { paper: s.paper }, detail: 'simulated A4 printer' });
    }
  }
}

/** The QR scanner simulator: reads whatever code the panel or a test gives it, when reads are on. */
export class SimulatedScanner extends TrackedDevice implements ScannerDevice {
  readonly deviceClass = 'qrScanner' as const;
  readonly driver = 'simulator' as const;
  readonly control: SimulatorControl;
  private enabled = false;
  private plugged = true;
  private operative = true;

  constructor() {
    super({
      device: 'qrScanner',
      driver: 'simulator',
      simulated: true,
      state: { kind: 'scanner', scanner: 'off' },
      status: 'online',
      detail: 'simulated scanner',
    });
    this.control = {
      fault: (fault) => {
        switch (fault) {
          case 'unplug':
            this.plugged = false;
            break;
          case 'replug':
            this.plugged = true;
            break;
          case 'inoperative':
          case 'silence':
            this.operative = false;
            break;
          case 'operative':
          case 'unsilence':
            this.operative = true;
            break;
          case 'reset':
            this.plugged = true;
            this.operative = true;
            break;
          default:
            return notFor(fault, 'scanner');
        }
        this.publish();
        return ok(undefined);
      },
      scan: (code) => {
        if (!this.plugged || !this.operative)
          return failed('offline', 'the simulated scanner is unplugged or inoperative');
        if (this.enabled) this.events.emit({ type: 'scan', code, source: 'simulator' });
        return ok(undefined);
      },
    };
  }

  start(): void {}

  async stop(): Promise<void> {}

  async reset(): Promise<Completion<void>> {
    return ok(undefined);
  }

  async setEnabled(enabled: boolean): Promise<Completion<'on' | 'off' | 'inoperative'>> {
    this.enabled = enabled;
    this.publish();
    return ok(this.scannerState());
  }

  wedgeScan(): Completion<boolean> {
    return failed('unsupportedCommand', 'the simulated scanner takes codes from the simulator panel');
  }

  private scannerState(): 'on' | 'off' | 'inoperative' {
    return !this.plugged || !this.operative ? 'inoperative' : this.enabled ? 'on' : 'off';
  }

  private publish(): void {
    if (!this.plugged) {
      this.tracker.update({
        status: 'noDevice',
        state: { scanner: 'inoperative' },
        detail: 'simulated scanner unplugged',
        problem: { errorClass: 'hardware', action: 'checkConnection' },
      });
    } else if (!this.operative) {
      this.tracker.update({
        status: 'hardwareError',
        state: { scanner: 'inoperative' },
        detail: 'simulated scanner inoperative',
        problem: { errorClass: 'hardware', action: 'reset' },
      });
    } else {
      this.tracker.update({ status: 'online', state: { scanner: this.scannerState() }, detail: 'simulated scanner' });
    }
  }
}
