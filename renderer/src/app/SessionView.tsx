import { Glasses } from 'lucide-react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogShape } from '../../../shared/catalog/schema.js';
import { Button } from '../components/Button.js';
import { DisplaySettings } from '../components/DisplaySettings.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { itemTarget, packageTarget } from '../flows/flow-target.js';
import { DepartmentsScreen } from '../screens/browse/DepartmentsScreen.js';
import { ItemListScreen } from '../screens/browse/ItemListScreen.js';
import { LifeEventsScreen } from '../screens/browse/LifeEventsScreen.js';
import { PackagesScreen } from '../screens/browse/PackagesScreen.js';
import { HomeScreen } from '../screens/home/HomeScreen.js';
import { useKiosk } from '../context/kiosk-context.js';
import { type Navigator, NavigatorContext } from '../context/navigator.js';
import { usePreferences } from '../context/preferences-context.js';
import type { SessionRoute } from '../context/session-route.js';

// Loaded when first needed, so the attract and home screens start from a small bundle: the flow screens,
// the keyboard and the kiosk services are most of the renderer's code.
const FlowRunner = lazy(() => import('../flows/FlowRunner.js').then((m) => ({ default: m.FlowRunner })));
const SearchScreen = lazy(() => import('../screens/search/SearchScreen.js').then((m) => ({ default: m.SearchScreen })));
const ServiceScreen = lazy(() =>
  import('../screens/services/ServiceScreen.js').then((m) => ({ default: m.ServiceScreen })),
);

/**
 * One citizen's session: header with the session's settings, and the current screen. Routes stack up so
 * 返回 goes where the citizen came from; 首页 clears the stack. The whole view is remounted for the next citizen.
 */
export function SessionView({ onEnd }: { onEnd: () => void }) {
  const { t } = useTranslation();
  const { config, catalog } = useKiosk();
  const { preferences, update } = usePreferences();
  const [stack, setStack] = useState<readonly SessionRoute[]>([{ name: 'home' }]);
  const route = useMemo<SessionRoute>(() => stack[stack.length - 1] ?? { name: 'home' }, [stack]);

  const navigator: Navigator = useMemo(
    () => ({
      route,
      open: (next) => setStack((s) => [...s, next]),
      back: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
      home: () => setStack([{ name: 'home' }]),
      endSession: onEnd,
    }),
    [route, onEnd],
  );

  return (
    <NavigatorContext.Provider value={navigator}>
      <div className="k-session">
        <header className="k-header">
          <div className="k-header__titles">
            <h1 className="k-header__title">{t('app.title')}</h1>
            <p className="k-header__site">
              {config.siteName[preferences.locale]} · {t('app.subtitle')}
            </p>
          </div>
          {/* 字号与颜色 on the home page, where every citizen starts: flow pages keep their room for the task. */}
          <div className={`k-header__actions${route.name === 'home' ? ' k-header__actions--display' : ''}`}>
            <Button
              className="k-senior-toggle"
              aria-pressed={preferences.senior}
              onClick={() => update({ senior: !preferences.senior })}
              icon={<Glasses className="k-icon" />}
            >
              {preferences.senior ? t('settings.seniorModeOn') : t('settings.seniorMode')}
            </Button>
            {route.name === 'home' && (
              <DisplaySettings
                textSize={preferences.textSize}
                contrast={preferences.contrast}
                senior={preferences.senior}
                onChange={update}
              />
            )}
            <LanguageSwitch locale={preferences.locale} onChange={(locale) => update({ locale })} />
          </div>
        </header>
        <Suspense fallback={<main className="k-loading" aria-busy="true" />}>
          <RouteView route={route} navigator={navigator} catalog={catalog} />
        </Suspense>
      </div>
    </NavigatorContext.Provider>
  );
}

function FlowRoute({
  route,
  navigator,
  catalog,
}: {
  route: Extract<SessionRoute, { name: 'flow' }>;
  navigator: Navigator;
  catalog: CatalogShape;
}) {
  const target = useMemo(() => {
    const item = route.kind === 'item' ? catalog.items.find((i) => i.code === route.code) : undefined;
    const pkg = route.kind === 'package' ? catalog.packages.find((p) => p.code === route.code) : undefined;
    return item ? itemTarget(item) : pkg ? packageTarget(pkg, catalog) : undefined;
  }, [route, catalog]);
  if (!target) return <HomeScreen />;
  return <FlowRunner target={target} onHome={navigator.home} onFinish={navigator.endSession} />;
}

function RouteView({
  route,
  navigator,
  catalog,
}: {
  route: SessionRoute;
  navigator: Navigator;
  catalog: CatalogShape;
}) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'search':
      return <SearchScreen />;
    case 'departments':
      return <DepartmentsScreen />;
    case 'lifeEvents':
      return <LifeEventsScreen />;
    case 'packages':
      return <PackagesScreen />;
    case 'list':
      return <ItemListScreen key={`${route.by}:${route.key}`} route={route} />;
    case 'flow':
      return <FlowRoute key={`${route.kind}:${route.code}`} route={route} navigator={navigator} catalog={catalog} />;
    case 'progress':
    case 'evaluate':
    case 'complaint':
      return <ServiceScreen route={route} />;
  }
}
