import { useTranslation } from 'react-i18next';
import type { Item, Package } from '../../../../shared/catalog/schema.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { useRowsPerPage } from '../../context/preferences-context.js';
import type { SessionRoute } from '../../context/session-route.js';
import { useAvailability } from '../../context/use-availability.js';
import { ItemTile } from '../../components/ItemTile.js';
import { Pager } from '../../components/Pager.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';
import { useLocalized } from '../../i18n/use-localized.js';

type ListRoute = Extract<SessionRoute, { name: 'list' }>;

/** Items (and packages) of one department, life event or audience, paginated, each saying if it is available. */
export function ItemListScreen({ route }: { route: ListRoute }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const navigator = useNavigator();
  const { catalog } = useKiosk();
  const availability = useAvailability();
  const rows = useRowsPerPage(7, 4);

  const matches = (x: Item | Package): boolean => {
    if (route.by === 'department') return 'department' in x && x.department === route.key;
    if (route.by === 'lifeEvent') return (x.lifeEvents as readonly string[]).includes(route.key);
    return x.audience === route.key || x.audience === 'both';
  };
  const entries: Array<{ key: string; item?: Item; pkg?: Package }> = [
    ...catalog.packages.filter(matches).map((pkg) => ({ key: pkg.code, pkg })),
    ...catalog.items.filter(matches).map((item) => ({ key: item.code, item })),
  ];
  const title =
    route.by === 'department'
      ? l(catalog.departments.find((d) => d.id === route.key)?.shortName ?? { 'zh-CN': route.key, en: route.key })
      : route.by === 'lifeEvent'
        ? t(`lifeEvent.${route.key}`)
        : t(route.key === 'business' ? 'home.forBusiness' : 'home.forCitizens');

  return (
    <ScreenLayout screenId="item-list" title={title} onBack={navigator.back} onHome={navigator.home}>
      <Pager
        items={entries}
        pageSize={rows}
        label={title}
        itemKey={(e) => e.key}
        renderItem={(e) => (
          <ItemTile
            item={e.item}
            pkg={e.pkg}
            availability={e.item ? availability.item(e.item) : e.pkg ? availability.pkg(e.pkg) : undefined}
            onOpen={() => navigator.open({ name: 'flow', kind: e.pkg ? 'package' : 'item', code: e.key })}
          />
        )}
      />
    </ScreenLayout>
  );
}
