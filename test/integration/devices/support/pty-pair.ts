import { type ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOCAT = '/usr/bin/socat';
export const haveSocat = existsSync(SOCAT);

export interface PtyPair {
  readonly host: string;
  readonly device: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** `socat -d -d pty,raw,echo=0 pty,raw,echo=0`: two linked pseudo-terminals; their paths come from socat's log. */
export function startPtyPair(): Promise<PtyPair> {
  return new Promise((resolve, reject) => {
    const child = spawn(SOCAT, ['-d', '-d', 'pty,raw,echo=0', 'pty,raw,echo=0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const paths: string[] = [];
    let log = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`socat did not report two ptys: ${log}`));
    }, 5_000);
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      for (const match of log.matchAll(/PTY is (\/dev\/pts\/\d+)/g))
        if (!paths.includes(match[1]!)) paths.push(match[1]!);
      if (paths.length === 2 && /starting data transfer loop/.test(log)) {
        clearTimeout(timer);
        resolve({ host: paths[0]!, device: paths[1]!, process: child, stop: () => stopProcess(child) });
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export interface EmulatorProcess {
  readonly process: ChildProcess;
  send(message: { place?: string; remove?: boolean; silent?: boolean }): Promise<void>;
  kill(): Promise<void>;
}

export function startSamEmulator(path: string): Promise<EmulatorProcess> {
  const script = fileURLToPath(new URL('./sam-emulator-process.ts', import.meta.url));
  const child = fork(script, [path], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('SAM emulator did not open its port')), 10_000);
    child.once('exit', (code) => reject(new Error(`SAM emulator exited with ${code}`)));
    child.once('message', () => {
      clearTimeout(timer);
      resolve({
        process: child,
        send: (message) =>
          new Promise((ack) => {
            child.once('message', () => ack());
            child.send(message);
          }),
        kill: () => stopProcess(child),
      });
    });
  });
}
