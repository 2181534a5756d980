import { spawn } from 'node:child_process';

/**
 * Runs a command whose stdout is binary (espeak-ng --stdout writes a WAV), with a hard timeout and an
 * AbortSignal: the child is killed when either fires. No shell: the file and arguments go to the OS as they
 * are, and the text travels on stdin. core/command-runner.ts does the same for text output.
 */
export interface BinaryResult {
  /** Exit code; null when the command could not start, was killed or timed out. */
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** The spawn error's code ("ENOENT": no such binary, "EACCES": not executable). */
  readonly spawnError?: string;
}

export interface BinaryRunOptions {
  readonly input?: Uint8Array;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Stdout beyond this is dropped and the command fails (a runaway engine cannot fill memory). */
  readonly maxStdoutBytes: number;
}

export type BinaryRunner = (file: string, args: readonly string[], options: BinaryRunOptions) => Promise<BinaryResult>;

export const runBinary: BinaryRunner = (file, args, options) =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const finish = (result: Omit<BinaryResult, 'stdout'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ ...result, stdout: overflow ? Buffer.alloc(0) : Buffer.concat(chunks) });
    };
    const child = spawn(file, [...args], { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true, shell: false });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const onAbort = () => child.kill('SIGKILL');
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxStdoutBytes) {
        overflow = true;
        child.kill('SIGKILL');
      } else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4_096) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      finish({ code: null, stderr: `${stderr}${error.message}`, timedOut, spawnError: error.code ?? 'spawn' }),
    );
    child.on('close', (code) =>
      finish({
        code: timedOut || overflow ? null : code,
        stderr: overflow ? `${stderr}output over ${options.maxStdoutBytes} bytes` : stderr,
        timedOut,
      }),
    );
    child.stdin.on('error', () => undefined); // the command may exit before reading all of stdin
    child.stdin.end(options.input ? Buffer.from(options.input) : undefined);
  });
