import type { KioskBridge } from '../../../shared/bridge.js';
import type { Result } from '../../../shared/result.js';

/**
 * The same bridge Electron's preload provides, built over the web host's HTTP and WebSocket API.
 * The per-run token comes from the address the host printed (?token=…).
 */
export function createWebBridge(location: Location): KioskBridge {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: WebSocket | undefined;
  let retryMs = 500;

  const connect = () => {
    const url = new URL('/api/events', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', token);
    socket = new WebSocket(url);
    socket.onopen = () => {
      retryMs = 500;
    };
    socket.onmessage = (message) => {
      let parsed: { event?: unknown; payload?: unknown };
      try {
        parsed = JSON.parse(String(message.data)) as typeof parsed;
      } catch {
        return;
      }
      if (typeof parsed.event !== 'string') return;
      for (const listener of listeners.get(parsed.event) ?? []) listener(parsed.payload);
    };
    socket.onclose = () => {
      socket = undefined;
      // The host may be restarting; come back with a growing delay rather than hammering it.
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    };
  };

  return {
    async invoke(method: string, payload: unknown): Promise<Result<unknown>> {
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
