import type { Result } from '../../../shared/result.js';
import type { Completion } from '../core/completion.js';

/**
 * A byte link to a device (serial port, TCP socket, in-memory pair for simulators). Transports only move
 * bytes; framing lives in the codecs, meaning in the drivers.
 */
export interface ByteLink {
  /** Non-personal description for logs and the technician ("/dev/ttyUSB0 1a86:7523", "10.0.0.5:9100"). */
  readonly description: string;
  readonly isClosed: boolean;
  /** Resolves once the bytes are handed to the OS, or fails after timeoutMs: a wedged port never hangs a driver. */
  write(bytes: Uint8Array, timeoutMs: number): Promise<Completion<void>>;
  onData(listener: (chunk: Uint8Array) => void): () => void;
  /** Called once, when the link closes for any reason (unplug, peer closed, close()). */
  onClose(listener: (reason: string) => void): () => void;
  close(): Promise<void>;
}

export type OpenProblem = 'noDevice' | 'openFailed';

/** Finds a device (discovery by USB ids, probing, address) and opens a link to it. */
export interface LinkOpener {
  readonly description: string;
  /**
   * `probe` confirms that an opened candidate is the device (sends the driver's liveness command); with
   * several candidates, the first that passes wins.
   */
  open(
    probe?: (link: ByteLink, signal: AbortSignal) => Promise<boolean>,
    signal?: AbortSignal,
  ): Promise<Result<ByteLink, OpenProblem>>;
  /** Hot-plug: calls back when a device may have arrived, so a reconnect need not wait for its back-off. */
  watch?(onArrival: () => void): () => void;
}
