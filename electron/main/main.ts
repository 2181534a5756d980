import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, safeStorage, session } from 'electron';
import { autoUpdater } from 'electron-updater';
import { createKioskBackend, type KioskBackend } from '../backend/create-backend.js';
import { createLogger } from '../services/log/logger.js';
import { chooseElectronKeyProvider } from '../services/store/safe-storage-key-provider.js';
import { keyDirFor, moveLegacyKeys } from '../services/store/key-location.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { resolveConfigPath } from './config-location.js';
import { describeFatal, fatalPageUrl, RESTART_AFTER_SECONDS } from './fatal-error.js';
import { electronUpdateHost } from './electron-updater-glue.js';
import { connectIpc } from './ipc-bridge.js';
import { utilityHostLauncher } from './utility-host-launcher.js';
import { createKioskWindow, hardenWebContents, preloadPathNextTo, restrictPermissions } from './kiosk-window.js';

/**
 * Electron entry: a thin shell around the same backend the web host runs. Order matters: the app:// scheme
 * is registered before 'ready', the single-instance lock is taken first, and every webContents is hardened
 * as it is created.
 */
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Whatever fails — start-up (a damaged key file, a store that will not open) or later, outside any handler —
  // the screen says so in both languages and the kiosk restarts itself clean, never a blank or frozen window.
  process.on('uncaughtException', (error) => void onFatal(error));
  process.on('unhandledRejection', (reason) => void onFatal(reason));
  run().catch((error: unknown) => onFatal(error));
}

let fatal = false;
async function onFatal(error: unknown): Promise<void> {
  if (fatal) return;
  fatal = true;
  try {
    createLogger({ file: join(app.getPath('userData'), 'logs', 'kiosk.log') })
      .child('main')
      .error(`fatal: ${describeFatal(error)}; restarting in ${RESTART_AFTER_SECONDS} s`);
    await app.whenReady();
    for (const open of BrowserWindow.getAllWindows()) open.destroy();
    const page = new BrowserWindow({
      fullscreen: true,
      kiosk: true,
      autoHideMenuBar: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    await page.loadURL(fatalPageUrl());
  } finally {
    setTimeout(() => {
      app.relaunch();
      app.exit(1);
    }, RESTART_AFTER_SECONDS * 1000);
  }
}

async function run(): Promise<void> {
  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true });
  const logger = createLogger({ file: join(userData, 'logs', 'kiosk.log'), console: !app.isPackaged });
  const log = logger.child('main');
  const configPath = resolveConfigPath(process.platform, process.env, userData).find((p) => existsSync(p));
  const rendererDir = join(app.getAppPath(), 'dist', 'renderer');
  const version = readVersion();

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (m) => log.warn(m)));

  await app.whenReady();
  // The store key is wrapped by the OS credential store where it really protects it (safeStorage), else a 0600 file.
  // Keys live outside userData (store/key-location.ts): a copy of the data folder cannot decrypt it.
  const keyDir = keyDirFor(userData);
  const movedKeys = moveLegacyKeys(userData, keyDir);
  if (movedKeys.length > 0) log.info(`keys: moved ${movedKeys.length} key file(s) out of the data folder`);
  const keyProvider = chooseElectronKeyProvider(
    safeStorage,
    { wrappedKey: join(keyDir, 'store.key.enc'), keyFile: join(keyDir, 'store.key') },
    (m) => log.warn(m),
  );
  const backend: KioskBackend = await createKioskBackend({
    host: 'electron',
    dataDir: userData,
    configPath,
    version,
    logger,
    keyProvider,
    keyDir,
    // Device hosts run as Electron utility processes: the RunAsNode fuse is off.
    hostLauncher: utilityHostLauncher,
    // An installed kiosk never falls back to the demo: no valid configuration means out of service.
    deployed: app.isPackaged,
    // The console's 系统 page: quit (closing the backend on the way, see before-quit) and start again.
    restartApp: () => {
      app.relaunch();
      app.quit();
    },
    // Signed updates through electron-updater, only in an installed kiosk (a development run has no installer).
    ...(app.isPackaged
      ? { updateHost: electronUpdateHost(autoUpdater, process.platform, process.arch, process.env) }
      : {}),
  });
  const { config } = backend.loaded;
  serveRenderer(rendererDir);
  restrictPermissions(session.defaultSession, config.allowedPermissions);

  const window = createKioskWindow({
    config,
    preloadPath: preloadPathNextTo(__dirname),
    devTools: config.developerMode || !app.isPackaged,
    log: (m) => log.warn(m),
    onCrashLoop: () => void backend.updates.service?.reportCrashLoop(),
  });
  const disconnect = connectIpc(window, backend, (m) => log.warn(m));

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    disconnect();
    void backend.close();
  });
  log.info(`kiosk ${version} started`);
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return app.getVersion();
  }
}
