import type { Completion } from '../core/completion.js';
import { Listeners } from '../core/time.js';
import type { ByteLink } from './link.js';

/**
 * The half of a ByteLink that does not depend on the wire: data listeners, and closing exactly once — the
 * first reason wins, close listeners hear it once, and one added after the close still hears 'closed' (in a
 * microtask). The serial, TCP and in-memory links each carried a copy of this; keeping one means a driver sees
 * the same close behaviour whatever its device is plugged into. Each transport adds write() and close().
 */
export abstract class ByteLinkBase implements ByteLink {
  abstract readonly description: string;
  private closed = false;
  private readonly data = new Listeners<Uint8Array>();
  private readonly closeListeners = new Listeners<string>();

  get isClosed(): boolean {
    return this.closed;
  }

  abstract write(bytes: Uint8Array, timeoutMs: number): Promise<Completion<void>>;

  abstract close(): Promise<void>;

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.data.add(listener);
  }

  onClose(listener: (reason: string) => void): () => void {
    if (this.closed) {
      queueMicrotask(() => listener('closed'));
      return () => undefined;
    }
    return this.closeListeners.add(listener);
  }

  /** Hands bytes that arrived to the data listeners. */
  protected received(chunk: Uint8Array): void {
    this.data.emit(chunk);
  }

  /** Marks the link closed and tells the close listeners why; later calls do nothing. */
  protected shut(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.release();
    this.closeListeners.emit(reason);
  }

  /** Frees what the transport holds (a socket), once, before the close listeners hear of the close. */
  protected release(): void {}
}
