import type { Logger } from '../services/log/logger.js';
import type { KeyProvider } from '../services/store/key-provider.js';

export type HostKind = 'electron' | 'web';

export interface BackendOptions {
  readonly host: HostKind;
  /** Folder for the store, logs, keys and printed-document archive. */
  readonly dataDir: string;
  /** kiosk.config.json; defaults to <dataDir>/kiosk.config.json. */
  readonly configPath?: string;
  readonly version: string;
  readonly logger: Logger;
  /** Where the store's encryption key lives; Electron passes its safeStorage provider, others get a 0600 key file. */
  readonly keyProvider?: KeyProvider;
  /** Forces developer mode on whatever the file says (the web host's --dev and --developer). */
  readonly developerMode?: boolean;
}
