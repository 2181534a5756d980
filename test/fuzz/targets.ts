import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKioskBackend, type KioskBackend } from '../../electron/backend/create-backend.js';
import { createLogger } from '../../electron/services/log/logger.js';
import type { Expectation } from './invariants.js';
import { developerNames, productionNames } from './messages.js';
import { StateWatcher } from './state.js';

/**
 * The backends a fuzz run talks to, each the real composition root (createKioskBackend, as Electron and the
 * web host build it) in a temporary data folder with its keys beside it:
 * - production: no developer calls mounted (a developer call must answer exactly as a made-up name does)
 * - developer: the developer calls mounted (simulators can place cards, so identified calls are reached)
 * - outOfService: a deployed kiosk without a configuration file: everything but app.info, app.health and
 *   config.get answers `unavailable`
 */
export type TargetName = 'production' | 'developer' | 'outOfService';

export interface Target {
  readonly name: TargetName;
  readonly backend: KioskBackend;
  readonly dataDir: string;
  readonly state: StateWatcher;
  /** Calls this backend has mounted. */
  readonly callable: readonly string[];
  /** Developer calls it has not mounted. */
  readonly unmounted: readonly string[];
  /** What a reply to `method` may be. */
  expect(method: unknown): Expectation;
  close(): Promise<void>;
}

const ANSWERED_OUT_OF_SERVICE = new Set(['app.info', 'app.health', 'config.get']);

export async function openTarget(name: TargetName): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), `kiosk-fuzz-${name}-`));
  const logger = createLogger({ file: join(dataDir, 'logs', 'kiosk.log'), level: 'info' });
  const backend = await createKioskBackend({
    host: 'web',
    dataDir,
    version: '0.0.0-fuzz',
    logger,
    developerApi: name === 'developer',
    deployed: name === 'outOfService',
  });
  if (name === 'outOfService' && !backend.loaded.outOfService)
    throw new Error('the out-of-service backend is in service');
  const callable = name === 'developer' ? [...productionNames, ...developerNames] : productionNames;
  const unmounted = name === 'developer' ? [] : developerNames;
  const known = new Set(callable);
  const state = new StateWatcher(dataDir);
  return {
    name,
    backend,
    dataDir,
    state,
    callable,
    unmounted,
    expect(method) {
      const isCall = typeof method === 'string' && known.has(method);
      if (name === 'outOfService')
        return isCall && ANSWERED_OUT_OF_SERVICE.has(method)
          ? { kind: 'call', method }
          : { kind: 'only', code: 'unavailable' };
      return isCall ? { kind: 'call', method } : { kind: 'only', code: 'unknownMethod' };
    },
    async close() {
      state.close();
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.keys`, { recursive: true, force: true });
    },
  };
}
