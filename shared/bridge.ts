import type { Result } from './result.js';

/**
 * What the page sees of the backend, whatever hosts it: Electron's preload exposes it as `window.kiosk`,
 * and in a plain browser the web host's client builds the same object over HTTP and WebSocket.
 * Untyped at this level on purpose (it is the wire); the typed client in shared/kiosk-client.ts wraps it.
 */
export interface KioskBridge {
  invoke(method: string, payload: unknown): Promise<Result<unknown>>;
  /** Returns a function that ends the subscription. */
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

export const IPC_INVOKE_CHANNEL = 'kiosk:invoke';
export const IPC_EVENT_CHANNEL = 'kiosk:event';
