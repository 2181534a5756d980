import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createKioskClient } from '../../shared/kiosk-client.js';
import { KioskRoot } from './app/KioskRoot.js';
import { getBridge } from './bridge/get-bridge.js';
import { createI18n } from './i18n/i18n.js';
import { BackendDownScreen } from './screens/BackendDownScreen.js';
import { OutOfServiceScreen } from './screens/OutOfServiceScreen.js';
import './styles/fonts.css';
import './styles/global.css';

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const client = createKioskClient(getBridge());
  // Asked together: the catalog does not wait for the configuration.
  const [config, catalog] = await Promise.all([client.call('config.get', {}), client.call('catalog.get', {})]);
  if (!config.ok) {
    root.render(<BackendDownScreen />);
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
        <KioskRoot client={client} config={config.value} initialCatalog={catalog.value.catalog} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start().catch(() => {
  // Last resort: the backend is not there at all. Show both languages; no i18n needed.
  createRoot(document.getElementById('root') as HTMLElement).render(<BackendDownScreen />);
});
