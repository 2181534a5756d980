import { useEffect, useState } from 'react';
import type { CatalogShape } from '../../../shared/catalog/schema.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';

/**
 * The catalog the screens are built from. Loaded at start; when the platform's catalog replaces the
 * current one (catalog.changed), the new one is fetched and used from the next screen on.
 */
export function useCatalog(client: KioskClient, initial: CatalogShape): CatalogShape {
  const [catalog, setCatalog] = useState(initial);
  useEffect(
    () =>
      client.on('catalog.changed', () => {
        void client.call('catalog.get', {}).then((reply) => {
          if (reply.ok) setCatalog(reply.value.catalog);
        });
      }),
    [client],
  );
  return catalog;
}
