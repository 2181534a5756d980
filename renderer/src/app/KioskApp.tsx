import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from '../../../shared/contract/admin.js';
import type { SignInMode } from '../admin/shell/SignInScreen.js';
import { AttractScreen } from '../screens/attract/AttractScreen.js';
import { MaintenanceScreen } from '../screens/MaintenanceScreen.js';
import { IdleHoldContext } from '../session/idle-hold.js';
import { IdleWarning } from '../session/IdleWarning.js';
import { rotateSessionId, sessionId } from '../session/session-id.js';
import { useIdleTimer } from '../session/use-idle-timer.js';
import { wipeBrowserState } from '../session/wipe-browser-state.js';
import { SpeechProvider } from '../speech/speech.js';
import { KeypadController } from '../keypad/KeypadController.js';
import { applyTheme } from '../theme/apply-theme.js';
import { screenProfiles } from '../theme/screen-profiles.js';
import { useKiosk } from '../context/kiosk-context.js';
import { PreferencesContext } from '../context/preferences-context.js';
import { defaultPreferences, type Preferences } from '../context/preferences.js';
import { PrivacyScreen } from './PrivacyScreen.js';
import { SessionView } from './SessionView.js';

// The technician's console is a chunk of its own: a citizen's page never downloads or parses it.
const AdminConsole = lazy(async () => ({ default: (await import('../admin/AdminConsole.js')).AdminConsole }));
const SignInScreen = lazy(async () => ({ default: (await import('../admin/shell/SignInScreen.js')).SignInScreen }));

/**
 * The kiosk shell. Between citizens it shows the attract screen; a touch starts a session. Every session ends
 * in the same wipe — by finishing, by the idle timeout, or by leaving — which remounts the whole session tree
 * (so no component keeps a citizen's state), clears what the page may hold, and restores every preference.
 */
export function KioskApp({ startInSession = false }: { startInSession?: boolean }) {
  const { client, config, catalog } = useKiosk();
  const { t, i18n } = useTranslation();
  const [preferences, setPreferences] = useState<Preferences>(() => defaultPreferences(config.defaultLocale));
  // Maintenance mode (set on the console) shows its own screen instead of the attract screen: nothing starts.
  const inMaintenance = config.maintenance !== undefined;
  const [inSession, setInSession] = useState(startInSession && !inMaintenance);
  const [sessionNumber, setSessionNumber] = useState(0);
  // The technician's console replaces the attract screen while someone signs in or is signed in.
  const [adminView, setAdminView] = useState<{ signIn: SignInMode } | { session: AdminSession }>();

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
    // …and this one: the app itself has taken over from the boot screen (renderer/src/main.tsx).
    if (performance.getEntriesByName('kiosk-app-ready').length === 0) performance.mark('kiosk-app-ready');
  }, []);

  // Main installs no update while a citizen's session is open (electron/services/update/citizen-presence.ts).
  useEffect(() => {
    if (inSession) void client.call('session.begin', { sessionId: sessionId() }).catch(() => undefined);
  }, [client, inSession]);

  const endSession = useCallback(() => {
    setInSession(false);
    setSessionNumber((n) => n + 1);
    setPreferences(defaultPreferences(config.defaultLocale));
    void wipeBrowserState();
    // Main deletes the session's images no application names (a scan of a cancelled application, say).
    void client.call('session.end', { sessionId: rotateSessionId() }).catch(() => undefined);
  }, [client, config.defaultLocale]);

  // The console changed the default language: the screen between citizens follows at once (a session or the
  // console keep theirs; each ends in the default anyway).
  useEffect(() => {
    if (!inSession && !adminView) setPreferences(defaultPreferences(config.defaultLocale));
    // Only a change of the configured language, not every change of the session state, resets preferences.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [config.defaultLocale]);

  const endConsole = useCallback(() => {
    setAdminView(undefined);
    setSessionNumber((n) => n + 1);
    setPreferences(defaultPreferences(config.defaultLocale));
    void wipeBrowserState();
  }, [config.defaultLocale]);

  const [holds, setHolds] = useState(0);
  const hold = useCallback(() => {
    setHolds((n) => n + 1);
    return () => setHolds((n) => n - 1);
  }, []);
  const idle = useIdleTimer({ enabled: inSession && holds === 0, ...config.idle, onExpire: endSession });
  const preferencesValue = useMemo(
    () => ({
      preferences,
      update: (change: Partial<Preferences>) => setPreferences((current) => ({ ...current, ...change })),
    }),
    [preferences],
  );

  return (
    <PreferencesContext.Provider value={preferencesValue}>
      <SpeechProvider
        locale={preferences.locale}
        voiceOn={preferences.voice}
        volume={preferences.volume}
        rate={preferences.rate}
        privateOutput={preferences.privateMode ? config.headphoneOutput : undefined}
      >
        <KeypadController />
        <div className="k-app" data-session={inSession ? 'active' : 'idle'} data-session-number={sessionNumber}>
          {inSession ? (
            <IdleHoldContext.Provider value={hold}>
              <SessionView key={sessionNumber} onEnd={endSession} />
            </IdleHoldContext.Provider>
          ) : adminView ? (
            <Suspense fallback={null}>
              {'session' in adminView ? (
                <AdminConsole key={sessionNumber} session={adminView.session} onEnd={endConsole} />
              ) : (
                <SignInScreen
                  key={sessionNumber}
                  mode={adminView.signIn}
                  onSignedIn={(session) => setAdminView({ session })}
                  onCancel={endConsole}
                />
              )}
            </Suspense>
          ) : inMaintenance ? (
            <MaintenanceScreen key={sessionNumber} onTechnician={(signIn) => setAdminView({ signIn })} />
          ) : (
            <AttractScreen
              key={sessionNumber}
              onStart={() => setInSession(true)}
              onTechnician={(signIn) => setAdminView({ signIn })}
              itemsCount={catalog.items.length}
            />
          )}
          <IdleWarning timer={idle} />
          {preferences.privateMode && (
            <PrivacyScreen onShow={() => setPreferences((current) => ({ ...current, privateMode: false }))} />
          )}
        </div>
      </SpeechProvider>
    </PreferencesContext.Provider>
  );
}
