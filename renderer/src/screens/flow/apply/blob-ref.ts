/**
 * The reference by which an image (a scanned page, a signature) is named in an application: its SHA-256, as
 * the platform's blobRef ("sha256:<64 hex>"). The bytes stay in the kiosk's memory; only the name travels.
 */
export async function blobRef(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
