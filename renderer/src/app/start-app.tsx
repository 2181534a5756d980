import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createKioskClient } from '../../../shared/kiosk-client.js';
import type { KioskBridge } from '../../../shared/bridge.js';
import { createI18n } from '../i18n/i18n.js';
import { BackendDownScreen } from '../screens/BackendDownScreen.js';
import { OutOfServiceScreen } from '../screens/OutOfServiceScreen.js';
import { KioskRoot } from './KioskRoot.js';

/**
 * The app proper, loaded by the boot screen (renderer/src/main.tsx) right after it painted: the validated
 * configuration and catalog, i18next, and the kiosk. `tappedAtBoot` says a citizen already touched the boot
 * screen, so the session starts at once.
 */
export async function startApp(root: Root, bridge: KioskBridge, tappedAtBoot: () => boolean): Promise<void> {
  const client = createKioskClient(bridge);
  // Asked together: the catalog does not wait for the configuration.
  const [config, catalog] = await Promise.all([client.call('config.get', {}), client.call('catalog.get', {})]);
  if (!config.ok) {
    root.render(<BackendDownScreen developerHint={webHostHint(bridge, config.error)} />);
    return;
  }
  if (config.value.outOfService) {
    root.render(<OutOfServiceScreen reason={config.value.outOfService} />);
    return;
  }
  if (!catalog.ok) {
    root.render(<BackendDownScreen />);
    return;
  }
  const i18n = await createI18n(config.value.defaultLocale);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <KioskRoot
          client={client}
          config={config.value}
          initialCatalog={catalog.value.catalog}
          startInSession={tappedAtBoot()}
        />
      </I18nextProvider>
    </StrictMode>,
  );
}

/**
 * The web host refuses a page opened without its per-run token (a bookmarked or hand-typed address): say so
 * to the developer, who would otherwise see only the citizen's "service unavailable".
 */
function webHostHint(bridge: KioskBridge, error: { code: string; message: string }): string | undefined {
  if (bridge === window.kiosk || error.code !== 'forbiddenSender') return undefined;
  return (
    `Web host: this page's calls are refused (${error.message.replace(/\.$/, '')}). Open the address the web host printed when ` +
    'it started (npm run dev or npm run start:web print http://127.0.0.1:PORT/?token=…); the token changes ' +
    'every run.'
  );
}
