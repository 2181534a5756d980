import { describe, expect, it } from 'vitest';
import { runMachineCommand } from './machine-commands.js';

/** Real processes, harmless ones: `true`, `false`, `sleep`, and a name that does not exist. */
describe('machine commands', () => {
  it('succeed when the command exits 0', async () => {
    expect(await runMachineCommand(['true'], 5000)).toEqual({ ok: true, value: { exitCode: 0 } });
  });

  it('fail with the exit code otherwise', async () => {
    expect(await runMachineCommand(['false'], 5000)).toMatchObject({ ok: false, error: { code: 'exit:1' } });
    expect(await runMachineCommand(['sh', '-c', 'exit 3'], 5000)).toMatchObject({
      ok: false,
      error: { code: 'exit:3' },
    });
  });

  it('are stopped after the time limit', async () => {
    const started = Date.now();
    expect(await runMachineCommand(['sleep', '10'], 300)).toMatchObject({ ok: false, error: { code: 'timeOut' } });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('run without a shell: metacharacters are plain arguments', async () => {
    // With a shell, `; exit 0` would end the command well; without one `false` gets them as arguments and fails.
    expect(await runMachineCommand(['false', '; exit 0'], 5000)).toMatchObject({
      ok: false,
      error: { code: 'exit:1' },
    });
    expect(await runMachineCommand(['echo hi && true'], 5000)).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
  });

  it('report a missing program and an empty command', async () => {
    expect(await runMachineCommand(['/no/such/program'], 5000)).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    expect(await runMachineCommand([], 5000)).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
});
