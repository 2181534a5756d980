import {
  type AppointmentSlot,
  chinaCompactDate,
  chinaIsoDate,
  chinaParts,
  chinaStartOfDay,
} from '../../../shared/platform/index.js';
import { DAY_MS, type PlatformContext } from './platform-context.js';

const SLOT_TIMES: ReadonlyArray<readonly [string, string]> = [
  ['09:00', '10:00'],
  ['10:00', '11:00'],
  ['14:30', '15:30'],
  ['15:30', '16:30'],
];
const SLOT_CAPACITY = 5;
const SLOT_LOCATION = '阳泉市郊区政务服务中心一楼综合受理窗口';
const SLOT_LOCATION_EN = 'General counter, ground floor, Jiaoqu District Government Service Center, Yangquan';

/** How bookings name a slot of an item (the slot id alone is shared by every item). */
export const slotKey = (itemCode: string, slotId: string) => `${itemCode}|${slotId}`;

/**
 * The appointment slots of an item on the working days from a day on: four a day, five places each, at the
 * item's own place or the service center; slots already begun are left out, taken places counted.
 */
export function slotsFor(ctx: PlatformContext, itemCode: string, fromMs: number, days: number): AppointmentSlot[] {
  const now = ctx.clock.now();
  const item = ctx.catalog().item(itemCode);
  const location = item?.bookingPlace ?? SLOT_LOCATION;
  const locationEn = item?.bookingPlace ? item.bookingPlaceEn : SLOT_LOCATION_EN;
  const slots: AppointmentSlot[] = [];
  for (let d = 0; d < days; d += 1) {
    const dayStart = chinaStartOfDay(fromMs) + d * DAY_MS;
    const wd = chinaParts(dayStart).weekday;
    if (wd === 0 || wd === 6) continue;
    for (const [start, end] of SLOT_TIMES) {
      const startMs = dayStart + (Number(start.slice(0, 2)) * 60 + Number(start.slice(3))) * 60_000;
      if (startMs <= now) continue;
      const slotId = `S${chinaCompactDate(dayStart)}${start.replace(':', '')}`;
      const taken = ctx.tables.bookingsOfSlot(slotKey(itemCode, slotId));
      slots.push({
        slotId,
        itemCode,
        date: chinaIsoDate(dayStart),
        start,
        end,
        location,
        ...(locationEn ? { locationEn } : {}),
        capacity: SLOT_CAPACITY,
        remaining: Math.max(0, SLOT_CAPACITY - taken),
      });
    }
  }
  return slots;
}

/** The slot a slot id names (`S<yyyymmdd><hhmm>`), if it is still to come. */
export function findSlot(ctx: PlatformContext, itemCode: string, slotId: string): AppointmentSlot | undefined {
  const match = /^S(\d{4})(\d{2})(\d{2})(\d{4})$/.exec(slotId);
  const from = match ? Date.parse(`${match[1]}-${match[2]}-${match[3]}T00:00:00+08:00`) : Number.NaN;
  return Number.isNaN(from) ? undefined : slotsFor(ctx, itemCode, from, 1).find((s) => s.slotId === slotId);
}
