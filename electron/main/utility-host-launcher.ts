import { utilityProcess } from 'electron';
import type { HostLauncher } from '../devices/host/host-process.js';
import type { FromHost } from '../devices/host/protocol.js';

/**
 * Device hosts under Electron: utilityProcess.fork runs the device-host bundle as a Node child of Electron
 * itself — native modules load with Electron's ABI as in main — and needs no run-as-node switch, which the
 * RunAsNode fuse turns off in a packaged kiosk (with it on, anyone could run the kiosk binary as plain Node).
 */
export const utilityHostLauncher: HostLauncher = (entry) => {
  const child = utilityProcess.fork(entry, [], { serviceName: 'gov-kiosk device host', stdio: 'inherit' });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return {
    get pid() {
      return child.pid;
    },
    send(message) {
      if (exited) return false;
      try {
        child.postMessage(message);
        return true;
      } catch {
        return false;
      }
    },
    kill: () => void child.kill(),
    onMessage: (listener) => void child.on('message', (message: unknown) => listener(message as FromHost)),
    // utilityProcess reports an exit code only; a crash shows as a non-zero code.
    onExit: (listener) => void child.on('exit', (code: number) => listener(code, null)),
    onError: (listener) =>
      void child.on('error', (type: string, location: string) => listener(new Error(`${type} at ${location}`))),
  };
};
