import { Baby, Briefcase, Cross, GraduationCap, Home, Store, Sunset } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { lifeEvents, type LifeEvent } from '../../../../shared/catalog/schema.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { useRowsPerPage } from '../../context/preferences-context.js';
import { Pager } from '../../components/Pager.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';
import './browse.css';

const icons: Record<LifeEvent, typeof Baby> = {
  birth: Baby,
  school: GraduationCap,
  work: Briefcase,
  business: Store,
  housing: Home,
  retirement: Sunset,
  death: Cross,
};

/** 按人生事件找: birth, school, work, business, housing, retirement, death. */
export function LifeEventsScreen() {
  const { t } = useTranslation();
  const navigator = useNavigator();
  const { catalog } = useKiosk();
  // Cards with an icon are taller than the department buttons: four in 长辈模式's single column.
  const rows = useRowsPerPage(8, 4);
  const counted = lifeEvents.map((event) => ({
    event,
    count:
      catalog.items.filter((i) => i.lifeEvents.includes(event)).length +
      catalog.packages.filter((p) => p.lifeEvents.includes(event)).length,
  }));
  return (
    <ScreenLayout screenId="life-events" title={t('home.byLifeEvent')} onBack={navigator.back} onHome={navigator.home}>
      <Pager
        className="k-browse-grid"
        items={counted}
        pageSize={rows}
        label={t('home.byLifeEvent')}
        itemKey={(e) => e.event}
        renderItem={({ event, count }) => {
          const Icon = icons[event];
          return (
            <button
              type="button"
              className="k-browse-choice"
              data-life-event={event}
              onClick={() => navigator.open({ name: 'list', by: 'lifeEvent', key: event })}
            >
              <Icon className="k-icon k-icon--large" aria-hidden="true" />
              <span className="k-browse-choice__name">{t(`lifeEvent.${event}`)}</span>
              <span className="k-browse-choice__meta">{t('browse.itemsCount', { count })}</span>
            </button>
          );
        }}
      />
    </ScreenLayout>
  );
}
