import { chinaCompactDate } from '../../../shared/platform/index.js';
import { err, ok } from '../../../shared/result.js';
import { demoBill } from '../demo-bills.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { hashOf, noSuchItem, type PlatformContext } from './platform-context.js';

/**
 * Bills a pay item looks up (fees, water, tax due, …), computed for the demo. A bill's number is derived from
 * the query and the day, so looking the same bill up again on the same day gives the same number.
 */
export function billHandlers(ctx: PlatformContext): Pick<PlatformHandlers, 'billLookup'> {
  const { clock, sample } = ctx;
  return {
    billLookup(request) {
      const item = ctx.catalog().item(request.itemCode);
      if (!item) return noSuchItem(request.itemCode);
      if (item.flow !== 'pay') return err('notAllowed', `The item ${request.itemCode} is not a pay item.`);
      const result = demoBill(request, clock.now());
      if (!result.ok) return err(result.code, result.message);
      const billNumber = `BILL-${chinaCompactDate(clock.now())}-${hashOf({
        ...request,
        day: chinaCompactDate(clock.now()),
      })
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 10)
        .toUpperCase()}`;
      return ok({
        billNumber,
        itemCode: request.itemCode,
        payee: item.department['zh-CN'].slice(0, 100),
        payeeEn: item.department.en.slice(0, 100),
        ...result.bill,
        sample,
      });
    },
  };
}
