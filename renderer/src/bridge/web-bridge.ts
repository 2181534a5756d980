import type { KioskBridge } from '../../../shared/bridge.js';
import type { Result } from '../../../shared/result.js';

/** How long a call waits for the event channel before going ahead without it (a host without events still answers). */
const EVENT_CHANNEL_WAIT_MS = 3000;

/**
 * The same bridge Electron's preload provides, built over the web host's HTTP and WebSocket API.
 * The per-run token comes from the address the host printed (?token=…).
 *
 * Ordering: a call goes out only once the event channel is open, so whatever changes after a call's answer
 * (a card placed just after the page read the devices' status) arrives as an event. Without this, a change
 * between the answer and the socket's opening was seen by neither, and the page waited for it forever.
 */
export function createWebBridge(location: Location): KioskBridge {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: WebSocket | undefined;
  let opened: Promise<void> = Promise.resolve();
  let retryMs = 500;

  const connect = () => {
    const url = new URL('/api/events', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', token);
    const next = new WebSocket(url);
    socket = next;
    opened = new Promise<void>((resolve) => {
      next.onopen = () => {
        retryMs = 500;
        resolve();
      };
      next.onclose = () => {
        resolve();
        socket = undefined;
        // The host may be restarting; come back with a growing delay rather than hammering it (unless a call
        // has opened a new socket meanwhile: two would deliver every event twice).
        setTimeout(() => {
          if (!socket) connect();
        }, retryMs);
        retryMs = Math.min(retryMs * 2, 10_000);
      };
    });
    next.onmessage = (message) => {
      let parsed: { event?: unknown; payload?: unknown };
      try {
        parsed = JSON.parse(String(message.data)) as typeof parsed;
      } catch {
        return;
      }
      if (typeof parsed.event !== 'string') return;
      for (const listener of listeners.get(parsed.event) ?? []) listener(parsed.payload);
    };
  };

  const eventChannelReady = async () => {
    if (socket?.readyState === WebSocket.OPEN) return;
    if (!socket) connect();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, EVENT_CHANNEL_WAIT_MS);
    });
    await Promise.race([opened, gaveUp]);
    clearTimeout(timer);
  };

  return {
    async invoke(method: string, payload: unknown): Promise<Result<unknown>> {
      await eventChannelReady();
      const response = await fetch(`/api/invoke/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(payload ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    },
    subscribe(event, listener) {
      if (!socket) connect();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
