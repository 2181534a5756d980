import type { AttachmentMediaType } from '../../../shared/platform/index.js';
import { sha256Of } from '../../../shared/platform/index.js';
import { ok, type Result } from '../../../shared/result.js';
import { checkImage, type ImageCheckError } from '../attachments/image-check.js';
import type { KioskStore } from './store.js';

export interface AttachmentPut {
  readonly blobRef: string;
  readonly mediaType: AttachmentMediaType;
  readonly base64: string;
  /** The citizen's session: until an application names the image, it lives only as long as the session. */
  readonly sessionId: string;
}

export interface HeldAttachment {
  readonly blobRef: string;
  readonly mediaType: AttachmentMediaType;
  readonly bytes: Buffer;
}

/**
 * The images (scanned pages, signatures) a citizen gives at this kiosk, encrypted at rest and keyed by their
 * blobRef. An image belongs to its session until an application names it (bind); the session's end deletes
 * the ones no application names, and once every application naming an image has dropped its personal data
 * (delivered and receipt done, or retention), the image goes too.
 */
export class AttachmentStore {
  constructor(private readonly store: KioskStore) {}

  private context(blobRef: string): string {
    return `attachments:${blobRef}`;
  }

  /** Checks the hash and the magic bytes and stores nothing unless both match. Same image again: stored false. */
  put(input: AttachmentPut): Result<{ blobRef: string; stored: boolean }, ImageCheckError> {
    const checked = checkImage({ sha256: sha256Of(input.blobRef), mediaType: input.mediaType, base64: input.base64 });
    if (!checked.ok) return checked;
    const now = this.store.clock.now();
    return this.store.transaction(() => {
      const existing = this.store.db.prepare('SELECT 1 FROM attachments WHERE blob_ref = ?').get(input.blobRef);
      if (existing) {
        // The same bytes again (a re-sent call, or the same image in a later session): the new session holds it too.
        this.store.db
          .prepare('UPDATE attachments SET session_id = ?, put_at = ? WHERE blob_ref = ?')
          .run(input.sessionId, now, input.blobRef);
        return ok({ blobRef: input.blobRef, stored: false });
      }
      this.store.db
        .prepare(
          'INSERT INTO attachments (blob_ref, media_type, size, body, session_id, put_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.blobRef,
          input.mediaType,
          checked.value.length,
          this.store.cipher.sealBytes(checked.value, this.context(input.blobRef)),
          input.sessionId,
          now,
        );
      return ok({ blobRef: input.blobRef, stored: true });
    });
  }

  has(blobRef: string): boolean {
    return this.store.db.prepare('SELECT 1 FROM attachments WHERE blob_ref = ?').get(blobRef) !== undefined;
  }

  /** The references of `refs` this kiosk does not hold. */
  missing(refs: readonly string[]): string[] {
    return refs.filter((ref) => !this.has(ref));
  }

  /** An application names these images: they now live as long as its personal data. Call inside its transaction. */
  bind(localNumber: string, refs: readonly string[]): void {
    const use = this.store.db.prepare('INSERT OR IGNORE INTO attachment_uses (blob_ref, local_number) VALUES (?, ?)');
    const owned = this.store.db.prepare('UPDATE attachments SET session_id = NULL WHERE blob_ref = ?');
    for (const ref of refs) {
      use.run(ref, localNumber);
      owned.run(ref);
    }
  }

  read(blobRef: string): HeldAttachment | undefined {
    const row = this.store.db.prepare('SELECT media_type, body FROM attachments WHERE blob_ref = ?').get(blobRef) as
      { media_type: AttachmentMediaType; body: Buffer } | undefined;
    const bytes = row ? this.store.cipher.openBytes(row.body, this.context(blobRef)) : undefined;
    return row && bytes ? { blobRef, mediaType: row.media_type, bytes } : undefined;
  }

  /** Images of an application not yet confirmed as held by the platform. */
  notUploaded(localNumber: string): string[] {
    const rows = this.store.db
      .prepare('SELECT blob_ref FROM attachment_uses WHERE local_number = ? AND uploaded_at IS NULL ORDER BY blob_ref')
      .all(localNumber) as Array<{
      blob_ref: string;
    }>;
    return rows.map((r) => r.blob_ref);
  }

  markUploaded(localNumber: string, blobRef: string): void {
    this.store.db
      .prepare('UPDATE attachment_uses SET uploaded_at = ? WHERE local_number = ? AND blob_ref = ?')
      .run(this.store.clock.now(), localNumber, blobRef);
  }

  /** The platform says it lacks an image it had confirmed: upload them all again. */
  forgetUploads(localNumber: string): void {
    this.store.db.prepare('UPDATE attachment_uses SET uploaded_at = NULL WHERE local_number = ?').run(localNumber);
  }

  /** The session ended (the wipe): its images no application names are deleted. Returns how many. */
  endSession(sessionId: string): number {
    const deleted = this.store.transaction(
      () =>
        this.store.db
          .prepare(
            'DELETE FROM attachments WHERE session_id = ? AND NOT EXISTS (SELECT 1 FROM attachment_uses u WHERE u.blob_ref = attachments.blob_ref)',
          )
          .run(sessionId).changes,
    );
    if (deleted > 0) this.store.checkpoint();
    return deleted;
  }

  /**
   * Retention (inside the caller's transaction): uses by applications whose personal data is gone, images no
   * application and no session holds any more, and images a session left behind longer ago than `orphanMs`
   * (a session that never reached its wipe: a crash or a reload). Returns images deleted.
   */
  purge(orphanMs: number): number {
    const db = this.store.db;
    db.prepare(
      'DELETE FROM attachment_uses WHERE local_number IN (SELECT local_number FROM outbox WHERE payload IS NULL)',
    ).run();
    const unused = 'NOT EXISTS (SELECT 1 FROM attachment_uses u WHERE u.blob_ref = attachments.blob_ref)';
    return (
      db.prepare(`DELETE FROM attachments WHERE session_id IS NULL AND ${unused}`).run().changes +
      db.prepare(`DELETE FROM attachments WHERE put_at < ? AND ${unused}`).run(this.store.clock.now() - orphanMs)
        .changes
    );
  }

  count(): number {
    return (this.store.db.prepare('SELECT COUNT(*) AS n FROM attachments').get() as { n: number }).n;
  }
}
