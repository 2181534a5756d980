import { err, ok, type Result } from '../../../shared/result.js';
import { type Completion, failed } from '../core/completion.js';
import { Listeners } from '../core/time.js';
import { ByteLinkBase } from './byte-link-base.js';
import type { ByteLink, LinkOpener, OpenProblem } from './link.js';

/**
 * An in-memory byte link. Simulators attach a protocol emulator (SAM reader, ESC/POS printer) to the far end,
 * so a simulated device runs the real driver and codec; only the wire is replaced.
 */
class MemoryEnd extends ByteLinkBase {
  peer!: MemoryEnd;

  constructor(readonly description: string) {
    super();
  }

  async write(bytes: Uint8Array): Promise<Completion<void>> {
    if (this.isClosed) return failed('linkError', `${this.description} is closed`);
    const copy = bytes.slice();
    // Asynchronous like a real port: the far end sees the bytes after the writer's current task.
    queueMicrotask(() => {
      if (!this.peer.isClosed) this.peer.received(copy);
    });
    return ok(undefined);
  }

  /** Public here: the simulator's "bus" closes the ends as a pulled cable does. */
  override shut(reason: string): void {
    super.shut(reason);
  }

  async close(): Promise<void> {
    this.shut('closed by the host');
    this.peer.shut('closed by the peer');
  }
}

export function createMemoryLinkPair(
  description: string,
): [host: ByteLink, device: ByteLink & { shut(reason: string): void }] {
  const host = new MemoryEnd(description);
  const device = new MemoryEnd(`${description} (device end)`);
  host.peer = device;
  device.peer = host;
  return [host, device];
}

/**
 * The "bus" of a simulated device: plugged or not. Each open makes a fresh pair and hands the device end to
 * `attach` (the emulator); unplugging closes the current pair as a pulled cable does.
 */
export class MemoryLinkOpener implements LinkOpener {
  private plugged = true;
  private current: ReturnType<typeof createMemoryLinkPair> | undefined;
  private readonly arrivals = new Listeners<void>();

  constructor(
    readonly description: string,
    private readonly attach: (deviceEnd: ByteLink) => void,
  ) {}

  get isPlugged(): boolean {
    return this.plugged;
  }

  async open(
    probe?: (link: ByteLink, signal: AbortSignal) => Promise<boolean>,
    signal?: AbortSignal,
  ): Promise<Result<ByteLink, OpenProblem>> {
    if (!this.plugged) return err('noDevice', `${this.description}: not plugged in`);
    const pair = createMemoryLinkPair(this.description);
    this.current = pair;
    this.attach(pair[1]);
    if (probe && !(await probe(pair[0], signal ?? new AbortController().signal))) {
      await pair[0].close();
      return err('openFailed', `${this.description}: did not answer the probe`);
    }
    return ok(pair[0]);
  }

  watch(onArrival: () => void): () => void {
    return this.arrivals.add(onArrival);
  }

  unplug(): void {
    this.plugged = false;
    if (this.current) {
      this.current[1].shut('unplugged');
      (this.current[0] as MemoryEnd).shut('device unplugged');
      this.current = undefined;
    }
  }

  replug(): void {
    if (this.plugged) return;
    this.plugged = true;
    this.arrivals.emit();
  }
}
