import { join } from 'node:path';
import { BrowserWindow, type Session, type WebContents } from 'electron';
import type { KioskConfig } from '../../shared/config/kiosk-config.js';
import { APP_ORIGIN, FALLBACK_URL } from './app-protocol.js';
import { CrashLoopBreaker } from './crash-loop-breaker.js';

export interface KioskWindowOptions {
  readonly config: KioskConfig;
  /** The page crashed too often to reload: told once per loop. */
  readonly onCrashLoop?: () => void;
  readonly preloadPath: string;
  readonly devTools: boolean;
  readonly log: (message: string) => void;
}

const HIDE_CURSOR_CSS = '*, *::before, *::after { cursor: none !important; }';
const STABLE_AFTER_MS = 10 * 60_000;

/**
 * The citizen's window: full screen, frameless, no menu, sandboxed page with context isolation and no Node.
 * It only ever shows app://kiosk; a crashed renderer is reloaded unless it keeps crashing.
 */
export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  const { config } = options;
  const window = new BrowserWindow({
    show: false,
    fullscreen: config.display.kioskMode,
    kiosk: config.display.kioskMode,
    frame: !config.display.kioskMode,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: options.devTools,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  window.removeMenu();
  const contents = window.webContents;

  const breaker = new CrashLoopBreaker();
  let stableTimer: NodeJS.Timeout | undefined;
  contents.on('did-finish-load', () => {
    if (config.display.hideCursor) void contents.insertCSS(HIDE_CURSOR_CSS);
    clearTimeout(stableTimer);
    stableTimer = setTimeout(() => breaker.reset(), STABLE_AFTER_MS);
  });
  contents.on('render-process-gone', (_event, details) => {
    const decision = breaker.recordCrash();
    options.log(`renderer gone (${details.reason}); ${decision}`);
    if (decision === 'fallback') {
      void window.loadURL(FALLBACK_URL);
      // A version on trial after an update is rolled back (electron/services/update).
      options.onCrashLoop?.();
    } else void window.loadURL(`${APP_ORIGIN}/index.html`);
  });
  contents.on('unresponsive', () => {
    options.log('renderer unresponsive; reloading');
    contents.forcefullyCrashRenderer();
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** Applied to every webContents the app ever creates, so nothing can open, navigate or embed elsewhere. */
export function hardenWebContents(contents: WebContents, log: (message: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    log(`window.open denied (${safeOrigin(url)})`);
    return { action: 'deny' };
  });
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (safeOrigin(url) !== APP_ORIGIN) {
      event.preventDefault();
      log(`navigation blocked (${safeOrigin(url)})`);
    }
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission except the configured ones, and those only to our own origin. */
export function restrictPermissions(session: Session, allowed: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowed.includes(permission) && safeOrigin(details.requestingUrl) === APP_ORIGIN);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return allowed.includes(permission) && requestingOrigin.startsWith(APP_ORIGIN);
  });
}

export function preloadPathNextTo(mainDir: string): string {
  return join(mainDir, 'preload.cjs');
}

function safeOrigin(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'invalid-url';
  }
}
