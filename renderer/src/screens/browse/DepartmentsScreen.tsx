import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { useRowsPerPage } from '../../context/preferences-context.js';
import { Pager } from '../../components/Pager.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';
import { useLocalized } from '../../i18n/use-localized.js';
import './browse.css';

/** Departments that have items here, with how many, as big buttons; a tap lists that department's items. */
export function DepartmentsScreen() {
  const { t } = useTranslation();
  const l = useLocalized();
  const navigator = useNavigator();
  const { catalog } = useKiosk();
  const rows = useRowsPerPage(12, 5);
  const departments = catalog.departments
    .map((d) => ({ department: d, count: catalog.items.filter((i) => i.department === d.id).length }))
    .filter((d) => d.count > 0);
  return (
    <ScreenLayout screenId="departments" title={t('home.byDepartment')} onBack={navigator.back} onHome={navigator.home}>
      <Pager
        className="k-browse-grid"
        items={departments}
        pageSize={rows}
        label={t('home.byDepartment')}
        itemKey={(d) => d.department.id}
        renderItem={({ department, count }) => (
          <button
            type="button"
            className="k-browse-choice"
            data-department={department.id}
            onClick={() => navigator.open({ name: 'list', by: 'department', key: department.id })}
          >
            <span className="k-browse-choice__name">{l(department.shortName)}</span>
            <span className="k-browse-choice__meta">{t('browse.itemsCount', { count })}</span>
          </button>
        )}
      />
    </ScreenLayout>
  );
}
