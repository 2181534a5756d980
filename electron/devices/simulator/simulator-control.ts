import type { SimulatorFault } from '../../../shared/contract/devices.js';
import type { DemoCitizen } from '../../../shared/demo/demo-citizens.js';
import type { PrintMedia } from '../../../shared/devices/print-job.js';
import type { Completion } from '../core/completion.js';

/**
 * What the simulator panel and tests can do to a simulated device. Every simulator is a driver like any
 * other (the ID reader and receipt printer even run the real driver against a protocol emulator); this is
 * the extra handle only simulators have.
 */
export interface SimulatorControl {
  fault(fault: SimulatorFault): Completion<void>;
  placeCard?(citizen: DemoCitizen): Completion<void>;
  removeCard?(): Completion<void>;
  scan?(code: string): Completion<void>;
}

export interface SimulatedPrint {
  readonly device: 'documentPrinter' | 'receiptPrinter';
  readonly documentId: string;
  readonly title: string;
  readonly media: PrintMedia;
  readonly bytes: number;
  readonly at: string;
}

/** The last jobs the simulated printers "printed" (newest first), for the panel. No document content. */
export class PrintHistory {
  private readonly jobs: SimulatedPrint[] = [];

  add(job: SimulatedPrint): void {
    this.jobs.unshift(job);
    this.jobs.length = Math.min(this.jobs.length, 50);
  }

  list(): readonly SimulatedPrint[] {
    return [...this.jobs];
  }
}
