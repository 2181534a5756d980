import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');

export interface Child {
  readonly process: ChildProcess;
  /** Resolves with the first stdout line matching the pattern. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  readonly lines: string[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a TypeScript file in a child Node process (through tsx) and follows its stdout line by line. */
export function spawnTs(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, script), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];
  let buffer = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffer += chunk;
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const w of [...waiters]) {
        const m = line.match(w.pattern);
        if (m) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
      nl = buffer.indexOf('\n');
    }
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('exit', (code, signal) => res({ code, signal })),
  );
  return {
    process: child,
    lines,
    exited,
    waitFor(pattern, timeoutMs = 20_000) {
      const seen = lines.map((l) => l.match(pattern)).find((m): m is RegExpMatchArray => m !== null);
      if (seen) return Promise.resolve(seen);
      return new Promise((res, rej) => {
        const timer = setTimeout(
          () => rej(new Error(`timed out waiting for ${pattern} from ${script}; stderr: ${stderr.slice(-800)}`)),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: (m) => {
            clearTimeout(timer);
            res(m);
          },
        });
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          rej(new Error(`${script} exited (${code ?? signal}) before ${pattern}; stderr: ${stderr.slice(-800)}`));
        });
      });
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * Starts the reference platform server (scripts/platform.ts) on 127.0.0.1 with its own data folder; resolves
 * once it listens. Port 0 takes a free one; give the same port again to restart it where the kiosk expects it.
 */
export async function startPlatformServer(options: {
  readonly port: number;
  readonly dataDir: string;
  readonly token: string;
  readonly catalog?: 'fixture';
  readonly timeoutMs?: number;
}): Promise<{ child: Child; url: string }> {
  const child = spawnTs('scripts/platform.ts', [
    '--port',
    String(options.port),
    '--data-dir',
    options.dataDir,
    '--token',
    options.token,
    ...(options.catalog ? ['--catalog', options.catalog] : []),
    '--quiet',
  ]);
  const [, url] = await child.waitFor(/^platform listening (http:\/\/127\.0\.0\.1:\d+)$/, options.timeoutMs ?? 30_000);
  return { child, url: url as string };
}
