/** What Electron tells us about the frame an IPC message came from (kept electron-free so it can be tested). */
export interface SenderFacts {
  /** webContents id of the sender. */
  readonly webContentsId: number;
  /** Whether the sending frame is the top frame of its page (null when the frame is already gone). */
  readonly isMainFrame: boolean | null;
  readonly frameUrl: string | null;
}

export interface TrustedSender {
  readonly webContentsId: number;
  /** Origin the kiosk page is served from (app://kiosk). */
  readonly origin: string;
}

/**
 * A message is trusted only when it comes from the main frame of our own window showing our own origin;
 * an iframe, another window, or a page that navigated elsewhere is refused (electron/fiddle's rule).
 */
export function checkSender(facts: SenderFacts, trusted: TrustedSender | undefined): string | undefined {
  if (!trusted) return 'the kiosk window is not ready';
  if (facts.webContentsId !== trusted.webContentsId) return 'message from another window';
  if (facts.isMainFrame !== true) return 'message from a sub-frame';
  if (!facts.frameUrl) return 'message from a frame without a URL';
  let origin: string;
  try {
    const url = new URL(facts.frameUrl);
    origin = `${url.protocol}//${url.host}`;
  } catch {
    return 'message from a frame with an unparseable URL';
  }
  return origin === trusted.origin ? undefined : 'message from a foreign origin';
}
