/**
 * Holds messages for the page until it has loaded, then delivers them in order (electron/fiddle's
 * "queue until ready"). Bounded: while the page is gone for long, the oldest are dropped, since a status
 * event is only worth its latest value.
 */
export class ReadyGate<T> {
  private queue: T[] = [];
  private ready = false;

  constructor(
    private readonly deliver: (message: T) => void,
    private readonly capacity = 200,
  ) {}

  send(message: T): void {
    if (this.ready) {
      this.deliver(message);
      return;
    }
    this.queue.push(message);
    if (this.queue.length > this.capacity) this.queue.shift();
  }

  open(): void {
    this.ready = true;
    const pending = this.queue;
    this.queue = [];
    for (const message of pending) this.deliver(message);
  }

  close(): void {
    this.ready = false;
  }

  get pending(): number {
    return this.queue.length;
  }
}
