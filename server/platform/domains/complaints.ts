import { addWorkingDays, type PlatformResult } from '../../../shared/platform/index.js';
import { ok } from '../../../shared/result.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { replayed } from './idempotency.js';
import { hashOf, iso, type PlatformContext } from './platform-context.js';

/** Working days a department has to answer a complaint or suggestion (the 12345 hotline's usual limit). */
const COMPLAINT_RESPONSE_WORKING_DAYS = 5;

/** Complaints and suggestions (投诉建议), received once per idempotency key, with the date an answer is due. */
export function complaintHandlers(ctx: PlatformContext): Pick<PlatformHandlers, 'complain'> {
  const { tables, clock } = ctx;
  return {
    complain(request) {
      // The time of sending is not part of what was said: a retry a moment later is the same complaint.
      const requestHash = hashOf({ ...request, at: undefined });
      return tables.transaction((): PlatformResult<'complain'> => {
        const again = replayed(tables.complaintByKey(request.idempotencyKey), requestHash, 'complaint', (row) => ({
          complaintNumber: row.complaint_number,
          receivedAt: iso(row.received_at),
          respondBy: iso(row.respond_by),
          duplicate: true,
        }));
        if (again) return again;
        const now = clock.now();
        const respondBy = addWorkingDays(now, COMPLAINT_RESPONSE_WORKING_DAYS);
        const complaintNumber = ctx.nextNumber(request.kind === 'complaint' ? 'TS' : 'JY', 6);
        tables.insertComplaint(complaintNumber, request, requestHash, now, respondBy);
        return ok({ complaintNumber, receivedAt: iso(now), respondBy: iso(respondBy), duplicate: false });
      });
    },
  };
}
