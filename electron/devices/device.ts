import type { DeviceClass } from '../../shared/devices/device-class.js';
import type { IdCard } from '../../shared/devices/id-card.js';
import type { DeviceSnapshot, DriverKind } from '../../shared/devices/device-status.js';
import type { PrintJob } from '../../shared/devices/print-job.js';
import type { CommandOptions } from './core/command-queue.js';
import type { Completion } from './core/completion.js';

/**
 * The capability interfaces of the device layer (ARCHITECTURE.md, 'Devices'), one per kind of hardware, each with real
 * drivers and a simulator behind it. Everything here is plain TypeScript: no electron import, no native code
 * in the interface, so a driver can run in the backend or in its own child process (host/) unchanged.
 */
export type DeviceEvent =
  | { readonly type: 'status'; readonly snapshot: DeviceSnapshot }
  | { readonly type: 'card'; readonly event: 'inserted' | 'removed' }
  | { readonly type: 'scan'; readonly code: string; readonly source: 'serial' | 'wedge' | 'simulator' };

export interface Device {
  readonly deviceClass: DeviceClass;
  readonly driver: DriverKind;
  /** Starts discovery, connection and liveness probes in the background. Never throws. */
  start(): void;
  /** Stops polling, ends waiting commands with canceled and closes the link. */
  stop(): Promise<void>;
  snapshot(): DeviceSnapshot;
  subscribe(listener: (event: DeviceEvent) => void): () => void;
  /** Drops the link and reconnects now, skipping the back-off (technician's "reset"). */
  reset(): Promise<Completion<void>>;
}

export interface IdCardReaderDevice extends Device {
  readonly deviceClass: 'idCardReader';
  /** Waits up to timeoutMs for a card that has not been reported yet, then reads it. */
  readCard(options: CommandOptions): Promise<Completion<IdCard>>;
  /** Ends every waiting read with canceled (the citizen left the screen); resolves to how many there were. */
  cancelReads(): Promise<number>;
}

export interface PrintOutcome {
  readonly jobId: string;
  readonly completedAt: string;
}

export interface PrinterDevice extends Device {
  readonly deviceClass: 'documentPrinter' | 'receiptPrinter';
  /** Completes when the spooler or printer reports the job done; refuses at once when it cannot print. */
  print(job: PrintJob, options: CommandOptions): Promise<Completion<PrintOutcome>>;
}

export interface ScannerDevice extends Device {
  readonly deviceClass: 'qrScanner';
  setEnabled(enabled: boolean): Promise<Completion<'on' | 'off' | 'inoperative'>>;
  /** A code from a keyboard-wedge scanner, forwarded by the renderer. Other drivers refuse it. */
  wedgeScan(code: string): Completion<boolean>;
}

export type AnyDevice = IdCardReaderDevice | PrinterDevice | ScannerDevice | Device;
