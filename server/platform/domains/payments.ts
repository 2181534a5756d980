import type { PaymentOrder, PlatformResult } from '../../../shared/platform/index.js';
import { err, ok } from '../../../shared/result.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { replayed } from './idempotency.js';
import { hashOf, iso, noSuchItem, type PlatformContext } from './platform-context.js';

export interface PaymentTiming {
  /** Demo payments are paid by themselves after this long (null: never; they expire). */
  readonly autoPayAfterMs: number | null;
  readonly expiresAfterMs: number;
}

/**
 * Payment orders (缴费): created once per idempotency key with a QR code to pay, then paid by the demo payer
 * on its clock, expired, or settled at once by a developer.
 */
export function createPayments(ctx: PlatformContext, timing: PaymentTiming) {
  const { tables, clock, sample } = ctx;

  /** An unpaid order as it stands now: the stored order is never rewritten by the clock, only read through it. */
  function paymentNow(order: PaymentOrder): PaymentOrder {
    if (order.status !== 'unpaid') return order;
    const now = clock.now();
    const created = Date.parse(order.createdAt);
    const { autoPayAfterMs } = timing;
    if (
      autoPayAfterMs !== null &&
      now >= created + autoPayAfterMs &&
      created + autoPayAfterMs < Date.parse(order.expiresAt)
    ) {
      return { ...order, status: 'paid', paidAt: iso(created + autoPayAfterMs) };
    }
    return now >= Date.parse(order.expiresAt) ? { ...order, status: 'expired' } : order;
  }

  const handlers: Pick<PlatformHandlers, 'createPayment' | 'paymentStatus'> = {
    createPayment(request) {
      if (!ctx.catalog().item(request.itemCode)) return noSuchItem(request.itemCode);
      const requestHash = hashOf(request);
      return tables.transaction((): PlatformResult<'createPayment'> => {
        const again = replayed(tables.paymentByKey(request.idempotencyKey), requestHash, 'payment', (row) =>
          paymentNow(row.order),
        );
        if (again) return again;
        const now = clock.now();
        const orderNumber = ctx.nextNumber('PAY', 6);
        const order: PaymentOrder = {
          orderNumber,
          itemCode: request.itemCode,
          ...(request.caseNumber ? { caseNumber: request.caseNumber } : {}),
          ...(request.reference ? { reference: request.reference } : {}),
          amountFen: request.amountFen,
          description: request.description,
          qrPayload: `GKPAY1:${orderNumber}:${request.amountFen}${sample ? ':SAMPLE' : ''}`,
          status: 'unpaid',
          createdAt: iso(now),
          expiresAt: iso(now + timing.expiresAfterMs),
          sample,
        };
        tables.insertPayment(order, request.idempotencyKey, requestHash, now);
        return ok(order);
      });
    },

    paymentStatus(request) {
      const order = tables.paymentOrder(request.orderNumber);
      return order ? ok(paymentNow(order)) : err('notFound', `There is no payment order ${request.orderNumber}.`);
    },
  };

  return {
    handlers,
    /** The demo payer pays (or the order is closed or runs out) now (development and tests only). */
    simulatePayment(orderNumber: string, outcome: 'paid' | 'closed' | 'expired'): PlatformResult<'paymentStatus'> {
      const stored = tables.paymentOrder(orderNumber);
      if (!stored) return err('notFound', `There is no payment order ${orderNumber}.`);
      const order = paymentNow(stored);
      if (order.status !== 'unpaid') return err('notAllowed', `The order is already ${order.status}.`);
      const now = clock.now();
      const settled: PaymentOrder =
        outcome === 'paid'
          ? { ...order, status: 'paid', paidAt: iso(now) }
          : outcome === 'expired'
            ? { ...order, status: 'expired', expiresAt: iso(now) }
            : { ...order, status: 'closed' };
      tables.updatePayment(settled);
      return ok(settled);
    },
  };
}
