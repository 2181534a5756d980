import {
  Briefcase,
  Building2,
  FileCheck2,
  Heart,
  MessageSquareWarning,
  Package,
  Printer,
  Search,
  Star,
  User,
} from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { usePreferences } from '../../context/preferences-context.js';
import type { SessionRoute } from '../../context/session-route.js';
import { useAvailability } from '../../context/use-availability.js';
import { Button } from '../../components/Button.js';
import { ItemTile } from '../../components/ItemTile.js';
import { useScreenSpeech } from '../../keypad/use-screen-speech.js';
import './HomeScreen.css';

/** Items most people come for, one tap from home (the rest are a search or a list away). */
const FREQUENT = ['RS-001', 'SC-005', 'BM-001', 'MZ-001', 'YB-004', 'ZH-002'];
const FREQUENT_SENIOR = ['RS-003', 'RS-001', 'WJ-002'];

/** The first screen of a session: search first, then ways to browse, frequent items and the kiosk's own services. */
export function HomeScreen() {
  const { t } = useTranslation();
  const navigator = useNavigator();
  const { catalog } = useKiosk();
  const { preferences } = usePreferences();
  const availability = useAvailability();
  const frequent = (preferences.senior ? FREQUENT_SENIOR : FREQUENT).flatMap((code) =>
    catalog.items.filter((i) => i.code === code),
  );

  const tiles: Array<{ key: string; Icon: typeof Search; route: SessionRoute }> = [
    { key: 'home.byDepartment', Icon: Building2, route: { name: 'departments' } },
    { key: 'home.byLifeEvent', Icon: Heart, route: { name: 'lifeEvents' } },
    { key: 'home.forCitizens', Icon: User, route: { name: 'list', by: 'audience', key: 'citizen' } },
    { key: 'home.forBusiness', Icon: Briefcase, route: { name: 'list', by: 'audience', key: 'business' } },
    { key: 'home.packages', Icon: Package, route: { name: 'packages' } },
    { key: 'home.printLicense', Icon: Printer, route: { name: 'flow', kind: 'item', code: 'ZH-001' } },
    { key: 'home.progress', Icon: FileCheck2, route: { name: 'progress' } },
    { key: 'home.evaluation', Icon: Star, route: { name: 'evaluate' } },
    { key: 'home.complaint', Icon: MessageSquareWarning, route: { name: 'complaint' } },
  ];
  // 长辈模式: fewer, larger choices — but every service the kiosk owes everyone (progress, 好差评, 投诉建议) stays.
  const seniorTiles = ['home.byLifeEvent', 'home.printLicense', 'home.progress', 'home.evaluation', 'home.complaint'];
  const shownTiles = preferences.senior ? tiles.filter((tile) => seniorTiles.includes(tile.key)) : tiles;
  const root = useRef<HTMLElement>(null);
  useScreenSpeech(root, { pageKey: `home|${preferences.senior ? 'senior' : 'all'}` });

  return (
    <main ref={root} className="k-home" data-screen="home" aria-labelledby="home-greeting">
      <h2 id="home-greeting" className="k-home__greeting" tabIndex={-1} data-screen-heading>
        {t('home.greeting')}
      </h2>
      <Button
        variant="primary"
        className="k-home__search"
        icon={<Search className="k-icon" />}
        onClick={() => navigator.open({ name: 'search' })}
        data-action="search"
      >
        {t('home.search')}
      </Button>
      <section aria-labelledby="home-frequent" className="k-home__frequent">
        <h3 id="home-frequent">{t('home.frequent')}</h3>
        <ul role="list">
          {frequent.map((item) => (
            <li key={item.code}>
              <ItemTile
                item={item}
                availability={availability.item(item)}
                onOpen={() => navigator.open({ name: 'flow', kind: 'item', code: item.code })}
              />
            </li>
          ))}
        </ul>
      </section>
      <ul className="k-home__tiles" role="list">
        {shownTiles.map(({ key, Icon, route }) => (
          <li key={key}>
            <Button
              variant="tile"
              icon={<Icon className="k-icon k-icon--large" />}
              onClick={() => navigator.open(route)}
              data-action={key.replace('home.', '')}
            >
              {t(key)}
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}
