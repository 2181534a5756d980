import { createRoot } from 'react-dom/client';
import type { Locale } from '../../shared/config/kiosk-config.js';
import { BootAttract } from './boot/BootAttract.js';
import { getBridge } from './bridge/get-bridge.js';
import { applyTheme } from './theme/apply-theme.js';
import { type ScreenProfileName, screenProfiles } from './theme/screen-profiles.js';
import './styles/fonts.css';
import './styles/global.css';

/**
 * The page's entry: paint the attract screen at once, then load the app (zod, the contract, i18next, the
 * catalog, every screen) as a chunk of its own and hand over to it. A passer-by sees the machine ready in
 * the time a blank React page takes; the configuration is read here unvalidated only for the look (screen
 * profile, language) and validated by the app as always.
 */
async function boot() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const bridge = getBridge();
  const config = (await bridge.invoke('config.get', {}).catch(() => undefined)) as
    | {
        ok?: boolean;
        value?: {
          outOfService?: unknown;
          maintenance?: unknown;
          defaultLocale?: unknown;
          display?: { screenProfile?: unknown };
        };
      }
    | undefined;
  const value = config?.ok ? config.value : undefined;
  const profile = value?.display?.screenProfile;
  let tapped = false;
  // Out of service, in maintenance, or no answer: the app shows why; nothing to invite anyone to.
  if (value && !value.outOfService && !value.maintenance) {
    applyTheme(document.documentElement, {
      profile:
        screenProfiles[
          (typeof profile === 'string' && profile in screenProfiles ? profile : 'portrait-21.5') as ScreenProfileName
        ],
      // The defaults every session starts with (context/preferences.ts).
      textSize: 'S',
      contrast: 'light',
      senior: false,
    });
    const locale: Locale = value.defaultLocale === 'en' ? 'en' : 'zh-CN';
    document.documentElement.lang = locale;
    root.render(<BootAttract locale={locale} onStart={() => (tapped = true)} />);
    requestAnimationFrame(() => {
      // The bench and the end-to-end tests read this mark: the first screen is on and can take a tap.
      if (performance.getEntriesByName('kiosk-interactive').length === 0) performance.mark('kiosk-interactive');
    });
  }
  const { startApp } = await import('./app/start-app.js');
  await startApp(root, bridge, () => tapped);
}

void boot().catch(async () => {
  // Last resort: the backend is not there at all. Show both languages; no i18n needed.
  const { BackendDownScreen } = await import('./screens/BackendDownScreen.js');
  createRoot(document.getElementById('root') as HTMLElement).render(<BackendDownScreen />);
});
