/** Object URLs made during a session (camera captures, signatures, PDF previews), revoked at the wipe. */
const objectUrls = new Set<string>();

export function trackObjectUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  objectUrls.add(url);
  return url;
}

/**
 * Removes everything the page itself may have kept of a citizen: storage, Cache Storage, object URLs and any
 * selection. React state goes with the remount of the session tree; the backend purges its side.
 */
export async function wipeBrowserState(): Promise<void> {
  for (const url of objectUrls) URL.revokeObjectURL(url);
  objectUrls.clear();
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch {
    // Storage may be disabled; then there is nothing in it.
  }
  if (typeof caches !== 'undefined') {
    for (const key of await caches.keys()) await caches.delete(key);
  }
  window.getSelection()?.removeAllRanges();
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
