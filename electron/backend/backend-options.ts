import type { Logger } from '../services/log/logger.js';

export type HostKind = 'electron' | 'web';

export interface BackendOptions {
  readonly host: HostKind;
  /** Folder for the store, logs, keys and printed-document archive. */
  readonly dataDir: string;
  /** kiosk.config.json; defaults to <dataDir>/kiosk.config.json. */
  readonly configPath?: string;
  readonly version: string;
  readonly logger: Logger;
}
