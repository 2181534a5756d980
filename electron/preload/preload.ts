import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type KioskBridge } from '../../shared/bridge.js';
import type { Result } from '../../shared/result.js';

/**
 * The only thing the page gets from Electron: window.kiosk with invoke and subscribe. No ipcRenderer, no
 * Node, no event objects (they hold a sender reference) cross into the page.
 */
const listeners = new Map<string, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const bridge: KioskBridge = {
  invoke(method: string, payload: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string')
      return Promise.resolve({ ok: false, error: { code: 'invalidRequest', message: 'method must be a string' } });
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, payload) as Promise<Result<unknown>>;
  },
  subscribe(event: string, listener: (payload: unknown) => void): () => void {
    if (typeof event !== 'string' || typeof listener !== 'function') return () => undefined;
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
};

contextBridge.exposeInMainWorld('kiosk', bridge);
