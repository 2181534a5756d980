import { Glasses } from 'lucide-react';
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { AttractScreen } from '../screens/attract/AttractScreen.js';
import { HomeScreen } from '../screens/home/HomeScreen.js';
import { IdleWarning } from '../session/IdleWarning.js';
import { useIdleTimer } from '../session/use-idle-timer.js';
import { wipeBrowserState } from '../session/wipe-browser-state.js';
import { SpeechProvider } from '../speech/speech.js';
import { applyTheme } from '../theme/apply-theme.js';
import { screenProfiles } from '../theme/screen-profiles.js';
import { useKiosk } from './kiosk-context.js';
import { defaultPreferences, type Preferences } from './preferences.js';

/**
 * The kiosk shell. Between citizens it shows the attract screen; a touch starts a session. Every session ends
 * in the same wipe — by finishing, by the idle timeout, or by the home button on the last screen — which
 * remounts the whole session tree (so no component keeps a citizen's state) and restores every preference.
 */
export function KioskApp() {
  const { config } = useKiosk();
  const { t, i18n } = useTranslation();
  const [preferences, setPreferences] = useState<Preferences>(() => defaultPreferences(config.defaultLocale));
  const [inSession, setInSession] = useState(false);
  const [sessionNumber, setSessionNumber] = useState(0);

  useLayoutEffect(() => {
    applyTheme(document.documentElement, {
      profile: screenProfiles[config.display.screenProfile],
      textSize: preferences.textSize,
      contrast: preferences.contrast,
      senior: preferences.senior,
    });
    document.documentElement.lang = preferences.locale;
    if (i18n.language !== preferences.locale) void i18n.changeLanguage(preferences.locale);
    document.title = t('app.title');
  }, [preferences, config.display.screenProfile, i18n, t]);

  useEffect(() => {
    // The bench and the end-to-end tests read this mark: the first screen is on and can take a tap.
    if (performance.getEntriesByName('kiosk-interactive').length === 0) performance.mark('kiosk-interactive');
  }, []);

  const endSession = useCallback(() => {
    setInSession(false);
    setSessionNumber((n) => n + 1);
    setPreferences(defaultPreferences(config.defaultLocale));
    void wipeBrowserState();
  }, [config.defaultLocale]);

  const idle = useIdleTimer({ enabled: inSession, ...config.idle, onExpire: endSession });
  const update = (change: Partial<Preferences>) => setPreferences((current) => ({ ...current, ...change }));

  return (
    <SpeechProvider locale={preferences.locale} voiceOn={preferences.voice}>
      <div className="k-app" data-session={inSession ? 'active' : 'idle'}>
        {inSession ? (
          <div className="k-session" key={sessionNumber}>
            <header className="k-header">
              <div className="k-header__titles">
                <h1 className="k-header__title">{t('app.title')}</h1>
                <p className="k-header__site">
                  {config.siteName[preferences.locale]} · {t('app.subtitle')}
                </p>
              </div>
              <div className="k-header__actions">
                <Button
                  className="k-senior-toggle"
                  aria-pressed={preferences.senior}
                  onClick={() => update({ senior: !preferences.senior })}
                  icon={<Glasses className="k-icon" />}
                >
                  {preferences.senior ? t('settings.seniorModeOn') : t('settings.seniorMode')}
                </Button>
                <LanguageSwitch locale={preferences.locale} onChange={(locale) => update({ locale })} />
              </div>
            </header>
            <HomeScreen />
            <footer className="k-footer">
              <span>{config.kioskId}</span>
            </footer>
          </div>
        ) : (
          <AttractScreen onStart={() => setInSession(true)} itemsCount={59} />
        )}
        <IdleWarning timer={idle} />
      </div>
    </SpeechProvider>
  );
}
