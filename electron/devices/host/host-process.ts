import { fork } from 'node:child_process';
import type { FromHost, ToHost } from './protocol.js';

/**
 * A running device-host process as IsolatedDevice sees it: send a message, hear messages and the exit, kill.
 * Two launchers stand behind it: plain Node's child_process.fork (the web host, tests, the bench) and, under
 * Electron, utilityProcess.fork (electron/main/utility-host-launcher.ts) — Electron's own way to run Node code
 * in a child, which needs no run-as-node switch (the RunAsNode fuse is off in a packaged kiosk).
 */
export interface HostProcess {
  readonly pid: number | undefined;
  send(message: ToHost): boolean;
  kill(): void;
  onMessage(listener: (message: FromHost) => void): void;
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  onError(listener: (error: Error) => void): void;
}

export type HostLauncher = (entry: string) => HostProcess;

/** child_process.fork with structured-clone messages: TypeScript sources through tsx, bundles as they are. */
export const forkHostLauncher: HostLauncher = (entry) => {
  const child = fork(entry, [], {
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    get pid() {
      return child.pid;
    },
    send(message) {
      if (!child.connected) return false;
      try {
        return child.send(message);
      } catch {
        return false;
      }
    },
    kill: () => void child.kill('SIGKILL'),
    onMessage: (listener) => void child.on('message', (message) => listener(message as FromHost)),
    onExit: (listener) => void child.on('exit', (code, signal) => listener(code, signal)),
    onError: (listener) => void child.on('error', listener),
  };
};
