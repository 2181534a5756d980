import type { CatalogShape } from '../../../../shared/catalog/schema.js';
import type { KioskConfig } from '../../../../shared/config/kiosk-config.js';
import type { ProductionMethodName } from '../../../../shared/contract/index.js';
import { err } from '../../../../shared/result.js';
import type { Handler, Handlers } from '../../../rpc/handlers.js';

/**
 * The calls that start or carry a citizen's flow: identifying, the platform's services, printing a citizen's
 * document, and a flow's `started` report. In maintenance mode main refuses every one of them with
 * `unavailable`, whatever the page does (the page shows 本机正在维护 and starts nothing). The console's calls, the
 * technician's card at the attract screen (admin.identifyCard), the catalog, configuration and health stay.
 */
export const CITIZEN_CALLS = [
  'devices.idCard.read',
  'identity.verifyEId',
  'license.find',
  'person.contact',
  'records.get',
  'submission.submit',
  'payment.bill',
  'payment.create',
  'appointment.slots',
  'appointment.book',
  'certification.submit',
  'evaluation.submit',
  'complaint.submit',
  'case.progress',
  'documents.printout',
  'devices.print',
] as const satisfies readonly ProductionMethodName[];

export interface CitizenGateSource {
  readonly maintenanceOn: () => boolean;
  /** The configuration in force now (items and departments turned off). */
  readonly config: () => Pick<KioskConfig, 'itemsOff' | 'departmentsOff'>;
  readonly catalog: () => Pick<CatalogShape, 'items' | 'packages'>;
}

const IN_MAINTENANCE = 'The kiosk is in maintenance mode: no citizen flow may start.';
const TURNED_OFF = 'This item is turned off on this kiosk by the site.';

/** Whether the site turned this item off (itself, or its whole department). */
export function itemTurnedOff(code: string, source: CitizenGateSource): boolean {
  const config = source.config();
  if (Object.hasOwn(config.itemsOff, code)) return true;
  const department = source.catalog().items.find((i) => i.code === code)?.department;
  return department !== undefined && Object.hasOwn(config.departmentsOff, department);
}

function packageTurnedOff(code: string, source: CitizenGateSource): boolean {
  const members = source.catalog().packages.find((p) => p.code === code)?.members ?? [];
  return members.some((member) => itemTurnedOff(member.item, source));
}

/**
 * Decorates the handler map once (like the identity scope): maintenance refuses every citizen call; an item
 * the site turned off cannot be reported started, submitted, paid, booked or certified. A refusal runs no
 * handler, so nothing is written.
 */
export function withCitizenGate(handlers: Handlers, source: CitizenGateSource): Handlers {
  const gated: Record<string, unknown> = { ...handlers };
  for (const method of CITIZEN_CALLS) {
    const inner = handlers[method] as Handler<typeof method>;
    gated[method] = (request: never, context: never) =>
      source.maintenanceOn() ? err('unavailable', IN_MAINTENANCE) : inner(request, context);
  }
  const offFor = <M extends ProductionMethodName>(
    method: M,
    codeOf: (request: Parameters<Handler<M>>[0]) => boolean,
  ) => {
    const inner = gated[method] as Handler<M>;
    gated[method] = ((request, context) =>
      codeOf(request) ? err('unavailable', TURNED_OFF) : inner(request, context)) satisfies Handler<M>;
  };
  offFor('submission.submit', (r) =>
    r.target.kind === 'item'
      ? itemTurnedOff(r.target.itemCode, source)
      : packageTurnedOff(r.target.packageCode, source),
  );
  offFor('payment.create', (r) => itemTurnedOff(r.itemCode, source));
  offFor('appointment.book', (r) => itemTurnedOff(r.itemCode, source));
  offFor('certification.submit', (r) => itemTurnedOff(r.itemCode, source));
  const usage = handlers['usage.record'];
  gated['usage.record'] = ((request, context) => {
    if (request.event === 'started') {
      if (source.maintenanceOn()) return err('unavailable', IN_MAINTENANCE);
      const off =
        request.target.kind === 'item'
          ? itemTurnedOff(request.target.code, source)
          : packageTurnedOff(request.target.code, source);
      if (off) return err('unavailable', TURNED_OFF);
    }
    return usage(request, context);
  }) satisfies Handler<'usage.record'>;
  return gated as unknown as Handlers;
}
