import { spawn } from 'node:child_process';
import { err, ok, type Result } from '../../../../shared/result.js';

export interface CommandOutcome {
  /** The exit code, or undefined when the command was stopped or never started. */
  readonly exitCode?: number;
  /** Why it failed, as a code: "exit:1", "timeOut", "ENOENT", "signal:SIGTERM". */
  readonly failure?: string;
}

/**
 * Runs a configured machine command (admin.machineCommands: argv, e.g. ["systemctl", "reboot"]) without a
 * shell, with nothing on its standard input and its output discarded (a command's output is not ours to
 * log), and stops it after `timeoutMs`. Succeeds when it exits with 0 in time.
 */
export function runMachineCommand(argv: readonly string[], timeoutMs: number): Promise<Result<CommandOutcome, string>> {
  const [file, ...args] = argv;
  if (!file) return Promise.resolve(err('empty', 'No command configured'));
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Result<CommandOutcome, string>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(file, args, { shell: false, stdio: 'ignore', windowsHide: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'spawnFailed';
      return resolve(err(code, `The command could not be started (${code})`));
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(err('timeOut', `The command did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'spawnFailed';
      finish(err(code, `The command could not be started (${code})`));
    });
    child.once('exit', (exitCode, signal) => {
      if (exitCode === 0) finish(ok({ exitCode }));
      else if (exitCode !== null) finish(err(`exit:${exitCode}`, `The command ended with exit code ${exitCode}`));
      else finish(err(`signal:${signal ?? 'unknown'}`, `The command was stopped by ${signal ?? 'a signal'}`));
    });
  });
}
