import { LogOut } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from '../../../shared/contract/admin.js';
import { Button } from '../components/Button.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { usePreferences } from '../context/preferences-context.js';
import { useKiosk } from '../context/kiosk-context.js';
import { AdminContext, type AdminContextValue, type ConsoleCall } from './admin-context.js';
import { sectionsFor } from './sections.js';
import './AdminConsole.css';

/** How often a busy console tells main it is still in use (main ends a session idle for idleSeconds). */
const TOUCH_EVERY_MS = 20_000;

/**
 * The technician's console: a frame with who is signed in, the pages their role may open, and an idle
 * limit. Ending it (signing out, idle, or main ending the session) calls onEnd, which remounts the kiosk at
 * the attract screen: nothing of the console stays in the page.
 */
export function AdminConsole({ session, onEnd }: { session: AdminSession; onEnd: () => void }) {
  const { client, config } = useKiosk();
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
  const sections = sectionsFor(session.role);
  const [current, setCurrent] = useState(sections[0]?.id ?? '');
  const lastTouch = useRef(Date.now());
  const lastPing = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState(session.idleSeconds);

  const call = useCallback<ConsoleCall>(
    async (method, request) => {
      lastPing.current = Date.now();
      const reply = await client.call(method, { ...request, token: session.token } as never);
      if (!reply.ok && reply.error.code === 'adminSessionEnded') onEnd();
      return reply;
    },
    [client, session.token, onEnd],
  );

  const signOut = useCallback(() => {
    void client.call('admin.signOut', { token: session.token }).finally(onEnd);
  }, [client, session.token, onEnd]);

  useEffect(() => {
    const touched = () => {
      lastTouch.current = Date.now();
    };
    window.addEventListener('pointerdown', touched, true);
    window.addEventListener('keydown', touched, true);
    const timer = window.setInterval(() => {
      const now = Date.now();
      const left = Math.max(0, Math.ceil(session.idleSeconds - (now - lastTouch.current) / 1000));
      setSecondsLeft(left);
      if (left === 0) signOut();
      else if (now - lastTouch.current < TOUCH_EVERY_MS && now - lastPing.current >= TOUCH_EVERY_MS) {
        void call('admin.session', {});
      }
    }, 1000);
    return () => {
      window.removeEventListener('pointerdown', touched, true);
      window.removeEventListener('keydown', touched, true);
      window.clearInterval(timer);
    };
  }, [session.idleSeconds, signOut, call]);

  const value = useMemo<AdminContextValue>(() => ({ session, call, signOut }), [session, call, signOut]);
  const Section = sections.find((s) => s.id === current)?.Component;

  return (
    <AdminContext.Provider value={value}>
      <div className="k-admin" data-screen="admin" data-admin-section={current}>
        <header className="k-admin__head">
          <div>
            <h1 className="k-admin__title">{t('admin.title')}</h1>
            <p className="k-admin__who" data-admin-who>
              {t('admin.signedInAs', {
                name: session.maskedName,
                role: t(`admin.roles.${session.role}`),
                id: session.enrolmentId,
              })}
              {' · '}
              <span className="k-admin__kiosk-id">{config.kioskId}</span>
            </p>
          </div>
          <p className="k-admin__idle" role="timer" aria-live="off">
            {t('admin.idleEnds', { seconds: secondsLeft })}
          </p>
          {/* The console's language is a preference like a citizen's: the wipe at sign-out resets it. */}
          <LanguageSwitch locale={preferences.locale} onChange={(locale) => update({ locale })} />
          <Button onClick={signOut} icon={<LogOut className="k-icon" />} data-action="sign-out">
            {t('admin.signOut')}
          </Button>
        </header>
        <div className="k-admin__body">
          <nav className="k-admin__nav" aria-label={t('admin.nav.label')}>
            {sections.map((s) => (
              <button
                key={s.id}
                type="button"
                className="k-admin__nav-item"
                aria-current={s.id === current ? 'page' : undefined}
                data-admin-nav={s.id}
                onClick={() => setCurrent(s.id)}
              >
                {t(s.labelKey)}
              </button>
            ))}
          </nav>
          <main className="k-admin__main" aria-labelledby="k-admin-section-title">
            {Section ? <Section key={current} /> : null}
          </main>
        </div>
      </div>
    </AdminContext.Provider>
  );
}
