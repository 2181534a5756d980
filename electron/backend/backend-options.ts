import type { Logger } from '../services/log/logger.js';
import type { KeyProvider } from '../services/store/key-provider.js';
import type { HostLauncher } from '../devices/host/host-process.js';
import type { UpdateHost } from '../services/update/open-updates.js';

export type HostKind = 'electron' | 'web';

export interface BackendOptions {
  readonly host: HostKind;
  /** Folder for the store, logs and printed-document archive (the keys live elsewhere: keyDir). */
  readonly dataDir: string;
  /** kiosk.config.json; defaults to <dataDir>/kiosk.config.json. */
  readonly configPath?: string;
  readonly version: string;
  readonly logger: Logger;
  /** Where the store's encryption key lives; Electron passes its safeStorage provider, others get a 0600 key file. */
  readonly keyProvider?: KeyProvider;
  /** The key folder, outside dataDir (default: KIOSK_KEY_DIR, else <dataDir>.keys; store/key-location.ts). */
  readonly keyDir?: string;
  /** How device hosts are started (Electron: utilityProcess; default child_process.fork). */
  readonly hostLauncher?: HostLauncher;
  /** Forces developer mode on whatever the file says (the web host's --dev and --developer). */
  readonly developerMode?: boolean;
  /**
   * Mounts the developer-only calls (simulator controls, the demo payer: shared/contract/developer.ts).
   * Defaults to the configured developer mode; tests that drive simulators set it without turning on the
   * on-screen developer tools. Without it the dispatcher does not know those calls at all.
   */
  readonly developerApi?: boolean;
  /**
   * A deployed (packaged) kiosk: a missing, invalid or incomplete configuration puts it out of service
   * instead of running the demo defaults (Electron passes app.isPackaged; the web host --deployed).
   */
  readonly deployed?: boolean;
  /**
   * Restarts the application (the console's 系统 page). Electron relaunches itself; the web host passes it
   * only when a supervisor will start it again. Absent, the console says it cannot.
   */
  readonly restartApp?: () => void;
  /**
   * How this host installs signed updates (electron/services/update): Electron's electron-updater glue, the web
   * host's directory install when it has one. Absent, a configured feed is reported and nothing is installed.
   */
  readonly updateHost?: UpdateHost;
}
