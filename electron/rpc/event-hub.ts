import { type EventName, type EventPayloadOf, events } from '../../shared/contract/index.js';

export type EventSink = (event: EventName, payload: unknown) => void;

/**
 * Main-side fan-out of contract events to every connected page (IPC window, web-host sockets).
 * Payloads are validated on the way out so a bug shows here, not as a confused screen.
 */
export class EventHub {
  private readonly sinks = new Set<EventSink>();

  connect(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void {
    const checked = events[event].payload.safeParse(payload);
    if (!checked.success) throw new Error(`Event ${event} does not match the contract.`);
    for (const sink of this.sinks) sink(event, checked.data);
  }

  get connections(): number {
    return this.sinks.size;
  }
}
