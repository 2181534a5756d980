import { beforeEach, describe, expect, it, vi } from 'vitest';

// The glue is tested against a stand-in for Electron's ipcMain at the module boundary; the dispatcher,
// contract and sender policy behind it are the real ones.
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { connectIpc } = await import('./ipc-bridge.js');
const { createKioskBackend } = await import('../backend/create-backend.js');
const { createMemoryLogger } = await import('../services/log/logger.js');
const { IPC_INVOKE_CHANNEL } = await import('../../shared/bridge.js');

function fakeWindow(id: number) {
  const listeners = new Map<string, () => void>();
  const sent: unknown[][] = [];
  const mainFrame = { url: 'app://kiosk/index.html' };
  return {
    mainFrame,
    sent,
    listeners,
    window: {
      isDestroyed: () => false,
      webContents: {
        id,
        mainFrame,
        send: (...args: unknown[]) => sent.push(args),
        on: (name: string, fn: () => void) => listeners.set(name, fn),
      },
    },
  };
}

describe('connectIpc', () => {
  beforeEach(() => handlers.clear());

  async function setup() {
    const backend = await createKioskBackend({
      host: 'electron',
      dataDir: '/nonexistent',
      version: '1.0.0',
      logger: createMemoryLogger(),
    });
    const win = fakeWindow(3);
    const logs: string[] = [];
    connectIpc(win.window as never, backend, (m) => logs.push(m));
    const invoke = handlers.get(IPC_INVOKE_CHANNEL);
    if (!invoke) throw new Error('no handler registered');
    return { backend, win, logs, invoke };
  }

  it('answers the main frame of the kiosk window', async () => {
    const { win, invoke } = await setup();
    const event = { sender: { id: 3, mainFrame: win.mainFrame }, senderFrame: win.mainFrame };
    expect(await invoke(event, 'app.info', {})).toMatchObject({ ok: true, value: { host: 'electron' } });
  });

  it('refuses a sub-frame, another window and a navigated-away frame with a clear value', async () => {
    const { win, invoke, logs } = await setup();
    const subFrame = { url: 'app://kiosk/index.html' };
    const cases = [
      { sender: { id: 3, mainFrame: win.mainFrame }, senderFrame: subFrame },
      { sender: { id: 99, mainFrame: win.mainFrame }, senderFrame: win.mainFrame },
      { sender: { id: 3, mainFrame: win.mainFrame }, senderFrame: null },
    ];
    for (const event of cases) {
      expect(await invoke(event, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
    }
    win.mainFrame.url = 'https://example.com/';
    expect(
      await invoke({ sender: { id: 3, mainFrame: win.mainFrame }, senderFrame: win.mainFrame }, 'app.info', {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbiddenSender' },
    });
    expect(logs.filter((l) => l.startsWith('ipc refused'))).toHaveLength(4);
  });

  it('refuses a malformed payload from a trusted sender', async () => {
    const { win, invoke } = await setup();
    const event = { sender: { id: 3, mainFrame: win.mainFrame }, senderFrame: win.mainFrame };
    expect(await invoke(event, 'config.get', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    expect(await invoke(event, 42, {})).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
  });

  it('holds events until the page has loaded', async () => {
    const { backend, win } = await setup();
    const health = backend.health.read();
    backend.events.emit('app.health', health);
    expect(win.sent).toHaveLength(0);
    win.listeners.get('did-finish-load')?.();
    expect(win.sent).toEqual([['kiosk:event', 'app.health', health]]);
  });
});
