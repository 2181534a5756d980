import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { useRowsPerPage } from '../../context/preferences-context.js';
import { useAvailability } from '../../context/use-availability.js';
import { ItemTile } from '../../components/ItemTile.js';
import { Pager } from '../../components/Pager.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';

/** 一件事一次办: several items from several departments in one application. */
export function PackagesScreen() {
  const { t } = useTranslation();
  const navigator = useNavigator();
  const { catalog } = useKiosk();
  const availability = useAvailability();
  const rows = useRowsPerPage(7, 4);
  return (
    <ScreenLayout screenId="packages" title={t('home.packages')} onBack={navigator.back} onHome={navigator.home}>
      <p>{t('browse.packagesIntro')}</p>
      <Pager
        items={catalog.packages}
        pageSize={rows}
        label={t('home.packages')}
        itemKey={(p) => p.code}
        renderItem={(pkg) => (
          <ItemTile
            pkg={pkg}
            availability={availability.pkg(pkg)}
            onOpen={() => navigator.open({ name: 'flow', kind: 'package', code: pkg.code })}
          />
        )}
      />
    </ScreenLayout>
  );
}
