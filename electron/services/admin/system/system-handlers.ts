import { err, ok, type Result } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { guarded } from '../admin-guard.js';
import type { AdminDependencies, AdminServices } from '../admin-services.js';
import { runtimeVersions } from '../diagnostics/diagnostics-handlers.js';
import { type CommandOutcome, runMachineCommand } from './machine-commands.js';

export interface SystemOptions {
  /** The host's way to restart the application; absent, the page does not offer it. */
  readonly restartApp?: () => void;
  /** Runs a machine command (tests give a harmless one). */
  readonly run?: (argv: readonly string[], timeoutMs: number) => Promise<Result<CommandOutcome, string>>;
  readonly commandTimeoutMs?: number;
  /** How long after the reply the application restarts, so the page hears the answer. */
  readonly restartDelayMs?: number;
  /** A build id the packager may set (KIOSK_BUILD_ID); nothing when unset. */
  readonly build?: string;
}

/**
 * 系统: version and build, restart the kiosk application through the host's hook, restart or shut down the
 * machine through the configured commands. Each action is audited before it happens, with who and what.
 */
export function createSystemHandlers(
  admin: AdminServices,
  deps: AdminDependencies,
  options: SystemOptions = {},
): Pick<Handlers, 'admin.system.info' | 'admin.system.restartApp' | 'admin.system.machine'> {
  const log = deps.logger.child('system');
  const restartApp = options.restartApp ?? deps.restartApp;
  const commands = deps.config.admin.machineCommands;
  const run = options.run ?? runMachineCommand;
  const build = options.build ?? process.env.KIOSK_BUILD_ID;
  const audit = (action: string, by: string, detail: Record<string, string | boolean> = {}) =>
    deps.platform.audit.record({ actor: 'admin', action, detail: { by, ...detail } });

  return {
    'admin.system.info': guarded(admin.auth, 'technician', () => {
      const versions = runtimeVersions(deps.version, deps.host);
      return ok({
        version: deps.version.slice(0, 64),
        ...(build && /^[A-Za-z0-9._+-]{1,64}$/.test(build) ? { build } : {}),
        node: versions.node.slice(0, 32),
        ...(versions.electron ? { electron: versions.electron.slice(0, 32) } : {}),
        os: versions.os.slice(0, 120),
        kioskId: deps.config.kioskId,
        host: deps.host,
        startedAt: deps.startedAt.toISOString(),
        canRestartApp: restartApp !== undefined,
        machineCommands: { reboot: commands.reboot !== undefined, shutdown: commands.shutdown !== undefined },
      });
    }),
    'admin.system.restartApp': guarded(admin.auth, 'technician', (_request, session) => {
      if (!restartApp) {
        log.warn('restart refused: this host gave no way to restart the application (no supervisor)');
        audit('admin.appRestart', session.enrolmentId, { ok: false, reason: 'notOffered' });
        return err(
          'notOffered',
          'This host cannot restart the application: no supervisor would start it again. Restart it where it runs.',
        );
      }
      audit('admin.appRestart', session.enrolmentId, { ok: true, host: deps.host });
      log.info(`application restart asked by ${session.enrolmentId}`);
      setTimeout(restartApp, options.restartDelayMs ?? 500).unref();
      return ok({ restarting: true as const });
    }),
    'admin.system.machine': guarded(admin.auth, 'technician', async ({ action }, session) => {
      const argv = commands[action];
      if (!argv) return err('notOffered', `admin.machineCommands.${action} is not configured`);
      audit('admin.machineCommand', session.enrolmentId, { command: action });
      log.info(`machine ${action} asked by ${session.enrolmentId}`);
      const result = await run(argv, options.commandTimeoutMs ?? 15_000);
      if (!result.ok) {
        log.warn(`machine ${action} failed: ${result.error.code}`);
        audit('admin.machineCommandFailed', session.enrolmentId, { command: action, error: result.error.code });
        return err('commandFailed', result.error.message);
      }
      return ok({ started: true as const });
    }),
  };
}
