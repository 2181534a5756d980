import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { CatalogShape } from '../../../shared/catalog/schema.js';
import type { PublicConfig } from '../../../shared/config/kiosk-config.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';
import { DevicesProvider } from './DevicesProvider.js';
import { KioskApp } from './KioskApp.js';
import { KioskContext } from '../context/kiosk-context.js';
import { useCatalog } from './use-catalog.js';

// Developer tools are a chunk of their own that a kiosk out of developer mode never requests.
const DevDock = lazy(async () => ({ default: (await import('../dev-panel/DevDock.js')).DevDock }));

/** Holds what outlives sessions (client, configuration, catalog, device status) and provides it to the app. */
export function KioskRoot({
  client,
  config: initialConfig,
  initialCatalog,
  startInSession = false,
}: {
  client: KioskClient;
  config: PublicConfig;
  initialCatalog: CatalogShape;
  /** A citizen touched the boot screen before the app had loaded: begin with their session. */
  startInSession?: boolean;
}) {
  // The console changes settings and maintenance mode while the kiosk runs: main sends the new configuration.
  const [config, setConfig] = useState(initialConfig);
  useEffect(() => client.on('config.changed', setConfig), [client]);
  const catalog = useCatalog(client, initialCatalog);
  const value = useMemo(() => ({ client, config, catalog }), [client, config, catalog]);
  return (
    <KioskContext.Provider value={value}>
      <DevicesProvider client={client}>
        <KioskApp startInSession={startInSession} />
      </DevicesProvider>
      {config.developerMode ? (
        <Suspense fallback={null}>
          <DevDock client={client} locale={config.defaultLocale} />
        </Suspense>
      ) : null}
    </KioskContext.Provider>
  );
}
