import type { Booking, PlatformResult } from '../../../shared/platform/index.js';
import { err, ok } from '../../../shared/result.js';
import { maskName } from '../../../shared/validation/id-number.js';
import { maskPhone } from '../../../shared/validation/phone.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { findSlot, slotKey, slotsFor } from './appointment-slots.js';
import { replayed } from './idempotency.js';
import { hashOf, iso, noSuchItem, type PlatformContext } from './platform-context.js';

/** Appointments (预约): the free slots of an item, a booking of one (once per idempotency key), and its status. */
export function bookingHandlers(
  ctx: PlatformContext,
): Pick<PlatformHandlers, 'appointmentSlots' | 'book' | 'bookingStatus'> {
  const { tables, clock } = ctx;
  return {
    appointmentSlots(request) {
      if (!ctx.catalog().item(request.itemCode)) return noSuchItem(request.itemCode);
      return ok({
        slots: slotsFor(ctx, request.itemCode, Date.parse(`${request.from}T00:00:00+08:00`), request.days),
      });
    },

    book(request) {
      if (!ctx.catalog().item(request.itemCode)) return noSuchItem(request.itemCode);
      const requestHash = hashOf(request);
      return tables.transaction((): PlatformResult<'book'> => {
        const again = replayed(tables.bookingByKey(request.idempotencyKey), requestHash, 'booking', (row) => ({
          ...row.booking,
          duplicate: true,
        }));
        if (again) return again;
        const slot = findSlot(ctx, request.itemCode, request.slotId);
        if (!slot) return err('notFound', 'There is no such appointment slot (or it has passed).');
        if (slot.remaining <= 0) return err('slotFull', 'This slot is fully booked; choose another time.');
        const now = clock.now();
        const booking: Booking = {
          bookingNumber: ctx.nextNumber('YY', 5),
          slot: { ...slot, remaining: slot.remaining - 1 },
          applicantMasked: maskName(request.applicant.name),
          phoneMasked: maskPhone(request.applicant.phone),
          status: 'booked',
          bookedAt: iso(now),
          duplicate: false,
        };
        tables.insertBooking(booking, request, requestHash, slotKey(request.itemCode, request.slotId), now);
        return ok(booking);
      });
    },

    bookingStatus(request) {
      const booking = tables.booking(request.bookingNumber);
      return booking
        ? ok({ ...booking, duplicate: false })
        : err('notFound', `There is no booking ${request.bookingNumber}.`);
    },
  };
}
