import { fallbackPageHtml } from './fallback-page.js';

/** Seconds the out-of-order page stays before the kiosk restarts itself from scratch. */
export const RESTART_AFTER_SECONDS = 60;

/**
 * The fallback page as a self-contained data: URL, for when the kiosk failed before its own app:// protocol
 * could serve anything (a damaged key file, a store that will not open): no file, no protocol, no script.
 */
export function fatalPageUrl(retryAfterSeconds = RESTART_AFTER_SECONDS): string {
  // Without the app protocol the page's own refresh could not load the kiosk: the process restarts instead.
  const html = fallbackPageHtml(retryAfterSeconds).replace(/<meta http-equiv="refresh"[^>]*>\n?/, '');
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** A line for the log that names what failed without its message (messages can carry data). */
export function describeFatal(error: unknown): string {
  if (error instanceof Error) {
    const where = error.stack?.split('\n')[1]?.trim().slice(0, 200) ?? 'no stack';
    return `${error.name} ${where}`;
  }
  return `a non-error value (${typeof error})`;
}
