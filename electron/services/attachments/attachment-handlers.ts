import type { attachmentMethods } from '../../../shared/contract/attachments.js';
import { ok } from '../../../shared/result.js';
import type { Handlers } from '../../rpc/handlers.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { AttachmentStore } from '../store/attachment-store.js';

/**
 * attachments.put and session.end: the images of a session reach the encrypted store at once (refused and not
 * stored unless hash and media type match), and the wipe deletes those no application names.
 */
export function createAttachmentHandlers(
  attachments: AttachmentStore,
  audit: AuditLog,
): Pick<Handlers, keyof typeof attachmentMethods | 'session.end'> {
  return {
    'attachments.put': (request) => attachments.put(request),
    'session.end': (request) => {
      const deleted = attachments.endSession(request.sessionId);
      // Counts only: never which images, never whose.
      if (deleted > 0)
        audit.record({ actor: 'kiosk', action: 'session.attachmentsDeleted', detail: { count: deleted } });
      return ok({ attachmentsDeleted: deleted });
    },
  };
}
