import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge } from './web-bridge.js';

/** A WebSocket that opens when the test says so, as a slow host's does. */
class ScriptedSocket {
  static last: ScriptedSocket | undefined;
  static opened = 0;
  static readonly OPEN = 1;
  readyState = 0;
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  constructor(readonly url: URL) {
    ScriptedSocket.last = this;
    ScriptedSocket.opened += 1;
  }
  open() {
    this.readyState = ScriptedSocket.OPEN;
    this.onopen?.();
  }
  close() {
    this.readyState = 3;
    this.onclose?.();
  }
  deliver(event: string, payload: unknown) {
    this.onmessage?.({ data: JSON.stringify({ event, payload }) });
  }
}

const location = { href: 'http://127.0.0.1:5000/?token=t0k', search: '?token=t0k', protocol: 'http:' } as Location;

function stubHost() {
  const calls: string[] = [];
  vi.stubGlobal('WebSocket', ScriptedSocket);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      calls.push(url);
      return { json: async () => ({ ok: true, value: {} }) };
    }),
  );
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the web bridge', () => {
  it('sends no call before the event channel is open, so nothing that changes after an answer is missed', async () => {
    const calls = stubHost();
    const bridge = createWebBridge(location);
    const answered = bridge.invoke('devices.status', {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
    const socket = ScriptedSocket.last;
    expect(socket?.url.searchParams.get('token')).toBe('t0k');
    expect(socket?.url.protocol).toBe('ws:');
    socket?.open();
    await expect(answered).resolves.toEqual({ ok: true, value: {} });
    expect(calls).toEqual(['/api/invoke/devices.status']);

    const heard: unknown[] = [];
    bridge.subscribe('devices.idCard', (payload) => heard.push(payload));
    socket?.deliver('devices.idCard', { event: 'inserted' });
    expect(heard).toEqual([{ event: 'inserted' }]);
  });

  it('goes ahead without events when the channel does not open, rather than hanging the page', async () => {
    vi.useFakeTimers();
    const calls = stubHost();
    const answered = createWebBridge(location).invoke('config.get', {});
    await vi.advanceTimersByTimeAsync(2900);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await expect(answered).resolves.toMatchObject({ ok: true });
    expect(calls).toEqual(['/api/invoke/config.get']);
  });

  it('after the host closes the socket, a call that reconnects first leaves one socket, not two', async () => {
    vi.useFakeTimers();
    stubHost();
    const bridge = createWebBridge(location);
    const first = bridge.invoke('app.info', {});
    ScriptedSocket.last?.open();
    await first;
    const before = ScriptedSocket.opened;
    ScriptedSocket.last?.close();
    const again = bridge.invoke('app.info', {});
    ScriptedSocket.last?.open();
    await again;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ScriptedSocket.opened - before).toBe(1);
  });
});
