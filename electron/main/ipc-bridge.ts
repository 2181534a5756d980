import { type BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/bridge.js';
import { err } from '../../shared/result.js';
import type { KioskBackend } from '../backend/create-backend.js';
import { APP_ORIGIN } from './app-protocol.js';
import { ReadyGate } from './ready-gate.js';
import { checkSender } from './sender-policy.js';

/**
 * Carries the contract over Electron IPC. Every invoke is checked for its sender (our window's main frame
 * on app://kiosk) and then handed to the same dispatcher the web host uses; events wait until the page is loaded.
 */
export function connectIpc(window: BrowserWindow, backend: KioskBackend, log: (message: string) => void): () => void {
  const trusted = { webContentsId: window.webContents.id, origin: APP_ORIGIN };

  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    const refusal = checkSender(
      {
        webContentsId: event.sender.id,
        isMainFrame: frame ? frame === event.sender.mainFrame : null,
        frameUrl: frame?.url ?? null,
      },
      trusted,
    );
    if (refusal) {
      log(`ipc refused: ${refusal}`);
      return err('forbiddenSender', `Refused: ${refusal}.`);
    }
    return backend.dispatch(method, payload, { transport: 'ipc', sender: 'main-frame' });
  });

  const gate = new ReadyGate<{ event: string; payload: unknown }>((message) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, message.event, message.payload);
  });
  window.webContents.on('did-start-loading', () => gate.close());
  window.webContents.on('did-finish-load', () => gate.open());
  const disconnect = backend.events.connect((event, payload) => gate.send({ event, payload }));

  return () => {
    disconnect();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
