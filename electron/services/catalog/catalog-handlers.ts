import { ok } from '../../../shared/result.js';
import type { Handlers } from '../../rpc/handlers.js';
import type { EventHub } from '../../rpc/event-hub.js';
import type { CatalogService } from './catalog-service.js';

type CatalogMethod = 'catalog.get' | 'catalog.search' | 'catalog.browse';

/** Handlers for the catalog calls of the contract (shared/contract/catalog.ts). */
export function createCatalogHandlers(service: CatalogService): Pick<Handlers, CatalogMethod> {
  return {
    'catalog.get': () => ok({ version: service.version, source: service.currentSource, catalog: service.current() }),
    'catalog.search': (request) => {
      const hits = service.search(request.query, {
        locale: request.locale,
        limit: request.limit,
        ...(request.kinds ? { kinds: request.kinds } : {}),
      });
      return ok({
        version: service.version,
        hits: hits.flatMap((hit) => {
          const record = service.find(hit.code);
          return record ? [{ ...hit, name: record.name }] : [];
        }),
      });
    },
    'catalog.browse': (request) => ok({ version: service.version, ...service.browse(request) }),
  };
}

/** Forwards catalog changes to the renderer as `catalog.changed`. */
export function connectCatalogEvents(service: CatalogService, events: EventHub): () => void {
  return service.onChange((change) => events.emit('catalog.changed', change));
}
