import type { SimulatorFault } from '../../../shared/contract/devices.js';

/**
 * Simulator faults that mean the same on more than one simulator, in one place so they cannot drift apart;
 * each simulator's fault() handles these first, then its own (SAM fault, reset, …). Both return whether the
 * fault was theirs.
 */

/** The cable of a simulator on an in-memory link and the emulator at its far end going silent (ID card reader, receipt printer). */
export function applyLinkFault(
  fault: SimulatorFault,
  cable: { unplug(): void; replug(): void },
  emulator: { silent: boolean },
): boolean {
  switch (fault) {
    case 'unplug':
      cable.unplug();
      return true;
    case 'replug':
      cable.replug();
      return true;
    case 'silence':
      emulator.silent = true;
      return true;
    case 'unsilence':
      emulator.silent = false;
      return true;
    default:
      return false;
  }
}

/** What the paper faults change on a simulated printer. */
export interface SimulatedPaperPath {
  paper: 'full' | 'low' | 'out';
  jammed: boolean;
  coverOpen: boolean;
}

/** Paper low / out / full (which also clears a jam), a jam, and the cover (receipt and A4 printer simulators). */
export function applyPaperFault(fault: SimulatorFault, printer: SimulatedPaperPath): boolean {
  switch (fault) {
    case 'paperLow':
      printer.paper = 'low';
      return true;
    case 'paperOut':
      printer.paper = 'out';
      return true;
    case 'paperJam':
      printer.jammed = true;
      return true;
    case 'paperFull':
      printer.paper = 'full';
      printer.jammed = false;
      return true;
    case 'coverOpen':
      printer.coverOpen = true;
      return true;
    case 'coverClosed':
      printer.coverOpen = false;
      return true;
    default:
      return false;
  }
}
