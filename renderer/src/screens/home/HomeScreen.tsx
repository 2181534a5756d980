import { Building2, FileCheck2, Heart, MessageSquareWarning, Package, Printer, Search, Star } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';

const tiles = [
  { key: 'home.byDepartment', Icon: Building2 },
  { key: 'home.byLifeEvent', Icon: Heart },
  { key: 'home.packages', Icon: Package },
  { key: 'home.printLicense', Icon: Printer },
  { key: 'home.progress', Icon: FileCheck2 },
  { key: 'home.evaluation', Icon: Star },
  { key: 'home.complaint', Icon: MessageSquareWarning },
] as const;

/** The first screen a citizen touches: one question, big tiles, search first. */
export function HomeScreen() {
  const { t } = useTranslation();
  return (
    <main className="k-home" aria-labelledby="home-greeting">
      <h2 id="home-greeting" className="k-home__greeting">
        {t('home.greeting')}
      </h2>
      <Button variant="primary" className="k-home__search" icon={<Search className="k-icon" />}>
        {t('home.search')}
      </Button>
      <ul className="k-home__tiles" role="list">
        {tiles.map(({ key, Icon }) => (
          <li key={key}>
            <Button variant="tile" icon={<Icon className="k-icon k-icon--large" />}>
              {t(key)}
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}
