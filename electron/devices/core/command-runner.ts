import { spawn } from 'node:child_process';

/**
 * Runs an OS command (lp, cancel, powershell, a PDF helper) with a hard timeout: the child is killed when it
 * runs over, so a hung spooler tool can never hang a print command. Drivers take a runner as a parameter, so
 * their logic is tested with a scripted one (the Windows spooler driver is tested that way on Linux).
 */
export interface CommandResult {
  /** Exit code; null when the command could not start, was killed or timed out. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

export interface RunOptions {
  readonly input?: Uint8Array;
  readonly timeoutMs: number;
  readonly env?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export type CommandRunner = (file: string, args: readonly string[], options: RunOptions) => Promise<CommandResult>;

const MAX_OUTPUT = 256 * 1024;

export const runCommand: CommandRunner = (file, args, options) =>
  new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const finish = (result: CommandResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const child = spawn(file, [...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'C', LC_ALL: 'C', ...options.env },
      windowsHide: true,
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const onAbort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => finish({ code: null, stdout, stderr: `${stderr}${error.message}`, timedOut }));
    child.on('close', (code) => finish({ code: timedOut ? null : code, stdout, stderr, timedOut }));
    child.stdin.on('error', () => undefined); // the command may exit before reading all of stdin
    if (options.input) child.stdin.end(Buffer.from(options.input));
    else child.stdin.end();
  });
