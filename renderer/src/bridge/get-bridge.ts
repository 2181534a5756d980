import type { KioskBridge } from '../../../shared/bridge.js';
import { createWebBridge } from './web-bridge.js';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser, where the web host's bridge is used. */
    kiosk?: KioskBridge;
  }
}

export function getBridge(): KioskBridge {
  return window.kiosk ?? createWebBridge(window.location);
}
