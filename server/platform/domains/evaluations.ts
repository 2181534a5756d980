import type { PlatformResult } from '../../../shared/platform/index.js';
import { err, ok } from '../../../shared/result.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { replayed } from './idempotency.js';
import { hashOf, iso, noSuchItem, type PlatformContext } from './platform-context.js';

/**
 * Evaluations of the service (好差评), of a case or an item, received once per idempotency key; a case is
 * evaluated once (a second rating of the same case, whoever sends it, is refused: one case, one voice).
 */
export function evaluationHandlers(ctx: PlatformContext): Pick<PlatformHandlers, 'evaluate'> {
  const { tables, clock } = ctx;
  return {
    evaluate(request) {
      if (request.itemCode && !ctx.catalog().item(request.itemCode)) return noSuchItem(request.itemCode);
      if (request.caseNumber && !tables.caseByNumber(request.caseNumber))
        return err('notFound', `There is no case ${request.caseNumber}.`);
      // The time of sending is not part of the evaluation: a retry a moment later (same key) is the same one.
      const requestHash = hashOf({ ...request, at: undefined });
      return tables.transaction((): PlatformResult<'evaluate'> => {
        const again = replayed(tables.evaluationByKey(request.idempotencyKey), requestHash, 'evaluation', (row) => ({
          evaluationNumber: row.evaluation_number,
          receivedAt: iso(row.received_at),
          duplicate: true,
        }));
        if (again) return again;
        if (request.caseNumber && tables.caseEvaluated(request.caseNumber))
          return err('notAllowed', `Case ${request.caseNumber} has been evaluated already; a case is evaluated once.`);
        const now = clock.now();
        const evaluationNumber = ctx.nextNumber('PJ', 6);
        tables.insertEvaluation(evaluationNumber, request, requestHash, now);
        return ok({ evaluationNumber, receivedAt: iso(now), duplicate: false });
      });
    },
  };
}
